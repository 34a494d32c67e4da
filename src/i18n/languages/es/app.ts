import type { AppText } from '../../en/app';
import type { ReviewLevel } from '../../languages';

export const app: AppText = {
  skipToMain: 'Saltar al contenido principal',
  manifestName: 'Backcheck: dolor de espalda después de entrenar',
  manifestDescription: '¿Dolor de espalda después de entrenar? Averigua si es un dolor muscular normal, una probable distensión o un motivo para ir al médico.',
  title: (page: string) => `${page} – Backcheck`,
  errorTitle: (page: string) => `Hay un error: ${page} – Backcheck`,
  footer: 'Backcheck da consejos generales después de entrenar. No es un diagnóstico. Tus respuestas se quedan en este dispositivo.',
  yourChecks: 'Tus revisiones',
  forCoaches: 'Si entrenas a otras personas: crea un enlace para tus deportistas',
  languageLabel: 'Idioma',
  languageNotLoaded: 'No se ha podido cargar este idioma. Comprueba tu conexión y vuelve a intentarlo.',
  translationStatus: {
    machine: 'Traducción automática, todavía sin revisar por una persona ni por un profesional de la salud.',
    reviewed: 'Traducido y revisado por una persona que domina el idioma, pero todavía no por un profesional de la salud.',
    'clinically-reviewed': 'Traducido y revisado por un profesional de la salud que habla el idioma.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Leer esta página en inglés',
  savedNoticeLabel: 'Tus respuestas guardadas',
  hideMessage: 'Ocultar este mensaje',
  newVersionLabel: 'Una versión nueva',
  newVersionReady: 'Hay una versión nueva de Backcheck disponible.',
  useNewVersion: 'Usar la versión nueva',
  notFound: 'No se ha encontrado la página',
  notFoundCheck: 'Si has escrito o pegado la dirección, comprueba que sea correcta.',
  goToStart: 'Ir al inicio',
  notLoaded: 'No se ha podido cargar esta página',
  notLoadedWhy:
    'Backcheck no ha podido obtener esta página. Puede que se haya perdido la conexión, o que haya salido una versión nueva de Backcheck desde que se abrió esta página.',
  wentWrong: 'Lo sentimos, algo ha fallado',
  wentWrongWhy: 'Backcheck no ha podido mostrar esta página.',
  nothingLost: 'No se ha perdido nada de lo que respondiste: tus respuestas están guardadas en este dispositivo.',
  tryAgain: 'Volver a intentarlo',
  errorSummary: 'Hay un problema',
  back: 'Atrás',
  /** Before an error message, for screen readers. */
  errorPrefix: 'Hay un error:',
  cancel: 'Cancelar',
  showFewer: 'Ver menos',
  change: 'Cambiar',
  /** Read by screen readers after "Cambiar", for a row whose key is a question. */
  changeAnswerTo: (question: string) => `Cambiar tu respuesta a: ${question}`,
  /** For a row whose key is not a question. */
  changeThing: (thing: string) => `Cambiar ${thing.toLowerCase()}`,
};
