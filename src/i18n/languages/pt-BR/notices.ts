import type { NoticesText } from '../../en/notices';

export const notices: NoticesText = {
  savedNotice: {
    unreadable: 'Não foi possível ler as suas respostas salvas, então o Backcheck começou do zero.',
    older: 'As suas respostas salvas eram de uma versão mais antiga do Backcheck, então ele começou do zero.',
    newer: 'As suas respostas foram salvas por uma versão do Backcheck mais nova do que esta página. Recarregue a página para usar a versão mais recente.',
    notReadYet:
      'Não foi possível ler as suas respostas e verificações salvas agora, mas elas continuam neste dispositivo. O Backcheck vai tentar lê-las de novo assim que puder; até lá, o que você responder aqui não será salvo.',
    otherTab: 'As suas respostas foram alteradas em outra aba ou janela, então esta página agora mostra as mais recentes.',
    wrongClock: 'Se a data deste dispositivo estiver errada, corrija agora e abra o Backcheck de novo.',
  },
  leftOutPart: {
    answer: (question: string) => `a sua resposta a “${question}”`,
    retiredAnswer: 'uma resposta a uma pergunta que o Backcheck não faz mais',
    coachActivity: (coach: string) => `o tipo de treino definido pelo seu treinador ${coach}`,
    coach: 'os dados do seu treinador',
    checks: (count: number) => (count === 1 ? 'uma das suas verificações guardadas' : `${count} verificações guardadas`),
    allChecks: 'as suas verificações guardadas',
    futureChecks: (count: number) =>
      count === 1 ? 'uma verificação guardada com data posterior a hoje' : `${count} verificações guardadas com data posterior a hoje`,
    contradictedChecks: (count: number) =>
      count === 1
        ? 'uma verificação guardada cujo resultado não corresponde às respostas'
        : `${count} verificações guardadas cujos resultados não correspondem às respostas`,
    // The English type is its own two texts, so this one is read as any string.
    team: ((count: number): string =>
      count === 1 ? 'um dos resultados da sua lista de atletas' : 'resultados da sua lista de atletas') as NoticesText['leftOutPart']['team'],
    allTeam: 'os resultados da sua lista de atletas',
  },
  leftOut: (parts: string[]) =>
    `O Backcheck não conseguiu usar ${parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} e ${parts.at(-1) ?? ''}`}, então ${parts.length === 1 ? 'isso foi deixado' : 'esses itens foram deixados'} de fora. Todo o resto que você salvou continua guardado.`,
};
