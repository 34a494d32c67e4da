import type { DatesText } from '../../en/dates';

/** « 1er » for the first of the month, as French writes it; otherwise the number. */
const dayOf = (day: number) => (day === 1 ? '1er' : String(day));

export const dates: DatesText = {
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  /** « 30 novembre 2026 ». */
  fullDate: (day: number, month: string, year: number) => `${dayOf(day)} ${month} ${year}`,
  /** « mardi 3 novembre » : une date de cette année. */
  weekdayDate: (weekday: string, day: number, month: string) => `${weekday} ${dayOf(day)} ${month}`,
  /** « mardi 3 novembre 2026 » : une date d’une autre année. */
  weekdayFullDate: (weekday: string, day: number, month: string, year: number) => `${weekday} ${dayOf(day)} ${month} ${year}`,
};
