import type { DatesText } from '../../en/dates';

/* Fechas en palabras: «3 de noviembre de 2026», «martes 3 de noviembre». */
export const dates: DatesText = {
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  /** "3 de noviembre de 2026". */
  fullDate: (day: number, month: string, year: number) => `${day} de ${month} de ${year}`,
  /** "martes 3 de noviembre": a date this year. */
  weekdayDate: (weekday: string, day: number, month: string) => `${weekday} ${day} de ${month}`,
  /** "martes 3 de noviembre de 2026": a date in another year. */
  weekdayFullDate: (weekday: string, day: number, month: string, year: number) => `${weekday} ${day} de ${month} de ${year}`,
};
