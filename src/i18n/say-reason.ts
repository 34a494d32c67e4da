import { mixedPicture, rules, type Answers, type Reason } from '../triage';
import { RED_FLAGS, type UnsureField } from '../triage/vocabulary';
import type { Catalog } from './catalog';
import type { ReasonsText } from './en/reasons';

/*
 * A result's reason in the reader's language, said again from its rule id, the answers and what
 * the person was not sure of, the way triage() decides which of a rule's sentences to give
 * (reasonOf in src/triage/triage.ts). The English catalog says each reason word for word as the
 * rules module does (tests/i18n/say-reason.test.ts), so a translation of it says the same.
 */

/** How one rule's sentences are said from the catalog; undefined where these answers have no sentence there. */
interface Saying {
  /** `doubted`: the fields the rule reads that the person was not sure of, in their order (for the severe-pain rules). */
  reason: (answers: Answers, text: ReasonsText, doubted: readonly UnsureField[]) => string | undefined;
  /** The rule's own sentence for an answer the person was not sure of (the rule's `unsureReason`). */
  unsureReason?: (answers: Answers, text: ReasonsText) => string;
}

/** A field's answer, or undefined where the person was not sure of it: a reason never states that as fact. */
const unlessDoubted = <F extends UnsureField>(answers: Answers, field: F, doubted: readonly UnsureField[]): Answers[F] | undefined =>
  doubted.includes(field) ? undefined : answers[field];

const notSureOf = (text: ReasonsText, doubted: readonly UnsureField[]) => doubted.map((field) => text.notSureOf[field]);

/** When it came on, in words, undefined where the person was not sure; no sentence for a time no severe-pain rule links to a workout. */
const cameOn = (a: Answers, text: ReasonsText, doubted: readonly UnsureField[], say: (came: string | undefined) => string) => {
  const timing = unlessDoubted(a, 'timing', doubted);
  if (timing === undefined) return say(undefined);
  return timing === 'unclear' ? undefined : say(text.cameOn[timing]);
};

const redFlagSayings = Object.fromEntries(RED_FLAGS.map((flag): [string, Saying] => [`red-flag-${flag}`, { reason: (_answers, text) => text.redFlags[flag] }]));

