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
