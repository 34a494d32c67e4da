import type { NoticesText } from '../../en/notices';
import { pluralOf } from '../../count';

const listAnd = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} y ${parts.at(-1) ?? ''}`);

export const notices: NoticesText = {
  savedNotice: {
    unreadable: 'No se han podido leer tus respuestas guardadas, así que Backcheck ha empezado de cero.',
    older: 'Tus respuestas guardadas eran de una versión anterior de Backcheck, así que ha empezado de cero.',
    newer:
      'Tus respuestas se guardaron con una versión de Backcheck más reciente que esta página. Vuelve a cargar la página para tener la versión más reciente.',
    notReadYet:
      'Ahora mismo no se han podido leer tus respuestas y revisiones guardadas, pero siguen en este dispositivo. Backcheck volverá a leerlas en cuanto pueda; hasta entonces, lo que respondas aquí no se guarda.',
    otherTab: 'Tus respuestas se han cambiado en otra pestaña o ventana, así que esta página muestra ahora las más recientes.',
    wrongClock: 'Si la fecha de este dispositivo no es correcta, corrígela ahora y vuelve a abrir Backcheck.',
  },
  /** What could not be used, each part named; the parts are listed together in `leftOut`. */
  leftOutPart: {
    answer: (question: string) => `tu respuesta a «${question}»`,
    retiredAnswer: 'una respuesta a una pregunta que Backcheck ya no hace',
    coachActivity: (coach: string) => `el tipo de entrenamiento que indicó ${coach}, que te entrena`,
    coach: 'los datos de quien te entrena',
    checks: (count: number) =>
      pluralOf('es', count, {
        one: 'una de tus revisiones guardadas',
        many: `${count} revisiones guardadas`,
        other: `${count} revisiones guardadas`,
      }),
    allChecks: 'tus revisiones guardadas',
    futureChecks: (count: number) =>
      pluralOf('es', count, {
        one: 'una revisión guardada con una fecha posterior a hoy',
        many: `${count} revisiones guardadas con una fecha posterior a hoy`,
        other: `${count} revisiones guardadas con una fecha posterior a hoy`,
      }),
    contradictedChecks: (count: number) =>
      pluralOf('es', count, {
        one: 'una revisión guardada cuyo resultado no coincide con sus respuestas',
        many: `${count} revisiones guardadas cuyos resultados no coinciden con sus respuestas`,
        other: `${count} revisiones guardadas cuyos resultados no coinciden con sus respuestas`,
      }),
    team: (count: number): string =>
      pluralOf('es', count, {
        one: 'uno de los resultados de tu lista de deportistas',
        many: 'resultados de tu lista de deportistas',
        other: 'resultados de tu lista de deportistas',
      }),
    allTeam: 'resultados de tu lista de deportistas',
  },
  leftOut: (parts: string[]) => `Backcheck ha dejado fuera lo que no ha podido usar: ${listAnd(parts)}. Todo lo demás que guardaste se conserva.`,
};
