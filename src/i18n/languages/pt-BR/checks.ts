import type { Answers, Level, Urgency } from '../../../triage';
import { countWith, numberIn, pluralOf } from '../../count';
import type { ChecksText } from '../../en/checks';

const n = (count: number) => numberIn('pt-BR', count);
const days = (count: number) => countWith('pt-BR', count, { one: 'dia', many: 'de dias', other: 'dias' });
/** A count of checks with big numbers grouped: "1.000 verificações". */
const checksCount = (count: number) =>
  `${new Intl.NumberFormat('pt-BR', { numberingSystem: 'latn' }).format(count)} ${pluralOf('pt-BR', count, { one: 'verificação', many: 'de verificações', other: 'verificações' })}`;
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

export const checks: ChecksText = {
  // "Your checks"
  yourChecks: 'Suas verificações',
  noChecksYet:
    'Ainda não há verificações guardadas neste dispositivo. Quando você terminar as perguntas, o seu resultado fica guardado aqui com a data, para você ver como a dor está evoluindo ao longo dos dias.',
  startNow: 'Começar agora',
  keptOnDevice: 'Guardadas só neste dispositivo. Ninguém mais as vê, a menos que você as compartilhe ou imprima.',
  painStartedToday: 'A dor começou hoje.',
  painStartedDaysAgo: (count: number, date: string) => `A dor começou há ${days(count)}, em ${date}.`,
  checkAgain: 'Verificar de novo',
  backToTraining: 'Volta ao treino',
  painOverDays: 'Sua dor ao longo dos dias',
  everyCheck: 'Todas as verificações, da mais recente à mais antiga',
  showingNewest: (total: number, shown: number) => `Mostrando as ${shown} mais recentes de ${checksCount(total)}.`,
  showOlder: (count: number) =>
    `Mostrar ${n(count)} ${pluralOf('pt-BR', count, { one: 'verificação mais antiga', many: 'de verificações mais antigas', other: 'verificações mais antigas' })}`,
  takeToPhysio: 'Mostre a um fisioterapeuta ou a um médico',
  printOrSave: 'Imprima as suas verificações ou salve-as em um arquivo para guardar. Um arquivo salvo pode ser carregado em outro dispositivo.',
  printChecks: 'Imprimir suas verificações',
  saveAsFile: 'Salvar em um arquivo',
  loadFromFile: 'Carregar verificações de um arquivo',
  fileLabel: 'Um arquivo de verificações salvo pelo Backcheck',
  errorPrefix: 'Erro:',
  addedFromFile: (count: number, whyLeftOut: string | undefined) =>
    `${pluralOf('pt-BR', count, {
      one: `${checksCount(count)} foi adicionada a partir do arquivo.`,
      many: `${checksCount(count)} foram adicionadas a partir do arquivo.`,
      other: `${checksCount(count)} foram adicionadas a partir do arquivo.`,
    })}${whyLeftOut ? ` ${whyLeftOut}` : ''}`,
  deleteEverything: 'Apagar tudo',
  deleteEverythingWhat: 'Remove tudo o que o Backcheck guarda neste dispositivo: suas respostas, suas verificações, seu treinador e seu país.',
  deleteEverythingQuestion: 'Apagar suas respostas, suas verificações, seu treinador e seu país deste dispositivo? Não será possível desfazer.',
  yesDeleteEverything: 'Sim, apagar tudo',
  everythingDeleted: 'Tudo o que o Backcheck guardava neste dispositivo foi apagado.',

  // One check in the list
  checkResult: (result: string) => `Resultado: ${result}.`,
  warningSignsOnly: 'Só sinais de alerta: as perguntas pararam aí.',
  painOutOf10: (pain: number) => `Dor: ${n(pain)} de 10.`,
  sameAsCheckBefore: 'Igual à verificação anterior.',
  downFrom: (before: number) => `Diminuiu: antes era ${n(before)}.`,
  upFrom: (before: number) => `Aumentou: antes era ${n(before)}.`,
  onStage: (stage: number, name: string) => `Volta ao treino: etapa ${n(stage)}, ${name.toLowerCase()}.`,
  seeThisResult: 'Ver este resultado',
  seeResultOf: (date: string) => `Ver o resultado de ${date}`,
  deleteCheckQuestion: (date: string) => `Apagar a verificação de ${date}?`,
  yesDeleteIt: 'Sim, apagar',
  deleteThisCheck: 'Apagar esta verificação',
  deleteCheckOf: (date: string) => `Apagar a verificação de ${date}`,

  // The pain chart
  chartTitle: 'Sua dor numa escala até 10, verificação por verificação',
  chartPoint: (pain: number, date: string) => `${n(pain)} em ${date}`,
  chartDescription: (points: readonly string[]) => `Dor numa escala até 10: ${points.join('; ')}.`,
  chartCaption: {
    check: (points: readonly string[]) => `Dor numa escala até 10 em cada verificação: ${points.join('; ')}.`,
    result: (points: readonly string[]) => `Dor numa escala até 10 em cada resultado: ${points.join('; ')}.`,
  },
  chartDate: (day: number, month: string) => `${day === 1 ? '1º' : n(day)} de ${month}`,

  // Keeping the checks
  safariMayClear:
    'O Safari pode apagar as suas verificações se você não abrir o Backcheck por 7 dias. Para guardá-las, adicione o Backcheck à Tela de Início ou salve-as em um arquivo.',
  browserMayClear:
    'O seu navegador pode apagar as suas verificações se ficar sem espaço ou se o Backcheck ficar um tempo sem uso. Para guardá-las, adicione o Backcheck à tela inicial ou salve-as em um arquivo.',
  howToAdd: 'Para adicionar, abra o menu do navegador (no Safari, o botão Compartilhar) e escolha Adicionar à Tela de Início.',
  howToSave: 'Para salvar um arquivo, use o botão mais abaixo nesta página:',

  // "Remind me" and the calendar file it makes
  remindMe: (count: number) => `Me lembrar daqui a ${days(count)}`,
  reminderSummary: 'Verificar as costas de novo com o Backcheck',
  reminderDescription: (checksUrl: string) =>
    `Como estão as suas costas hoje? Responda a algumas perguntas rápidas para ver como a dor está evoluindo e o que fazer agora: ${checksUrl}`,

  // The ladder back to training
  ladderOff:
    'Um resultado que indica procurar um médico tira você das etapas de volta ao treino até que um médico ou fisioterapeuta diga que você pode retomá-las.',
  ladderStart: (stage: number, name: string) => `Você começa na etapa ${n(stage)}: ${name.toLowerCase()}.`,
  ladderSharpAgain: 'A dor voltou a ser aguda, então você volta uma etapa.',
  ladderWorse: 'A dor está pior do que antes, então você volta uma etapa.',
  ladderUp: (stage: number) => `Você cumpriu o critério da etapa ${n(stage)}, então pode avançar uma etapa.`,
  ladderTop: 'Você voltou ao treino completo.',
  ladderOneADay: 'Você cumpre o critério, mas avance no máximo uma etapa por dia: verifique de novo amanhã.',
  ladderSharpFree: (count: number) => `Você cumpre o resto do critério, mas só avance depois de ${days(count)} sem dor aguda: verifique de novo amanhã.`,
  /** `moveOnWhen` is a clause said after “quando” (see guidance `stages`). */
  ladderStay: (moveOnWhen: string) => `Continue nesta etapa e só avance quando ${lowerFirst(moveOnWhen)}`,
  stageOf: (stage: number, stages: number, name: string) => `Etapa ${n(stage)} de ${stages}: ${name}.`,

  // Results and "Check again"
  resultWords: {
    soreness: 'dor muscular normal',
    strain: 'uma provável distensão muscular',
    emergency: 'procurar ajuda agora',
    today: 'consultar um médico hoje',
    soon: 'consultar um médico em poucos dias',
  } satisfies Record<Exclude<Level, 'doctor'> | Urgency, string>,
  begunOnAnswerDayUnknown: 'no dia em que estas respostas foram dadas (a data em que foram dadas não é conhecida)',
  begunBeforeUnknown: (count: number) => `${days(count)} antes de estas respostas serem dadas (a data em que foram dadas não é conhecida)`,
  begunOnAnswerDay: (date: string) => `em ${date}, o dia em que estas respostas foram dadas`,
  begunBefore: (count: number, date: string) => `em ${date}, ${days(count)} antes de estas respostas serem dadas`,
  painSame: (pain: number, date: string) => `Sua dor está em ${n(pain)} de 10, igual à verificação de ${date}.`,
  painWent: (before: number, now: number, date: string) => `Sua dor passou de ${n(before)} para ${now} de 10 desde ${date}.`,
  feelings: {
    dull: 'uma dor surda e incômoda',
    tight: 'tensão ou rigidez',
    sharp: 'uma dor aguda',
    shooting: 'uma dor em choque',
    burning: 'queimação',
  } satisfies Record<Answers['character'], string>,
  feelsDifferent: (now: string, before: string) => `A sensação mudou: agora é ${now}; antes era ${before}.`,
  spreadsNow: {
    none: 'A dor não se espalha mais para fora das costas.',
    'buttock-thigh': 'Agora a dor se espalha para uma nádega ou uma coxa.',
    'below-knee': 'Agora a dor se espalha para abaixo do joelho.',
  } satisfies Record<Answers['radiation'], string>,
  newWarningSign: 'Você tem um sinal de alerta que não tinha antes.',
  answerChanged: (then: string, now: string, reason: string | undefined) =>
    `Da última vez, a resposta foi ${then}; agora é ${now}.${reason ? ` O principal motivo: ${lowerFirst(reason)}` : ''}`,
  answerSame: (now: string) => `A resposta é a mesma da última vez: ${now}.`,
  rulesChanged: (then: number, now: number) =>
    `As regras do Backcheck mudaram desde a sua última verificação (versão ${n(then)} antes, ${now} agora), então parte da mudança pode vir daí.`,

  // A file of checks, read back
  fileTooBig: (megabytes: number) => `Este arquivo é grande demais. Um arquivo de verificações deve ter menos de ${n(megabytes)} MB.`,
  tooManyChecks: (max: number) => `Este arquivo tem mais de ${checksCount(max)}. O Backcheck pode carregar até ${checksCount(max)} de um arquivo.`,
  notReadable: 'Este arquivo não foi salvo pelo Backcheck: não foi possível lê-lo.',
  notBackcheckFile: 'Este arquivo não foi salvo pelo Backcheck.',
  noReadableChecks: 'Este arquivo não tem verificações que o Backcheck consiga ler.',
  noUsableChecks: (whyLeftOut: string) => `Este arquivo não tem verificações que o Backcheck possa usar. ${whyLeftOut}`,
  inTheFile: 'do arquivo',
  leftOutBecause: {
    unreadable: (total: number, where: string) =>
      pluralOf('pt-BR', total, {
        one: `${n(total)} verificação ${where} foi deixada de fora porque não foi possível lê-la.`,
        many: `${n(total)} de verificações ${where} foram deixadas de fora porque não foi possível lê-las.`,
        other: `${n(total)} verificações ${where} foram deixadas de fora porque não foi possível lê-las.`,
      }),
    future: (total: number, where: string) =>
      pluralOf('pt-BR', total, {
        one: `${n(total)} verificação ${where} foi deixada de fora porque tem uma data posterior a hoje.`,
        many: `${n(total)} de verificações ${where} foram deixadas de fora porque têm uma data posterior a hoje.`,
        other: `${n(total)} verificações ${where} foram deixadas de fora porque têm uma data posterior a hoje.`,
      }),
    contradicted: (total: number, where: string) =>
      pluralOf('pt-BR', total, {
        one: `${n(total)} verificação ${where} foi deixada de fora porque o resultado não corresponde às respostas.`,
        many: `${n(total)} de verificações ${where} foram deixadas de fora porque os resultados não correspondem às respostas.`,
        other: `${n(total)} verificações ${where} foram deixadas de fora porque os resultados não correspondem às respostas.`,
      }),
  },
  leftOutReason: {
    unreadable: (count: number) =>
      pluralOf('pt-BR', count, {
        one: `${n(count)} não pôde ser lida`,
        many: `${n(count)} não puderam ser lidas`,
        other: `${n(count)} não puderam ser lidas`,
      }),
    future: (count: number) =>
      pluralOf('pt-BR', count, {
        one: `${n(count)} tem uma data posterior a hoje`,
        many: `${n(count)} têm uma data posterior a hoje`,
        other: `${n(count)} têm uma data posterior a hoje`,
      }),
    contradicted: (count: number) =>
      pluralOf('pt-BR', count, {
        one: `${n(count)} tem um resultado que não corresponde às respostas`,
        many: `${n(count)} têm resultados que não correspondem às respostas`,
        other: `${n(count)} têm resultados que não correspondem às respostas`,
      }),
  },
  leftOutReasons: (reasons: readonly string[]) => (reasons.length < 2 ? reasons.join('') : `${reasons.slice(0, -1).join(', ')} e ${reasons.at(-1) ?? ''}`),
  leftOutFor: (total: number, where: string, reasons: string) =>
    pluralOf('pt-BR', total, {
      one: `${n(total)} verificação ${where} foi deixada de fora: ${reasons}.`,
      many: `${n(total)} de verificações ${where} foram deixadas de fora: ${reasons}.`,
      other: `${n(total)} verificações ${where} foram deixadas de fora: ${reasons}.`,
    }),
};
