import type { DatesText } from '../../en/dates';

/* Daten in Worten: „3. November 2026“, „Dienstag, 3. November“. */
export const dates: DatesText = {
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  /** „30. November 2026“. */
  fullDate: (day: number, month: string, year: number) => `${day}. ${month} ${year}`,
  /** „Dienstag, 3. November“: ein Datum in diesem Jahr. */
  weekdayDate: (weekday: string, day: number, month: string) => `${weekday}, ${day}. ${month}`,
  /** „Dienstag, 3. November 2026“: ein Datum in einem anderen Jahr. */
  weekdayFullDate: (weekday: string, day: number, month: string, year: number) => `${weekday}, ${day}. ${month} ${year}`,
};
