import type { Answers } from './answers';
import type { RedFlag } from './vocabulary';
import { redFlagRules, rules, seriousness, type Outcome, type Rule, type Urgency } from './rules';

export interface Reason {
  /** A rule id, or `mixed-picture`. Stable across releases. */
  id: string;
  text: string;
}

export type Triage =
  | { level: 'soreness' | 'strain'; reasons: Reason[] }
  | { level: 'doctor'; urgency: Urgency; reasons: Reason[] };

const worstOf = (outcomes: Outcome[]) =>
  outcomes.reduce<Outcome>((worst, outcome) => (seriousness(outcome) > seriousness(worst) ? outcome : worst), { level: 'soreness' });

const reasonOf = (answers: Answers) => (rule: Rule): Reason => ({ id: rule.id, text: rule.reason(answers) });

// Every doctor rule that fired, not only the top urgency: the clinician needs them all.
// Array.prototype.sort is stable, so table order holds within one urgency.
const doctorResult = <R extends Rule>(urgency: Urgency, fired: R[], toReason: (rule: R) => Reason): Triage => ({
  level: 'doctor',
  urgency,
  reasons: fired.sort((a, b) => seriousness(b.outcome) - seriousness(a.outcome)).map(toReason),
});

/**
 * Soreness, strain or see a doctor, with the reasons that decided it, most serious first.
 * Pure: the same answers always give the same result.
 */
export function triage(answers: Answers): Triage {
  const fired = rules.filter((rule) => rule.when(answers));
  const top = worstOf(fired.map((rule) => rule.outcome));
  const toReason = reasonOf(answers);

  if (top.level === 'doctor') return doctorResult(top.urgency, fired.filter((rule) => rule.outcome.level === 'doctor'), toReason);

  const reasons = fired.filter((rule) => rule.outcome.level === top.level).map(toReason);
  if (top.level === 'strain' && fired.some((rule) => rule.outcome.level === 'soreness')) {
    reasons.push({
      id: 'mixed-picture',
      text: 'Some of your answers fit normal soreness, but soreness explains back pain only when they all do, so a strain is more likely.',
    });
  }
  return { level: top.level, reasons };
}

/**
 * The result of warning signs alone, from the same red flag rules, for the questionnaire's
 * emergency stop: it ends before the other answers are asked. Undefined for no signs.
 */
export function triageWarningSigns(redFlags: readonly RedFlag[]): Triage | undefined {
  const fired = redFlagRules.filter((rule) => redFlags.includes(rule.flag));
  const top = worstOf(fired.map((rule) => rule.outcome));
  return top.level === 'doctor' ? doctorResult(top.urgency, fired, (rule) => ({ id: rule.id, text: rule.sentence })) : undefined;
}
