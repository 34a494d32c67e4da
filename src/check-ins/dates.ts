/*
 * Calendar dates as the device sees them, `YYYY-MM-DD`. Days are counted on the calendar, not
 * in hours, so a change of month or of daylight saving time never adds or loses a day.
 */

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

/** "Tuesday 3 November", or with the year where it is not this year's. */
export function describeDate(date: IsoDate, today?: IsoDate): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const moment = new Date(Date.UTC(year, month - 1, day));
  const sameYear = today !== undefined && today.slice(0, 4) === date.slice(0, 4);
  return moment.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' });
}
