import type { Answers } from './answers';
import { rules, seriousness, type Outcome, type Rule, type Urgency } from './rules';

export interface Reason {
  /** A rule id, or `mixed-picture`. Stable across releases. */
  id: string;
  text: string;
}

export type Triage =
  | { level: 'soreness' | 'strain'; reasons: Reason[] }
  | { level: 'doctor'; urgency: Urgency; reasons: Reason[] };

const reasonOf = (answers: Answers) => (rule: Rule): Reason => ({ id: rule.id, text: rule.reason(answers) });

/**
 * Soreness, strain or see a doctor, with the reasons that decided it, most serious first.
 * Pure: the same answers always give the same result.
 */
export function triage(answers: Answers): Triage {
  const fired = rules.filter((rule) => rule.when(answers));
  const top = fired.reduce<Outcome>(
    (worst, rule) => (seriousness(rule.outcome) > seriousness(worst) ? rule.outcome : worst),
    { level: 'soreness' },
  );
  const toReason = reasonOf(answers);

  if (top.level === 'doctor') {
    // Every doctor rule that fired, not only the top urgency: the clinician needs them all.
    // Array.prototype.sort is stable, so table order holds within one urgency.
    const reasons = fired
      .filter((rule) => rule.outcome.level === 'doctor')
      .sort((a, b) => seriousness(b.outcome) - seriousness(a.outcome))
      .map(toReason);
    return { level: 'doctor', urgency: top.urgency, reasons };
  }

  const reasons = fired.filter((rule) => rule.outcome.level === top.level).map(toReason);
  if (top.level === 'strain' && fired.some((rule) => rule.outcome.level === 'soreness')) {
    reasons.push({
      id: 'mixed-picture',
      text: 'Some of your answers fit normal soreness, but soreness explains back pain only when they all do, so a strain is more likely.',
    });
  }
  return { level: top.level, reasons };
}
