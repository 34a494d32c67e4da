import type { Answers, Level, Urgency } from '../triage';
import type { RedFlag, UnsureField } from '../triage/vocabulary';
import type { IsoDate } from '../dates/dates';

/*
 * One kept check: what the person answered, what Backcheck said, on which day, under which
 * rules. The result is kept as it was given, since the rules may change; the reasons can be
 * worked out again from the answers.
 */

/** The emergency stop ends after the warning signs, so its check holds those alone. */
export type EmergencyStopAnswers = { redFlags: RedFlag[] };

export interface Check {
  /** Unique on this device: when it was kept, to the millisecond. */
  id: string;
  /** The device's local date of the check. */
  date: IsoDate;
  answers: Answers | EmergencyStopAnswers;
  unsure: UnsureField[];
  level: Level;
  urgency?: Urgency | undefined;
  rulesVersion: number;
}

export const isFullCheck = (check: Check): check is Check & { answers: Answers } => 'severity' in check.answers;

/** The same value whatever order its keys, or its lists of names, came in: a link and a saved check list them differently. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;

/** True when a check holds these very answers, however they are ordered. */
export const holdsAnswers = (check: Check, answers: Answers | EmergencyStopAnswers, unsure: readonly UnsureField[]) =>
  JSON.stringify(canonical([check.answers, check.unsure])) === JSON.stringify(canonical([answers, unsure]));
