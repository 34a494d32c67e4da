import type { SavedProgressText } from '../../en/saved-progress';
import { countWith } from '../../count';

export const savedProgress: SavedProgressText = {
  resultToday: 'Tienes un resultado de hoy.',
  /** A date in words, such as "martes 3 de noviembre". */
  lastCheckOn: (date: string) => `Tu última revisión fue el ${date}.`,
  seeResult: 'Ver tu resultado',
  checkAgain: 'Revisar de nuevo',
  startAboutNewProblem: 'Empezar con un problema nuevo',
  /** A date in words, such as "martes 3 de noviembre". */
  begunOn: (date: string) =>
    `Empezaste a responder el ${date}. Backcheck te volverá a preguntar cómo está ahora, y calculará los días que han pasado desde que empezó.`,
  answersSaved: 'Tienes respuestas guardadas en este dispositivo.',
  continueWhereLeft: 'Seguir donde lo dejaste',
  startAgain: 'Empezar de nuevo',
  checksKept: (count: number) =>
    `Tienes ${countWith('es', count, { one: 'revisión guardada', many: 'revisiones guardadas', other: 'revisiones guardadas' })} en este dispositivo.`,
  seeChecks: 'Ver tus revisiones, o revisar de nuevo',

  // A link from a different coach from the one remembered.
  switchCoachQuestion: (from: string, to: string) => `¿Cambiar de ${from} a ${to}?`,
  switchCoachWhy: (to: string) =>
    `Este enlace es de ${to}. Backcheck recuerda a una sola persona que te entrena en este dispositivo, y te ofrece enviarle tu resultado.`,
  switchTo: (name: string) => `Cambiar a ${name}`,
  keepCoach: (name: string) => `Quedarme con ${name}`,
};
