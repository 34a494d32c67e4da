import { addDays, type IsoDate } from '../dates/dates';
import { checks, type ChecksText } from '../i18n/en/checks';

/*
 * "Remind me": a calendar file made on the device (RFC 5545), for a day-long event on the day
 * to check again, with a link back to the person's checks. It holds no answers.
 */

/** 2 to 3 days, as the guidance says: the reminder falls on the third day. */
export const REMIND_AFTER_DAYS = 3;

const compact = (date: IsoDate) => date.replaceAll('-', '');

/** Text values escape backslashes, semicolons, commas and line breaks. */
const escaped = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded: a line break and a space, never inside a character. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const character of line) {
    if (bytes.encode(current + character).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (moment: Date) =>
  moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

/** The calendar file; its summary and description are in `text`, the reader's language (English by default). */
export function reminderCalendar({ from, checksUrl, made }: { from: IsoDate; checksUrl: string; made: Date }, text: ChecksText = checks): string {
  const day = addDays(from, REMIND_AFTER_DAYS);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Backcheck//Check again//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:check-again-${compact(day)}-${made.getTime()}@backcheck`,
    `DTSTAMP:${utcStamp(made)}`,
    `DTSTART;VALUE=DATE:${compact(day)}`,
    `DTEND;VALUE=DATE:${compact(addDays(day, 1))}`,
    `SUMMARY:${escaped(text.reminderSummary)}`,
    `DESCRIPTION:${escaped(text.reminderDescription(checksUrl))}`,
    `URL:${checksUrl}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escaped(text.reminderSummary)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