const SAYINGS: Record<string, Saying> = {
  ...redFlagSayings,
  'muscle-pain-despite-painkillers': {
    reason: (a, text, doubted) =>
      cameOn(a, text, doubted, (came) =>
        text.musclePainDespitePainkillers(notSureOf(text, doubted), a.severity, came, unlessDoubted(a, 'suddenMoment', doubted) === false),
      ),
  },
  'severe-delayed-muscle-pain': {
    reason: (a, text, doubted) =>
      cameOn(a, text, doubted, (came) =>
        text.severeDelayedMusclePain(notSureOf(text, doubted), a.severity, came, unlessDoubted(a, 'loadedArea', doubted) === true),
      ),
  },
  'severe-unrelenting': { reason: (a, text) => text.severeUnrelenting(a.daysSince, a.severity) },
  'severe-not-easing': {
    reason: (a, text, doubted) => {
      const trend = unlessDoubted(a, 'trend', doubted);
      return text.severeNotEasing(notSureOf(text, doubted), a.daysSince, a.severity, trend === undefined ? undefined : trend === 'worse');
    },
  },
  'severe-despite-painkillers': { reason: (a, text) => text.severeDespitePainkillers(a.severity) },
  'over-50-not-linked': { reason: (a, text) => text.over50NotLinked(a.age ?? 50) },
  'pain-below-knee': { reason: (_a, text) => text.painBelowKnee },
  'no-relief-at-rest': { reason: (_a, text) => text.noReliefAtRest },
  'worse-after-3-days': { reason: (a, text) => text.worseAfter3Days(a.daysSince) },
  'not-improving-after-7-days': {
    reason: (a, text) => text.notImprovingAfter7Days(a.daysSince),
    unsureReason: (a, text) => text.notImprovingAfter7DaysNotSure(a.daysSince),
  },
  'lasting-14-days': { reason: (a, text) => text.lasting14Days(a.daysSince) },
  'sudden-moment': { reason: (_a, text) => text.suddenMoment, unsureReason: (_a, text) => text.suddenMomentNotSure },
  'started-during-workout': { reason: (_a, text) => text.startedDuringWorkout },
  'not-linked-to-workout': { reason: (_a, text) => text.notLinkedToWorkout },
  'sharp-pain': { reason: (a, text) => (a.character === 'dull' || a.character === 'tight' ? undefined : text.sharpPain[a.character]) },
  'one-side': { reason: (_a, text) => text.oneSide },
  'aches-at-rest': { reason: (_a, text) => text.achesAtRest },
  'not-where-you-trained': { reason: (_a, text) => text.notWhereYouTrained, unsureReason: (_a, text) => text.notWhereYouTrainedNotSure },
  'spreads-to-buttock-or-thigh': { reason: (_a, text) => text.spreadsToButtockOrThigh },
  'severe-pain': { reason: (a, text) => text.severePain(a.severity) },
  'outlasting-soreness': {
    reason: (a, text) => text.outlastingSoreness(a.daysSince),
    unsureReason: (a, text) => text.outlastingSorenessNotSure(a.daysSince),
  },
  'came-on-gradually': {
    reason: (a, text) => (a.timing === 'next-day' ? text.cameOnGradually['next-day'] : text.cameOnGradually['hours-after']),
  },
  'dull-or-tight': { reason: (a, text) => (a.character === 'dull' || a.character === 'tight' ? text.dullOrTight[a.character] : undefined) },
  'eases-at-rest': { reason: (_a, text) => text.easesAtRest },
  'where-you-trained': {
    reason: (a, text) => (a.side === 'both-sides' ? text.whereYouTrained['both-sides'] : text.whereYouTrained.center),
  },
  'within-soreness-window': {
    reason: (a, text) => (a.trend === 'better' ? text.withinSorenessWindowEasing(a.daysSince) : text.withinSorenessWindow(a.daysSince)),
    // A trend the person was not sure of holds "the same", which this sentence never states.
    unsureReason: (a, text) => text.withinSorenessWindow(a.daysSince),
  },
};

/** Answers a sentence never needs: the warning signs (each sign has its own rule), the painkillers (stated by the rule) and the age (optional). */
const NOT_SAID: readonly (keyof Answers)[] = ['redFlags', 'painkillers', 'age'];

/**
 * A result's reason in the reader's language. The rules module gives each reason a stable id and
 * an English sentence (the contract); a translation says the same thing from the id, the answers
 * and the fields the person was not sure of. Without a catalog, the English sentence as given;
 * so too for an id this version does not know (a link from a newer one) or answers that lack what
 * the sentence needs (the emergency stop has only the warning signs, which is all their reasons need).
 */
export function sayReason(
  reason: Reason,
  answers: Partial<Answers>,
  unsure: readonly UnsureField[],
  catalog: Pick<Catalog, 'reasons' | 'rules'> | undefined,
): string {
  if (catalog === undefined) return reason.text;
  const text = catalog.reasons;
  if (reason.id === mixedPicture.id) return text.mixedPicture;

  const rule = rules.find(({ id }) => id === reason.id);
  const saying = SAYINGS[reason.id];
  if (rule === undefined || saying === undefined) return reason.text;
  if (rule.reads.some((field) => !NOT_SAID.includes(field) && answers[field] === undefined)) return reason.text;
  const complete = answers as Answers;

  if (rule.doubtCounts) {
    const doubted = unsure.filter((field) => rule.reads.includes(field));
    return saying.reason(complete, text, doubted) ?? reason.text;
  }
  const doubted = unsure.find((field) => rule.reads.includes(field));
  if (doubted === undefined) return saying.reason(complete, text, []) ?? reason.text;
  if (rule.unsureReason) return saying.unsureReason?.(complete, text) ?? reason.text;
  const why = catalog.rules[rule.id]?.why;
  if (why === undefined) return reason.text;
  return rule.outcome.level === 'soreness' ? text.notSureButFits(text.notSureOf[doubted], why) : text.tookCarefulAnswer(text.notSureOf[doubted], why);
}
