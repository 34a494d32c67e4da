/*
 * Dates in words, spelt out here rather than by Intl.DateTimeFormat, so every engine writes the
 * same date the same way. Each language gives its own month and weekday names and its own order.
 */
export const dates = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  /** "30 November 2026", as GOV.UK writes dates. */
  fullDate: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
  /** "Tuesday 3 November": a date this year. */
  weekdayDate: (weekday: string, day: number, month: string) => `${weekday} ${day} ${month}`,
  /** "Tuesday 3 November 2026": a date in another year. */
  weekdayFullDate: (weekday: string, day: number, month: string, year: number) => `${weekday} ${day} ${month} ${year}`,
};

export type DatesText = typeof dates;
