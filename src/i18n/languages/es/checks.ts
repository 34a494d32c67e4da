import type { Answers, Level, Urgency } from '../../../triage';
import type { ChecksText } from '../../en/checks';
import { countWith, numberIn, pluralOf } from '../../count';

const n = (count: number) => numberIn('es', count);
const days = (count: number) => countWith('es', count, { one: 'día', many: 'días', other: 'días' });
const checksWord = (count: number) => pluralOf('es', count, { one: 'revisión', many: 'revisiones', other: 'revisiones' });
/** A count of checks with Spanish grouping for big numbers: "10.000 revisiones". */
const checksCount = (count: number) => `${new Intl.NumberFormat('es', { numberingSystem: 'latn' }).format(count)} ${checksWord(count)}`;
const lowerFirst = (text: string) => `${text.charAt(0).toLocaleLowerCase('es')}${text.slice(1)}`;
const listAnd = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} y ${parts.at(-1) ?? ''}`);

export const checks: ChecksText = {
  // «Tus revisiones»
  yourChecks: 'Tus revisiones',
  noChecksYet:
    'Todavía no hay ninguna revisión guardada en este dispositivo. Cuando termines las preguntas, tu resultado se guardará aquí con su fecha, para que veas cómo evoluciona con los días.',
  startNow: 'Empezar ahora',
  keptOnDevice: 'Guardadas solo en este dispositivo. Nadie más las ve, a menos que las compartas o las imprimas.',
  painStartedToday: 'El dolor empezó hoy.',
  /** `date` is the day it started, already written out. */
  painStartedDaysAgo: (count: number, date: string) => `El dolor empezó hace ${days(count)}, el ${date}.`,
  checkAgain: 'Revisar de nuevo',
  backToTraining: 'Volver a entrenar',
  painOverDays: 'Tu dolor a lo largo de los días',
  everyCheck: 'Todas las revisiones, de la más reciente a la más antigua',
  /** `total` checks kept, of which the newest `shown` are on the page. */
  showingNewest: (total: number, shown: number) =>
    pluralOf('es', shown, {
      one: `Se muestra la más reciente de ${checksCount(total)}.`,
      many: `Se muestran las ${shown} más recientes de ${checksCount(total)}.`,
      other: `Se muestran las ${shown} más recientes de ${checksCount(total)}.`,
    }),
  showOlder: (count: number) =>
    `Ver ${n(count)} ${pluralOf('es', count, { one: 'revisión anterior', many: 'revisiones anteriores', other: 'revisiones anteriores' })}`,
  takeToPhysio: 'Llévalas a un fisioterapeuta o a un médico',
  printOrSave: 'Imprime tus revisiones, o guárdalas en un archivo para conservarlas. Un archivo guardado se puede cargar en otro dispositivo.',
  printChecks: 'Imprimir tus revisiones',
  /** The button that saves the checks as a file; the notice about keeping them links to it by this name. */
  saveAsFile: 'Guardar en un archivo',
  loadFromFile: 'Cargar revisiones desde un archivo',
  fileLabel: 'Un archivo de revisiones guardado por Backcheck',
  errorPrefix: 'Hay un error:',
  /** After loading a file: how many checks it added, and why others were left out, where some were (a sentence from `leftOut`). */
  addedFromFile: (count: number, whyLeftOut: string | undefined) =>
    `${pluralOf('es', count, { one: 'Se ha añadido', many: 'Se han añadido', other: 'Se han añadido' })} ${checksCount(count)} desde el archivo.${whyLeftOut ? ` ${whyLeftOut}` : ''}`,
  deleteEverything: 'Borrarlo todo',
  deleteEverythingWhat: 'Borra todo lo que Backcheck guarda en este dispositivo: tus respuestas, tus revisiones, los datos de quien te entrena y tu país.',
  deleteEverythingQuestion: '¿Borrar de este dispositivo tus respuestas, tus revisiones, los datos de quien te entrena y tu país? No se puede deshacer.',
  yesDeleteEverything: 'Sí, borrarlo todo',
  everythingDeleted: 'Se ha borrado todo lo que Backcheck guardaba en este dispositivo.',

  // One check in the list; `date` is the check's day, already written out
  checkResult: (result: string) => `Resultado: ${result}.`,
  warningSignsOnly: 'Solo señales de alarma: las preguntas se detuvieron ahí.',
  painOutOf10: (pain: number) => `Dolor: ${n(pain)} sobre 10.`,
  sameAsCheckBefore: 'Igual que en la revisión anterior.',
  downFrom: (before: number) => `Ha bajado desde ${n(before)}.`,
  upFrom: (before: number) => `Ha subido desde ${n(before)}.`,
  /** The stage a check put the person on, with the stage's name as the ladder gives it. */
  onStage: (stage: number, name: string) => `Volver a entrenar: etapa ${n(stage)}, ${name.toLocaleLowerCase('es')}.`,
  seeThisResult: 'Ver este resultado',
  seeResultOf: (date: string) => `Ver el resultado del ${date}`,
  deleteCheckQuestion: (date: string) => `¿Borrar la revisión del ${date}?`,
  yesDeleteIt: 'Sí, borrarla',
  deleteThisCheck: 'Borrar esta revisión',
  deleteCheckOf: (date: string) => `Borrar la revisión del ${date}`,

  // The pain chart
  chartTitle: 'Tu dolor sobre 10, revisión por revisión',
  /** One point of the chart: the pain, and its day already written out. */
  chartPoint: (pain: number, date: string) => `${n(pain)} el ${date}`,
  /** Every point (each from `chartPoint`), in order. */
  chartDescription: (points: readonly string[]) => `Dolor sobre 10: ${points.join('; ')}.`,
  /** The same figures under the chart, for the person's own checks or a trainee's results. */
  chartCaption: {
    check: (points: readonly string[]) => `Dolor sobre 10 en cada revisión: ${points.join('; ')}.`,
    result: (points: readonly string[]) => `Dolor sobre 10 en cada resultado: ${points.join('; ')}.`,
  },
  /** A date of this year under the chart, without its weekday. */
  chartDate: (day: number, month: string) => `${n(day)} de ${month}`,

  // Keeping the checks
  safariMayClear:
    'Safari puede borrar tus revisiones si no abres Backcheck durante 7 días. Para conservarlas, añade Backcheck a tu pantalla de inicio, o guárdalas en un archivo.',
  browserMayClear:
    'Tu navegador puede borrar tus revisiones si se queda sin espacio o si no usas Backcheck durante un tiempo. Para conservarlas, añade Backcheck a tu pantalla de inicio, o guárdalas en un archivo.',
  howToAdd: 'Para añadirlo, abre el menú del navegador (en Safari, el botón Compartir) y elige «Añadir a pantalla de inicio».',
  /** Followed by a link to the "Save as a file" button (`saveAsFile`). */
  howToSave: 'Para guardar un archivo, usa el botón que hay más abajo en esta página:',

  // "Remind me" and the calendar file it makes
  remindMe: (count: number) => `Recordármelo dentro de ${days(count)}`,
  reminderSummary: 'Vuelve a revisar tu espalda con Backcheck',
  reminderDescription: (checksUrl: string) =>
    `¿Cómo está hoy tu espalda? Responde unas pocas preguntas cortas para ver cómo evoluciona y qué hacer después: ${checksUrl}`,

  // The ladder back to training: why the person is where they are
  ladderOff: 'Con un resultado de ir al médico, dejas de seguir las etapas hasta que un médico o un fisioterapeuta te diga que puedes retomarlas.',
  ladderStart: (stage: number, name: string) => `Empiezas en la etapa ${n(stage)}: ${name.toLocaleLowerCase('es')}.`,
  ladderSharpAgain: 'Vuelves a tener dolor agudo, así que bajas una etapa.',
  ladderWorse: 'El dolor es peor que antes, así que bajas una etapa.',
  ladderUp: (stage: number) => `Has cumplido las condiciones para salir de la etapa ${n(stage)}, así que puedes subir una etapa.`,
  ladderTop: 'Has vuelto al entrenamiento completo.',
  ladderOneADay: 'Cumples las condiciones, pero solo puedes subir una etapa al día como mucho: vuelve a hacer la revisión mañana.',
  ladderSharpFree: (count: number) =>
    `Cumples el resto de las condiciones, pero solo puedes avanzar cuando lleves ${days(count)} sin dolor agudo: vuelve a hacer la revisión mañana.`,
  /** `moveOnWhen` is the stage's bar for moving on, a subjunctive clause as the stages give it. */
  ladderStay: (moveOnWhen: string) => `Quédate en esta etapa hasta que ${lowerFirst(moveOnWhen)}`,
  /** The stage's heading: "Etapa 2 de 5: Movimiento." */
  stageOf: (stage: number, stages: number, name: string) => `Etapa ${n(stage)} de ${stages}: ${name}.`,

  // Results and "Check again"
  /** A result, said inside a sentence: "Resultado: una probable distensión." */
  resultWords: {
    soreness: 'dolor muscular normal',
    strain: 'una probable distensión',
    emergency: 'pedir ayuda ahora',
    today: 'ir al médico hoy',
    soon: 'ir al médico en los próximos días',
  } satisfies Record<Exclude<Level, 'doctor'> | Urgency, string>,
  /** When the pain began, said inside a sentence ("Empezó …"): without the date the answers were given. */
  begunOnAnswerDayUnknown: 'el día en que se dieron estas respuestas (no se sabe en qué fecha se dieron)',
  begunBeforeUnknown: (count: number) => `${days(count)} antes de que se dieran estas respuestas (no se sabe en qué fecha se dieron)`,
  /** `date` is the day the answers were given, already written out. */
  begunOnAnswerDay: (date: string) => `el ${date}, el día en que se dieron estas respuestas`,
  /** `count` is the days from when it began to the answers; `date` the day it began, already written out. */
  begunBefore: (count: number, date: string) => `el ${date}, ${days(count)} antes de que se dieran estas respuestas`,
  /** `date` is the last check's day, already written out. */
  painSame: (pain: number, date: string) => `Tu dolor es de ${n(pain)} sobre 10, igual que el ${date}.`,
  painWent: (before: number, now: number, date: string) => `Tu dolor ha pasado de ${n(before)} a ${now} sobre 10 desde el ${date}.`,
  /** What the pain feels like, said inside a sentence ("ahora es …"). */
  feelings: {
    dull: 'un dolor sordo',
    tight: 'tirantez o rigidez',
    sharp: 'un dolor agudo',
    shooting: 'como un latigazo o una descarga eléctrica',
    burning: 'ardor',
  } satisfies Record<Answers['character'], string>,
  feelsDifferent: (now: string, before: string) => `El dolor se nota distinto: ahora es ${now}; antes era ${before}.`,
  spreadsNow: {
    none: 'Ya no se extiende desde la espalda.',
    'buttock-thigh': 'Ahora se extiende hacia un glúteo o un muslo.',
    'below-knee': 'Ahora se extiende por debajo de la rodilla.',
  } satisfies Record<Answers['radiation'], string>,
  newWarningSign: 'Tienes una señal de alarma que antes no tenías.',
  /** The result then and now (from `resultWords`), and the main reason for the change, a sentence, where there is one. */
  answerChanged: (then: string, now: string, reason: string | undefined) =>
    `La última vez la respuesta fue ${then}; ahora es ${now}.${reason ? ` El motivo principal: ${lowerFirst(reason)}` : ''}`,
  answerSame: (now: string) => `La respuesta es la misma que la última vez: ${now}.`,
  rulesChanged: (then: number, now: number) =>
    `Las reglas de Backcheck han cambiado desde tu última revisión (antes, versión ${n(then)}; ahora, ${now}), así que parte del cambio puede deberse a eso.`,

  // A file of checks, read back
  fileTooBig: (megabytes: number) => `Este archivo es demasiado grande. Un archivo de revisiones debe ocupar menos de ${n(megabytes)} MB.`,
  tooManyChecks: (max: number) => `Este archivo tiene más de ${checksCount(max)}. Backcheck puede cargar hasta ${checksCount(max)} de un mismo archivo.`,
  notReadable: 'Este archivo no es uno que haya guardado Backcheck: no se ha podido leer.',
  notBackcheckFile: 'Este archivo no es uno que haya guardado Backcheck.',
  noReadableChecks: 'Este archivo no tiene ninguna revisión que Backcheck pueda leer.',
  /** `whyLeftOut` is the sentence from `leftOut`. */
  noUsableChecks: (whyLeftOut: string) => `Este archivo no tiene ninguna revisión que Backcheck pueda usar. ${whyLeftOut}`,
  /** Where the checks left out came from, said inside `leftOutBecause` and `leftOutFor`. */
  inTheFile: 'del archivo',
  /** `total` checks left out for one reason; `where` is a phrase such as `inTheFile`. */
  leftOutBecause: {
    unreadable: (total: number, where: string) =>
      pluralOf('es', total, {
        one: `Se ha dejado fuera una revisión ${where} porque no se ha podido leer.`,
        many: `Se han dejado fuera ${n(total)} revisiones ${where} porque no se han podido leer.`,
        other: `Se han dejado fuera ${n(total)} revisiones ${where} porque no se han podido leer.`,
      }),
    future: (total: number, where: string) =>
      pluralOf('es', total, {
        one: `Se ha dejado fuera una revisión ${where} porque tiene una fecha posterior a hoy.`,
        many: `Se han dejado fuera ${n(total)} revisiones ${where} porque tienen una fecha posterior a hoy.`,
        other: `Se han dejado fuera ${n(total)} revisiones ${where} porque tienen una fecha posterior a hoy.`,
      }),
    contradicted: (total: number, where: string) =>
      pluralOf('es', total, {
        one: `Se ha dejado fuera una revisión ${where} porque su resultado no coincide con sus respuestas.`,
        many: `Se han dejado fuera ${n(total)} revisiones ${where} porque sus resultados no coinciden con sus respuestas.`,
        other: `Se han dejado fuera ${n(total)} revisiones ${where} porque sus resultados no coinciden con sus respuestas.`,
      }),
  },
  /** How many checks were left out for each reason, where there were several reasons: each goes into `leftOutReasons`. */
  leftOutReason: {
    unreadable: (count: number) => `${n(count)} no se ${pluralOf('es', count, { one: 'ha', many: 'han', other: 'han' })} podido leer`,
    future: (count: number) => `${n(count)} ${pluralOf('es', count, { one: 'tiene', many: 'tienen', other: 'tienen' })} una fecha posterior a hoy`,
    contradicted: (count: number) =>
      pluralOf('es', count, {
        one: `${n(count)} tiene un resultado que no coincide con sus respuestas`,
        many: `${n(count)} tienen resultados que no coinciden con sus respuestas`,
        other: `${n(count)} tienen resultados que no coinciden con sus respuestas`,
      }),
  },
  /** The reasons from `leftOutReason`, as one list: "1 no se ha podido leer, 2 tienen … y 3 tienen …". */
  leftOutReasons: (reasons: readonly string[]) => listAnd(reasons),
  /** `total` checks left out for several reasons; `where` is a phrase such as `inTheFile`; `reasons` the list from `leftOutReasons`. */
  leftOutFor: (total: number, where: string, reasons: string) =>
    pluralOf('es', total, {
      one: `Se ha dejado fuera una revisión ${where}: ${reasons}.`,
      many: `Se han dejado fuera ${n(total)} revisiones ${where}: ${reasons}.`,
      other: `Se han dejado fuera ${n(total)} revisiones ${where}: ${reasons}.`,
    }),
};
