import type { Field } from '../../../triage/answers';
import { countWith } from '../../count';
import type { ResultText } from '../../en/result';

export const result: ResultText = {
  yourResult: 'Seu resultado',
  aResult: 'Um resultado do Backcheck',

  // A link that cannot be read.
  damagedTitle: 'Este link não funciona',
  damagedWhy: 'Ele pode ter sido cortado ou alterado quando foi copiado. O Backcheck não mostrou um resultado, porque esse resultado poderia estar errado.',
  answerYourself: 'Em vez disso, você pode responder às perguntas por conta própria.',
  answerYourselfSaved: 'Em vez disso, você pode responder às perguntas por conta própria. O que você já respondeu neste dispositivo continua salvo.',
  whatIsWrong: 'O que há de errado com o link',
  goToSaved: 'Ir para as suas respostas salvas',
  answerQuestions: 'Responder às perguntas por conta própria',
  linkProblems: {
    tooLong: 'Este link é muito mais longo do que um link do Backcheck, então pode ter sido alterado.',
    brokenCharacters: 'Este link tem caracteres corrompidos, então pode ter sido cortado ou alterado.',
    partName: 'Este link tem uma parte com um nome que o Backcheck não usa.',
    valueTooLong: 'Este link tem um valor muito mais longo do que qualquer resposta.',
    sameAnswerTwice: 'Este link dá a mesma resposta duas vezes.',
    unknownPart: 'Este link tem uma parte que não é uma das respostas do Backcheck.',
    cannotRead: 'Este link tem uma resposta que o Backcheck não consegue ler.',
    missingAnswer: (name: string) => `Falta a resposta a “${name}”.`,
    notAnAnswer: (name: string) => `A resposta a “${name}” não é uma das respostas que o Backcheck oferece.`,
    nameCannotShow: 'Este link tem um nome que o Backcheck não consegue mostrar.',
    unsureUnknown: 'Este link diz que a pessoa não tinha certeza de uma resposta que o Backcheck não pergunta dessa forma.',
    unsureTwice: 'Este link menciona duas vezes a mesma resposta dada sem certeza.',
    unsureContradicted: 'Este link diz que a pessoa não tinha certeza de uma resposta, mas traz outra resposta para ela.',
    rulesVersion: 'Este link tem uma versão das regras que não é um número que o Backcheck usa.',
    notRealDate: 'Este link tem uma data que não existe.',
    datedAfterToday: 'Este link tem uma data posterior a hoje, então pode ter sido alterado.',
    unknownRecipient: 'Este link diz que foi enviado para alguém que o Backcheck não conhece.',
  },
  /** Each answer's short name, as a problem with a link names it. */
  answerNames: {
    area: 'Onde está a dor',
    side: 'De que lado',
    activity: 'O treino',
    timing: 'Quando começou',
    suddenMoment: 'Um momento súbito',
    character: 'Como é a dor',
    severity: 'Intensidade da dor',
    radiation: 'Para onde se espalha',
    rest: 'Repouso ou movimento',
    loadedArea: 'Onde você mais treinou',
    daysSince: 'Dias desde o início',
    trend: 'Melhorando, igual ou piorando',
    age: 'Idade',
    painkillers: 'Analgésicos',
    redFlags: 'Sinais de alerta',
  } satisfies Record<Field, string>,

  // Where a result came from.
  linkFrom: (name: string) => `Estas são as respostas de ${name}, de um link que a pessoa compartilhou. O resultado é para ela.`,
  linkFromSomeone: 'Estas respostas vieram de um link que alguém compartilhou. O resultado é para a pessoa que respondeu.',
  answersGivenOn: (date: string) => `As respostas foram dadas em ${date}.`,
  answersUndated: 'O link não diz quando as respostas foram dadas.',
  answerForYourself: 'Fazer a sua própria verificação',
  olderRules: (linkVersion: number, version: number) =>
    `Este link foi criado com uma versão anterior das regras do Backcheck (versão ${linkVersion}). O resultado abaixo foi calculado de novo com as regras de hoje (versão ${version}).`,
  newerRules: (linkVersion: number, version: number) =>
    `Este link foi criado com uma versão mais nova do Backcheck (regras na versão ${linkVersion}). O resultado abaixo foi calculado com as regras desta versão (versão ${version}). Recarregue a página para usar a versão mais recente.`,
  keptNotice: (date: string) => `Esta é a sua verificação de ${date}, guardada neste dispositivo.`,
  yourChecks: 'Suas verificações',
  earlierNotice: 'Este é o seu resultado anterior, das respostas que você deu antes de alterá-las.',
  seeLatest: 'Ver seu resultado mais recente',
  notSureAnswer: 'Não tenho certeza',

  // The sections after the result.
  whatChanged: 'O que mudou desde a sua última verificação',
  backToTraining: 'Volta ao treino',
  traineesList: 'Sua lista de atletas',
  seeHowItGoes: 'Acompanhe a evolução',
  checkAgainWhen: 'Verifique de novo em 2 a 3 dias, ou antes se algo mudar. Cada verificação fica guardada aqui, para você ver como a dor está evoluindo.',
  checkAgain: 'Verificar de novo',
  changeSomething: 'Mudar alguma coisa',
  changeAnswers: 'Alterar suas respostas',
  startAgain: 'Começar de novo',

  // Whether the result is kept as a check.
  notKept: 'Esta verificação não está guardada neste dispositivo.',
  couldNotKeep:
    'Não foi possível guardar esta verificação: este dispositivo não está deixando o Backcheck salvar (o armazenamento pode estar cheio ou desativado). O resultado acima continua certo.',
  /** `checks` is the link whose words are yourChecksLink: “nas suas verificações”. */
  keptIn: (checks: string, date: string) => `Guardada nas ${checks} neste dispositivo, com a data de ${date}.`,
  replacesKept: (checks: string, date: string) =>
    `Esta verificação substitui o resultado que você viu há pouco: só ela fica guardada. Ela está nas ${checks} neste dispositivo, com a data de ${date}.`,
  yourChecksLink: 'suas verificações',
  doNotKeep: 'Não guardar',

  // A result a coach keeps.
  keptForTeamLine: 'Guardado na sua lista de atletas neste dispositivo.',
  keepForTeam: 'Guardar na minha lista de atletas',
  keptForTeamNamed: (name: string) => `${name} está na sua lista de atletas, guardada só neste dispositivo.`,
  keptForTeam: 'Este resultado está guardado na sua lista de atletas, só neste dispositivo.',
  couldNotKeepForTeam: 'Não foi possível guardar este resultado: este dispositivo não está deixando o Backcheck salvar.',

  // The result itself.
  printedOn: (date: string) => `Resultado do Backcheck, impresso em ${date}.`,
  origin: {
    own: 'Respostas dadas neste dispositivo.',
    earlier: 'Respostas dadas anteriormente neste dispositivo, antes de serem alteradas.',
    kept: 'Respostas de uma verificação guardada neste dispositivo.',
    keptOn: (date: string) => `Respostas de uma verificação guardada neste dispositivo, de ${date}.`,
    link: 'Respostas de um link que alguém compartilhou.',
    linkFrom: (name: string) => `Respostas de ${name}, de um link que a pessoa compartilhou.`,
  },
  callOrLocal: (number: string) => `${number} (ou o número de emergência local)`,
  callNumber: (number: string) => `Ligar para o ${number}`,
  works112: 'O 112 funciona na maioria dos celulares. Se você souber o número de emergência local, pode ligar para ele.',
  whyThisResult: 'Por que este resultado',
  showMoreReasons: (count: number) => `Mostrar mais ${countWith('pt-BR', count, { one: 'motivo', many: 'de motivos', other: 'motivos' })}`,
  aboutThisRule: 'Sobre esta regra',
  aboutRule: (title: string) => `Sobre esta regra: ${title}`,
  whereNotSure: 'Onde você não tinha certeza:',
  youAnswered: (question: string, answer: string) => `${question} Você respondeu “${answer}”.`,
  carefulAnswer: 'Nesses casos, o Backcheck considerou a resposta mais cautelosa, por isso este resultado prefere pecar pelo excesso de cautela.',
  workedOut: (version: number, date: string) =>
    `Calculado neste dispositivo com as regras do Backcheck, versão ${version}, alteradas pela última vez em ${date}.`,
  howBackcheckDecides: 'Como o Backcheck decide',
  notADiagnosis: 'O Backcheck dá orientações gerais, não um diagnóstico.',
  ifWorried: 'Se algo preocupar você, ou se algo mudar, procure um médico.',
  yourAnswers: 'Suas respostas',
  keepACopy: 'Guarde uma cópia',
  printForDoctor: 'Imprima esta página, ou salve-a como PDF, para mostrar a um médico ou fisioterapeuta.',
  printOrSave: 'Imprimir ou salvar como PDF',

  // Sharing.
  shareThisResult: 'Compartilhar este resultado',
  linkHoldsAnswers:
    'O link contém as suas respostas. Elas ficam na parte do link depois do sinal #, que nunca é enviada a um site, então só as pessoas para quem você enviar o link podem vê-las.',
  share: 'Compartilhar',
  copyLink: 'Copiar link',
  linkCopied: 'Link copiado.',
  copyBelow: 'Copie o link abaixo.',
  myResult: 'Meu resultado do Backcheck',
  sendToMyCoach: (coach: string) => `Enviar ao meu treinador ${coach}`,
  yourFirstName: 'Seu primeiro nome (opcional)',
  firstNameHint: (coach: string) => `Para que ${coach} saiba de quem é o resultado. O nome vai só no link que você enviar, e em nenhum outro lugar.`,
  firstNameError: 'Digite seu primeiro nome, ou deixe em branco',
  sendTo: (coach: string) => `Enviar para ${coach}`,
  messageToCoach: (coach: string) => `Oi, ${coach}, aqui está o meu resultado do Backcheck.`,
  messageToCoachWithLink: (coach: string, address: string) => `Oi, ${coach}, aqui está o meu resultado do Backcheck: ${address}`,
  messageCopied: 'Mensagem copiada. Cole-a em uma mensagem para o seu treinador.',
  copyBelowForCoach: 'Copie o link abaixo e envie ao seu treinador.',
  linkToResult: 'Link para este resultado',
  forgetCoach: (coach: string) => `Esquecer o treinador ${coach}`,
};
