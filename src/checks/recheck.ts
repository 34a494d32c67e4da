import { DAYS_SINCE_RANGE, type UnsureField } from '../triage/vocabulary';
import type { Answers, Triage } from '../triage';
import type { RecheckContext } from '../questions/questions';
import { isFullCheck, type Check } from './check';
import { addDays, daysBetween, describeDate, type IsoDate } from '../dates/dates';

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

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * When the pain began, counted from the day the answers were given (a link's `on`), never from
 * the day they are read, so a printout or a link opened days later still says the right day:
 * "on Sunday 29 November 2026, 2 days before these answers were given". Without that date, only
 * how long before them, and that the date is not known. With `today`, a date in this year is
 * written without the year.
 */
export function whenItBegan(daysSince: number, answeredOn: IsoDate | undefined, today?: IsoDate): string {
  if (answeredOn === undefined)
    return daysSince === 0
      ? 'on the day these answers were given (the date they were given is not known)'
      : `${days(daysSince)} before these answers were given (the date they were given is not known)`;
  return daysSince === 0
    ? `on ${describeDate(answeredOn, today)}, the day these answers were given`
    : `on ${describeDate(addDays(answeredOn, -daysSince), today)}, ${days(daysSince)} before these answers were given`;
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

const RESULT_WORDS = {
  soreness: 'normal soreness',
  strain: 'a likely strain',
  emergency: 'get help now',
  today: 'see a doctor today',
  soon: 'see a doctor within days',
} as const;

export const resultWords = (result: { level: Check['level']; urgency?: Check['urgency'] }) =>
  RESULT_WORDS[result.level === 'doctor' ? (result.urgency ?? 'soon') : result.level];

/**
 * What changed since the last check, in plain words: the pain, what it feels like, where it
 * spreads, and the answer itself with the reason that moved it.
 */
export function whatChanged(last: Check & { answers: Answers }, answers: Answers, result: Triage, rulesVersion: number, today: IsoDate): string[] {
  const since = `since ${describeDate(last.date, today)}`;
  const lines: string[] = [];
  const before = last.answers;
  lines.push(
    answers.severity === before.severity
      ? `Your pain is ${answers.severity} out of 10, the same as ${since.replace('since', 'on')}.`
      : `Your pain went from ${before.severity} to ${answers.severity} out of 10 ${since}.`,
  );
  if (answers.character !== before.character)
    lines.push(
      `It feels different: ${answers.character === 'dull' ? 'a dull ache' : answers.character === 'tight' ? 'tight or stiff' : answers.character} now, ${before.character === 'dull' ? 'a dull ache' : before.character === 'tight' ? 'tight or stiff' : before.character} before.`,
    );
  if (answers.radiation !== before.radiation)
    lines.push(
      answers.radiation === 'none'
        ? 'It no longer spreads from your back.'
        : answers.radiation === 'below-knee'
          ? 'It now spreads below your knee.'
          : 'It now spreads into a buttock or thigh.',
    );
  const newSigns = answers.redFlags.filter((flag) => !before.redFlags.includes(flag));
  if (newSigns.length > 0) lines.push('You have a warning sign you did not have before.');
  const then = { level: last.level, urgency: last.urgency };
  const now = { level: result.level, urgency: result.level === 'doctor' ? result.urgency : undefined };
  if (resultWords(then) !== resultWords(now)) {
    const reason = result.reasons[0]?.text;
    lines.push(
      `Last time the answer was ${resultWords(then)}; now it is ${resultWords(now)}.${reason ? ` The main reason: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` : ''}`,
    );
  } else {
    lines.push(`The answer is the same as last time: ${resultWords(now)}.`);
  }
  if (last.rulesVersion !== rulesVersion)
    lines.push(
      `Backcheck’s rules have changed since your last check (version ${last.rulesVersion} then, ${rulesVersion} now), so part of any change may come from that.`,
    );
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
