import type { DatesText } from '../../en/dates';

/* Dates in words, with Gregorian month names as written in Egypt and the Gulf, and Western digits. */
export const dates: DatesText = {
  months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  weekdays: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  /** «3 نوفمبر 2026». */
  fullDate: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
  /** «الثلاثاء 3 نوفمبر»: a date this year. */
  weekdayDate: (weekday: string, day: number, month: string) => `${weekday} ${day} ${month}`,
  /** «الثلاثاء 3 نوفمبر 2026»: a date in another year. */
  weekdayFullDate: (weekday: string, day: number, month: string, year: number) => `${weekday} ${day} ${month} ${year}`,
};
