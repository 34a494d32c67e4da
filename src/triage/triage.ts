import type { Answers } from './answers';
import { RADIATIONS, TIMINGS, TRENDS, type RedFlag, type UnsureField } from './vocabulary';

/** Every answer a person might have meant to a field they were not sure of. Kept here, off the start page's first load. */
const MEANT: { [F in UnsureField]: readonly (boolean | string)[] } = {
  suddenMoment: [true, false],
  loadedArea: [true, false],
  timing: TIMINGS,
  radiation: RADIATIONS,
  trend: TRENDS,
};
import { mixedPicture, NOT_SURE_OF, redFlagRules, rules, seriousness, type Outcome, type Rule, type Urgency } from './rules';

export interface Reason {
  /** A rule id, or `mixed-picture`. Stable across releases. */
  id: string;
  text: string;
}

export type Triage = { level: 'soreness' | 'strain'; reasons: Reason[] } | { level: 'doctor'; urgency: Urgency; reasons: Reason[] };

export interface TriageOptions {
  /**
   * The answers the person was not sure of. They hold the careful value, and decide as it does,
   * except for the severe-pain rules (`doubtCounts`), which fire for any answer the person might
   * have meant. Reasons say the person was not sure, rather than state it as fact.
   */
  unsure?: readonly UnsureField[] | undefined;
}

const worstOf = (outcomes: Outcome[]) =>
  outcomes.reduce<Outcome>((worst, outcome) => (seriousness(outcome) > seriousness(worst) ? outcome : worst), { level: 'soreness' });

const doubtedBy = (rule: Rule, unsure: readonly UnsureField[]) => unsure.filter((field) => rule.reads.includes(field));

/** Every answer the person might have meant, trying each value of each doubted field in turn. */
const meantAnswers = (answers: Answers, doubted: readonly UnsureField[]): Answers[] =>
  doubted.reduce<Answers[]>((all, field) => all.flatMap((meant) => MEANT[field].map((value) => ({ ...meant, [field]: value }) as Answers)), [answers]);

const fires = (answers: Answers, unsure: readonly UnsureField[]) => (rule: Rule) =>
  rule.doubtCounts ? meantAnswers(answers, doubtedBy(rule, unsure)).some(rule.when) : rule.when(answers);

const reasonOf =
  (answers: Answers, unsure: readonly UnsureField[]) =>
  (rule: Rule): Reason => {
    if (rule.doubtCounts) return { id: rule.id, text: rule.reason(answers, doubtedBy(rule, unsure)) };
    const doubted = unsure.find((field) => rule.reads.includes(field));
    if (doubted === undefined) return { id: rule.id, text: rule.reason(answers) };
    if (rule.unsureReason) return { id: rule.id, text: rule.unsureReason(answers) };
    const careful = rule.outcome.level === 'soreness' ? '' : ', so Backcheck took the careful answer';
    return { id: rule.id, text: `You were not sure ${NOT_SURE_OF[doubted]}${careful}. ${rule.why}` };
  };

// Every doctor rule that fired, not only the top urgency: the clinician needs them all.
// Array.prototype.sort is stable, so table order holds within one urgency.
const doctorResult = <R extends Rule>(urgency: Urgency, fired: R[], toReason: (rule: R) => Reason): Triage => ({
  level: 'doctor',
  urgency,
  reasons: fired.sort((a, b) => seriousness(b.outcome) - seriousness(a.outcome)).map(toReason),
});

/**
 * Soreness, strain or see a doctor, with the reasons that decided it, most serious first.
 * Pure: the same answers, and the same fields not sure of, always give the same result.
 */
export function triage(answers: Answers, { unsure = [] }: TriageOptions = {}): Triage {
  const fired = rules.filter(fires(answers, unsure));
  const top = worstOf(fired.map((rule) => rule.outcome));
  const toReason = reasonOf(answers, unsure);

  if (top.level === 'doctor')
    return doctorResult(
      top.urgency,
      fired.filter((rule) => rule.outcome.level === 'doctor'),
      toReason,
    );

  const reasons = fired.filter((rule) => rule.outcome.level === top.level).map(toReason);
  if (top.level === 'strain' && fired.some((rule) => rule.outcome.level === 'soreness')) {
    reasons.push({
      id: mixedPicture.id,
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
