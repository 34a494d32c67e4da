import type { DatesText } from '../../en/dates';

/** The first day of a month is written “1º”, as Brazilian Portuguese writes dates. */
const dayOf = (day: number) => (day === 1 ? '1º' : String(day));

export const dates: DatesText = {
  months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  weekdays: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  /** "30 de novembro de 2026". */
  fullDate: (day: number, month: string, year: number) => `${dayOf(day)} de ${month} de ${year}`,
  /** "terça-feira, 3 de novembro": a date this year. */
  weekdayDate: (weekday: string, day: number, month: string) => `${weekday}, ${dayOf(day)} de ${month}`,
  /** "terça-feira, 3 de novembro de 2026": a date in another year. */
  weekdayFullDate: (weekday: string, day: number, month: string, year: number) => `${weekday}, ${dayOf(day)} de ${month} de ${year}`,
};
