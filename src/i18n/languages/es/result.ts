import type { ResultText } from '../../en/result';
import type { Field } from '../../../triage/answers';
import { countWith } from '../../count';

/** Each answer's short name, as a problem with a link names it. */
const answerNames: Record<Field, string> = {
  area: 'Dónde está el dolor',
  side: 'De qué lado',
  activity: 'El entrenamiento',
  timing: 'Cuándo empezó',
  suddenMoment: 'Un momento concreto',
  character: 'Cómo es el dolor',
  severity: 'Cuánto duele',
  radiation: 'Hacia dónde se extiende',
  rest: 'Descanso o movimiento',
  loadedArea: 'Donde más trabajaron los músculos',
  daysSince: 'Días desde que empezó',
  trend: 'Mejor, igual o peor',
  age: 'Edad',
  painkillers: 'Analgésicos',
  redFlags: 'Señales de alarma',
};

export const result: ResultText = {
  yourResult: 'Tu resultado',
  aResult: 'Un resultado de Backcheck',

  // A link that cannot be read.
  damagedTitle: 'Este enlace no funciona',
  damagedWhy: 'Puede que se cortara o se modificara al copiarlo. Backcheck no ha mostrado ningún resultado, porque podría ser incorrecto.',
  answerYourself: 'En su lugar, puedes responder tú las preguntas.',
  answerYourselfSaved: 'En su lugar, puedes responder tú las preguntas. Todo lo que ya hayas respondido en este dispositivo sigue guardado.',
  whatIsWrong: 'Qué le pasa al enlace',
  goToSaved: 'Ir a tus respuestas guardadas',
  answerQuestions: 'Responder las preguntas por tu cuenta',
  linkProblems: {
    tooLong: 'Este enlace es mucho más largo que un enlace de Backcheck, así que puede que se haya modificado.',
    brokenCharacters: 'Este enlace tiene caracteres dañados, así que puede que se haya cortado o modificado.',
    partName: 'Este enlace tiene una parte con un nombre que Backcheck no usa.',
    valueTooLong: 'Este enlace tiene un valor mucho más largo que cualquier respuesta.',
    sameAnswerTwice: 'Este enlace da la misma respuesta dos veces.',
    unknownPart: 'Este enlace tiene una parte que no es ninguna de las respuestas de Backcheck.',
    cannotRead: 'Este enlace tiene una respuesta que Backcheck no puede leer.',
    missingAnswer: (name: string) => `Falta la respuesta a «${name}».`,
    notAnAnswer: (name: string) => `La respuesta a «${name}» no es ninguna de las que da Backcheck.`,
    nameCannotShow: 'Este enlace tiene un nombre que Backcheck no puede mostrar.',
    unsureUnknown: 'Este enlace marca como dudosa una respuesta que Backcheck no pregunta de esa forma.',
    unsureTwice: 'Este enlace marca dos veces la misma respuesta como dudosa.',
    unsureContradicted: 'Este enlace marca una respuesta como dudosa, pero contiene otra respuesta para ella.',
    rulesVersion: 'Este enlace tiene una versión de las reglas que no es ningún número que use Backcheck.',
    notRealDate: 'Este enlace tiene una fecha que no existe.',
    datedAfterToday: 'Este enlace tiene una fecha posterior a hoy, así que puede que se haya modificado.',
    unknownRecipient: 'Este enlace dice que se envió a alguien que Backcheck no conoce.',
  },
  answerNames,

  // Where a result came from.
  linkFrom: (name: string) => `Estas son las respuestas de ${name}, de un enlace que ha compartido. El resultado es para esa persona.`,
  linkFromSomeone: 'Estas respuestas vienen de un enlace que alguien ha compartido. El resultado es para la persona que las respondió.',
  answersGivenOn: (date: string) => `Las respuestas se dieron el ${date}.`,
  answersUndated: 'El enlace no dice cuándo se dieron las respuestas.',
  answerForYourself: 'Responder por tu cuenta',
  olderRules: (linkVersion: number, version: number) =>
    `Este enlace se creó con una versión anterior de las reglas de Backcheck (versión ${linkVersion}). El resultado de abajo se ha vuelto a calcular con las reglas actuales (versión ${version}).`,
  newerRules: (linkVersion: number, version: number) =>
    `Este enlace se creó con una versión más reciente de Backcheck (versión de las reglas ${linkVersion}). El resultado de abajo se ha calculado con las reglas de esta versión (versión ${version}). Vuelve a cargar la página para tener la versión más reciente.`,
  keptNotice: (date: string) => `Esta es tu revisión del ${date}, guardada en este dispositivo.`,
  yourChecks: 'Tus revisiones',
  earlierNotice: 'Este es tu resultado anterior, con las respuestas que diste antes de cambiarlas.',
  seeLatest: 'Ver tu resultado más reciente',
  notSureAnswer: 'No lo tengo claro',

  // The sections after the result.
  whatChanged: 'Qué ha cambiado desde tu última revisión',
  backToTraining: 'Volver a entrenar',
  traineesList: 'Tu lista de deportistas',
  seeHowItGoes: 'Observa cómo evoluciona',
  checkAgainWhen: 'Vuelve a hacer la revisión dentro de 2 o 3 días, o antes si algo cambia. Cada revisión se guarda aquí, para que veas cómo va evolucionando.',
  checkAgain: 'Revisar de nuevo',
  changeSomething: 'Cambiar algo',
  changeAnswers: 'Cambiar tus respuestas',
  startAgain: 'Empezar de nuevo',

  // Whether the result is kept as a check.
  notKept: 'Esta revisión no se guarda en este dispositivo.',
  couldNotKeep:
    'No se ha podido guardar esta revisión: este dispositivo no deja que Backcheck guarde datos (puede que su almacenamiento esté lleno o desactivado). El resultado de arriba sigue siendo correcto.',
  keptIn: (checks: string, date: string) => `Guardada en ${checks} en este dispositivo, con fecha ${date}.`,
  replacesKept: (checks: string, date: string) =>
    `Esta sustituye al resultado que viste hace un momento: solo se guarda esta. Está en ${checks} en este dispositivo, con fecha ${date}.`,
  yourChecksLink: 'tus revisiones',
  doNotKeep: 'No guardarla',

  // A result a coach keeps.
  keptForTeamLine: 'Guardado en tu lista de deportistas en este dispositivo.',
  keepForTeam: 'Guardar en mi lista de deportistas',
  keptForTeamNamed: (name: string) => `El resultado de ${name} se ha guardado en tu lista de deportistas, solo en este dispositivo.`,
  keptForTeam: 'Este resultado se ha guardado en tu lista de deportistas, solo en este dispositivo.',
  couldNotKeepForTeam: 'No se ha podido guardar este resultado: este dispositivo no deja que Backcheck guarde datos.',

  // The result itself.
  printedOn: (date: string) => `Resultado de Backcheck, impreso el ${date}.`,
  origin: {
    own: 'Respuestas dadas en este dispositivo.',
    earlier: 'Respuestas dadas anteriormente en este dispositivo, antes de que se cambiaran.',
    kept: 'Respuestas de una revisión guardada en este dispositivo.',
    keptOn: (date: string) => `Respuestas de una revisión guardada en este dispositivo, del ${date}.`,
    link: 'Respuestas de un enlace que alguien ha compartido.',
    linkFrom: (name: string) => `Respuestas de ${name}, de un enlace que ha compartido.`,
  },
  callOrLocal: (number: string) => `${number} (o el número de emergencias de tu zona)`,
  callNumber: (number: string) => `Llama al ${number}`,
  works112: 'El 112 funciona desde la mayoría de los teléfonos móviles. Si conoces el número de emergencias de tu zona, también puedes llamar a ese.',
  whyThisResult: 'Por qué este resultado',
  showMoreReasons: (count: number) => `Ver ${countWith('es', count, { one: 'motivo más', many: 'motivos más', other: 'motivos más' })}`,
  aboutThisRule: 'Sobre esta regla',
  aboutRule: (title: string) => `Sobre esta regla: ${title}`,
  whereNotSure: 'Lo que no tenías claro:',
  youAnswered: (question: string, answer: string) => `${question} Respondiste «${answer}».`,
  carefulAnswer: 'En estas, Backcheck eligió la respuesta más prudente, así que este resultado se inclina por la precaución.',
  workedOut: (version: number, date: string) =>
    `Calculado en este dispositivo con las reglas de Backcheck, versión ${version}, cambiadas por última vez el ${date}.`,
  howBackcheckDecides: 'Cómo decide Backcheck',
  notADiagnosis: 'Backcheck da consejos generales, no un diagnóstico.',
  ifWorried: 'Si te preocupa, o si algo cambia, habla con un médico.',
  yourAnswers: 'Tus respuestas',
  keepACopy: 'Guardar una copia',
  printForDoctor: 'Imprime esta página, o guárdala como PDF, para enseñársela a un médico o fisioterapeuta.',
  printOrSave: 'Imprimir o guardar como PDF',

  // Sharing.
  shareThisResult: 'Compartir este resultado',
  linkHoldsAnswers:
    'El enlace contiene tus respuestas. Van en la parte del enlace que hay después del signo #, que nunca se envía a ningún sitio web, así que solo pueden verlas las personas a las que se lo envíes.',
  share: 'Compartir',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado.',
  copyBelow: 'Copia el enlace de abajo.',
  myResult: 'Mi resultado de Backcheck',
  sendToMyCoach: (coach: string) => `Enviar a ${coach}, que me entrena`,
  yourFirstName: 'Tu nombre (opcional)',
  firstNameHint: (coach: string) => `Para que ${coach} sepa de quién es el resultado. Va en el enlace que envías, y en ningún otro sitio.`,
  firstNameError: 'Escribe tu nombre o deja el campo vacío',
  sendTo: (coach: string) => `Enviar a ${coach}`,
  messageToCoach: (coach: string) => `Hola, ${coach}. Aquí tienes mi resultado de Backcheck.`,
  messageToCoachWithLink: (coach: string, address: string) => `Hola, ${coach}. Aquí tienes mi resultado de Backcheck: ${address}`,
  messageCopied: 'Mensaje copiado. Pégalo en un mensaje para quien te entrena.',
  copyBelowForCoach: 'Copia el enlace de abajo y envíaselo a quien te entrena.',
  linkToResult: 'Enlace a este resultado',
  forgetCoach: (coach: string) => `Olvidar a ${coach}, que te entrena`,
};
