import { DAYS_SINCE_RANGE, type UnsureField } from '../triage/vocabulary';
import type { Answers, Triage } from '../triage';
import type { RecheckContext } from '../questions/questions';
import { isFullCheck, type Check } from './check';
import { addDays, daysBetween, describeDate, type IsoDate } from '../dates/dates';
import { checks as checksText, type ChecksText } from '../i18n/en/checks';
import { dates, type DatesText } from '../i18n/en/dates';

/*
 * "Check again": a short re-check that asks only what changes from day to day and carries the
 * rest over from the last full check. The days since it started are worked out from that
 * check's date, never asked again; whether it is getting better comes from the pain scores,
 * and the person may correct it.
 */

/** What stays the same between checks of one bout of pain. */
export const CARRIED = ['area', 'side', 'activity', 'timing', 'suddenMoment', 'loadedArea', 'age'] as const satisfies readonly (keyof Answers)[];

export interface Recheck {
  /** The check it follows. */
  last: Check & { answers: Answers };
  carried: Partial<Answers>;
  /** Not-sure answers carried over with the rest. */
  carriedUnsure: UnsureField[];
  daysSince: number;
  today: IsoDate;
}

/** The day the pain started, as a check dates it. */
export const startDateOf = (check: Check & { answers: Answers }) => addDays(check.date, -check.answers.daysSince);

/**
 * When the pain began, counted from the day the answers were given (a link's `on`), never from
 * the day they are read, so a printout or a link opened days later still says the right day:
 * "on Sunday 29 November 2026, 2 days before these answers were given". Without that date, only
 * how long before them, and that the date is not known. With `today`, a date in this year is
 * written without the year. `text` and `words` are the reader's language; English by default.
 */
export function whenItBegan(
  daysSince: number,
  answeredOn: IsoDate | undefined,
  today?: IsoDate,
  text: ChecksText = checksText,
  words: DatesText = dates,
): string {
  if (answeredOn === undefined) return daysSince === 0 ? text.begunOnAnswerDayUnknown : text.begunBeforeUnknown(daysSince);
  return daysSince === 0
    ? text.begunOnAnswerDay(describeDate(answeredOn, today, words))
    : text.begunBefore(daysSince, describeDate(addDays(answeredOn, -daysSince), today, words));
}

/** The last full check a re-check can follow (an emergency stop asked too little to carry over). */
export const lastFullCheck = (checks: readonly Check[]) => [...checks].reverse().find(isFullCheck);

export function recheckFrom(last: Check & { answers: Answers }, today: IsoDate): Recheck {
  const carried: Partial<Answers> = {};
  for (const field of CARRIED) if (last.answers[field] !== undefined) Object.assign(carried, { [field]: last.answers[field] });
  return {
    last,
    carried,
    carriedUnsure: last.unsure.filter((field) => (CARRIED as readonly string[]).includes(field)),
    daysSince: Math.min(DAYS_SINCE_RANGE.max, Math.max(0, daysBetween(startDateOf(last), today))),
    today,
  };
}

/** Better, the same or worse, from the pain then and now. */
export const trendFrom = (before: number, now: number): Answers['trend'] => (now < before ? 'better' : now > before ? 'worse' : 'same');

/** Which result a check or a triage gave, as one key: the level, or a doctor result's urgency. */
const resultKey = (result: { level: Check['level']; urgency?: Check['urgency'] }) => (result.level === 'doctor' ? (result.urgency ?? 'soon') : result.level);

/** A result in words, said inside a sentence: "a likely strain". */
export const resultWords = (result: { level: Check['level']; urgency?: Check['urgency'] }, text: ChecksText = checksText) =>
  text.resultWords[resultKey(result)];

/**
 * What changed since the last check, in plain words: the pain, what it feels like, where it
 * spreads, and the answer itself with the reason that moved it. `text` and `words` are the
 * reader's language, and `mainReason` the result's first reason in it; English by default.
 */
export function whatChanged(
  last: Check & { answers: Answers },
  answers: Answers,
  result: Triage,
  rulesVersion: number,
  today: IsoDate,
  text: ChecksText = checksText,
  words: DatesText = dates,
  mainReason: string | undefined = result.reasons[0]?.text,
): string[] {
  const lastDate = describeDate(last.date, today, words);
  const lines: string[] = [];
  const before = last.answers;
  lines.push(answers.severity === before.severity ? text.painSame(answers.severity, lastDate) : text.painWent(before.severity, answers.severity, lastDate));
  if (answers.character !== before.character) lines.push(text.feelsDifferent(text.feelings[answers.character], text.feelings[before.character]));
  if (answers.radiation !== before.radiation) lines.push(text.spreadsNow[answers.radiation]);
  const newSigns = answers.redFlags.filter((flag) => !before.redFlags.includes(flag));
  if (newSigns.length > 0) lines.push(text.newWarningSign);
  const then = { level: last.level, urgency: last.urgency };
  const now = { level: result.level, urgency: result.level === 'doctor' ? result.urgency : undefined };
  if (resultKey(then) !== resultKey(now)) lines.push(text.answerChanged(resultWords(then, text), resultWords(now, text), mainReason));
  else lines.push(text.answerSame(resultWords(now, text)));
  if (last.rulesVersion !== rulesVersion) lines.push(text.rulesChanged(last.rulesVersion, rulesVersion));
  return lines;
}

/** The re-check in progress, for the questions' flow: undefined when there is none. */
export function recheckContext(
  checks: readonly Check[],
  recheck: { from: string } | null,
  today: IsoDate,
): (RecheckContext & { recheck: Recheck }) | undefined {
  const last = recheck ? checks.find((check) => check.id === recheck.from) : undefined;
  if (!last || !isFullCheck(last)) return undefined;
  const found = recheckFrom(last, today);
  return {
    carried: found.carried,
    carriedUnsure: found.carriedUnsure,
    daysSince: found.daysSince,
    lastSeverity: last.answers.severity,
    lastDate: last.date,
    today,
    recheck: found,
  };
}
