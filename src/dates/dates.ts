/*
 * Calendar dates as the device sees them, `YYYY-MM-DD`. Days are counted on the calendar, not
 * in hours, so a change of month or of daylight saving time never adds or loses a day.
 */

import { dates, type DatesText } from '../i18n/en/dates';

export type IsoDate = string;

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The device's local calendar date of a moment. */
export const localDate = (moment: Date): IsoDate => `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;

const dayNumber = (date: IsoDate) => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/** Whole calendar days from one date to another: 1 from 31 March to 1 April, whatever the clocks did. */
export const daysBetween = (from: IsoDate, to: IsoDate) => dayNumber(to) - dayNumber(from);

export const addDays = (date: IsoDate, days: number): IsoDate => {
  const moment = new Date((dayNumber(date) + days) * 86_400_000);
  return `${moment.getUTCFullYear()}-${pad(moment.getUTCMonth() + 1)}-${pad(moment.getUTCDate())}`;
};

/** A date in the form `YYYY-MM-DD` that the calendar has: 2026-02-28, but not 2026-02-30, which the form alone allows. */
export const isRealDate = (text: string) => ISO_DATE.test(text) && addDays(text, 0) === text;

/** "30 November 2026" from "2026-11-30", the same in every engine and locale, in the reader's language. */
export function formatIsoDate(iso: string, words: DatesText = dates): string {
  const [year = 0, month = 1, day = 0] = iso.split('-').map(Number);
  return words.fullDate(day, words.months[month - 1] ?? '', year);
}

/** "Tuesday 3 November", with the year where it is not this year's: spelt out here, so every engine says it the same way. */
export function describeDate(date: IsoDate, today?: IsoDate, words: DatesText = dates): string {
  const [year = 0, month = 1, day = 0] = date.split('-').map(Number);
  const weekday = words.weekdays[new Date(dayNumber(date) * 86_400_000).getUTCDay()] ?? '';
  const monthName = words.months[month - 1] ?? '';
  const sameYear = today !== undefined && today.slice(0, 4) === date.slice(0, 4);
  return sameYear ? words.weekdayDate(weekday, day, monthName) : words.weekdayFullDate(weekday, day, monthName, year);
}
