import type { RedFlag, UnsureField } from '../../triage/vocabulary';
import type { Answers } from '../../triage';
import { countWith } from '../count';

/*
 * A result's reasons in English, the reference for every translation (catalog.ts): one entry for
 * each rule's sentence, keyed by what the rule says, so a translation writes each as a whole. The
 * rules module (src/triage/rules.ts) builds the same sentences for the contract, and a test holds
 * this file to them word for word (tests/i18n/say-reason.test.ts). A rule's "why" is in the rules
 * catalog (rule-text.ts), not here.
 */

type Timing = Answers['timing'];

const days = (count: number) => countWith('en', count, { one: 'day', other: 'days' });
const started = (count: number) => (count === 0 ? 'started today' : `started ${days(count)} ago`);
const startedAgo = (count: number) => `It ${started(count)}`;
const rated = (severity: number) => `you rated it ${severity} out of 10`;

const listAnd = (parts: readonly string[]) => (parts.length < 3 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1) ?? ''}`);
const listOr = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')}, or ${parts.at(-1) ?? ''}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A severe-pain reason: what the person was not sure of, if anything, then what is known for sure, then why. */
const severe = (notSure: readonly string[], known: readonly string[], then: string) => {
  const facts = `${capitalise(listAnd(known))}. ${then}`;
  return notSure.length === 0 ? facts : `You were not sure ${listOr(notSure)}. ${facts}`;
};

export const reasons = {
  /** What the person was not sure of, as a reason says it: "You were not sure …". */
  notSureOf: {
    suddenMoment: 'whether it started at one moment, like a twinge, pop or catch',
    loadedArea: 'whether it is where your muscles worked hardest',
    timing: 'when it started',
    radiation: 'whether the pain spreads',
    trend: 'whether it is getting better or worse',
  } satisfies Record<UnsureField, string>,
  /**
   * A rule that reads an answer the person was not sure of, where the careful answer decided it.
   * `notSure` is one of `notSureOf`; `why` is the rule's why from the rules catalog.
   */
  tookCarefulAnswer: (notSure: string, why: string) => `You were not sure ${notSure}, so Backcheck took the careful answer. ${why}`,
  /** The same for a rule of the soreness picture, which the careful answer never sets off. */
  notSureButFits: (notSure: string, why: string) => `You were not sure ${notSure}. ${why}`,

  /** Each warning sign, said to the person who has it. */
  redFlags: {
    'saddle-numbness': 'You have numbness or tingling around your genitals, bottom or inner thighs.',
    'bladder-bowel': 'You have new trouble passing urine, are leaking urine or stool, or cannot feel when you need to go.',
    'both-legs': 'You have pain, numbness or tingling that travels from your back down both legs.',
    'leg-weakness': 'You have new weakness in a leg or foot.',
    'dark-urine': 'Your pee is dark brown or cola-coloured, or you have hardly peed for 12 hours even though you are drinking.',
    'chest-symptoms': 'You have chest pain or pressure, shortness of breath, are coughing up blood, have pain spreading to your arm or jaw, or a cold sweat.',
    'swollen-muscles': 'Your sore back muscles are swollen, feel hard or tight as a drum, or the skin over them is numb.',
    trauma: 'Your pain began with a fall, a collision, a blow or a weight landing on you.',
    fever: 'You have a fever or chills, or feel generally unwell.',
    urinary: 'You have burning when you pass urine, blood in your urine, or pain in your side below the ribs.',
    'cannot-walk': 'You cannot walk or stand, or cannot look after yourself because of the pain.',
    'breathing-pain': 'You have a sharp pain in your upper back, side or chest when you breathe in deeply.',
    'cancer-history': 'You have had cancer.',
    'weight-loss': 'You have lost weight without trying.',
    'night-pain': 'You have constant pain at night that no position eases.',
    steroids: 'You take steroid tablets long-term, or have osteoporosis (thinning bones).',
    immune: 'You have a weakened immune system, or inject drugs.',
  } satisfies Record<RedFlag, string>,

  /** When the pain came on, as the severe-pain reasons say it: "it came on …". */
  cameOn: {
    during: 'during the workout',
    'hours-after': 'some hours after the workout',
    'next-day': 'the day after the workout',
  } satisfies Partial<Record<Timing, string>>,
  /*
   * The severe-pain reasons (rules v3). Each starts with what the person was not sure of, if
   * anything: `notSure` lists those fields, each as `notSureOf` says it, in the order the person
   * gave them, and is empty when they were sure. A fact they were not sure of is never stated:
   * `cameOn` (one of `cameOn`) is then undefined, and a yes-or-no fact false.
   */
  /** Severe muscle pain after a workout that painkillers have not helped. `gradual`: the person said it did not start at one moment. */
  musclePainDespitePainkillers: (notSure: readonly string[], severity: number, cameOn: string | undefined, gradual: boolean) =>
    severe(
      notSure,
      [
        rated(severity),
        ...(gradual ? ['it did not start at one moment'] : []),
        ...(cameOn === undefined ? [] : [`it came on ${cameOn}`]),
        'painkillers have not helped',
      ],
      'Muscle pain this bad after a workout, that painkillers do not touch, needs an emergency department now.',
    ),
  /** Severe muscle pain in the first days after a workout. `inTrainedMuscles`: the person said it is where their muscles worked hardest. */
  severeDelayedMusclePain: (notSure: readonly string[], severity: number, cameOn: string | undefined, inTrainedMuscles: boolean) =>
    severe(
      notSure,
      [rated(severity), ...(inTrainedMuscles ? ['in the muscles you trained'] : []), ...(cameOn === undefined ? [] : [`it came on ${cameOn}`])],
      'Muscle pain this bad in the first days after a hard session should be checked today.',
    ),
  /** Severe pain that nothing eases. `daysSince`: days since it started, 0 for today. */
  severeUnrelenting: (daysSince: number, severity: number) =>
    severe([], [rated(severity), 'nothing eases it', `it ${started(daysSince)}`], 'Pain this bad that nothing eases should be checked today.'),
  /**
   * Severe pain not easing after 3 days. `gettingWorse`: true where it is getting worse, false
   * where it is the same, undefined where the person was not sure.
   */
  severeNotEasing: (notSure: readonly string[], daysSince: number, severity: number, gettingWorse: boolean | undefined) =>
    severe(
      notSure,
      [rated(severity), `it ${started(daysSince)}`, ...(gettingWorse === undefined ? [] : [gettingWorse ? 'it is getting worse' : 'it is not getting better'])],
      'Pain this bad should be easing after 3 days, so it should be checked today.',
    ),
  severeDespitePainkillers: (severity: number) =>
    severe([], [rated(severity), 'painkillers have not helped'], 'Pain this bad that painkillers do not ease should be checked today.'),

  over50NotLinked: (age: number) =>
    `You are ${age}, and the pain is not clearly linked to a workout. From 50, a doctor should check back pain that training does not explain.`,
  painBelowKnee: 'The pain spreads below your knee. A doctor should check the nerves there.',
  noReliefAtRest: 'Resting does not ease it and no position is comfortable. Pain from training eases when you rest.',
  /** `daysSince`: days since it started, 0 for today. */
  worseAfter3Days: (daysSince: number) => `${startedAgo(daysSince)} and is getting worse. Soreness from training eases after 3 days.`,
  notImprovingAfter7Days: (daysSince: number) => `${startedAgo(daysSince)} and is not getting better. Most strains start to improve within a week.`,
  /** The same, where the person was not sure whether it is getting better. */
  notImprovingAfter7DaysNotSure: (daysSince: number) =>
    `${startedAgo(daysSince)}, and you were not sure whether it is getting better, so Backcheck took the careful answer. Most strains start to improve within a week.`,
  lasting14Days: (daysSince: number) => `You have had it for ${days(daysSince)}. Most back pain from training is much better within 2 weeks.`,

  suddenMoment: 'You can name the moment it started, like a twinge, pop or catch. Soreness comes on gradually.',
  suddenMomentNotSure:
    'You were not sure whether it started at one moment, like a twinge, pop or catch, so Backcheck took the careful answer. A strain starts that way; soreness comes on gradually.',
  startedDuringWorkout: 'It started during the workout. Soreness comes on hours later.',
  notLinkedToWorkout: 'It is not clearly linked to a workout, so it is unlikely to be soreness from training.',
  /** By what the pain feels like. */
  sharpPain: {
    sharp: 'It is a sharp or stabbing pain. Soreness feels like a dull ache or stiffness.',
    shooting: 'It is a shooting or electric pain. Soreness feels like a dull ache or stiffness.',
    burning: 'It is a burning pain. Soreness feels like a dull ache or stiffness.',
  } satisfies Record<Exclude<Answers['character'], 'dull' | 'tight'>, string>,
  oneSide: 'It is on one side only. Soreness is usually felt evenly across the muscles you trained.',
  achesAtRest: 'It still aches when you rest. Soreness only hurts when you move or stretch.',
  notWhereYouTrained: 'It is not where your muscles worked hardest. Soreness is felt in the muscles you trained.',
  notWhereYouTrainedNotSure:
    'You were not sure whether it is where your muscles worked hardest, so Backcheck took the careful answer. Soreness is felt in the muscles you trained.',
  spreadsToButtockOrThigh: 'It spreads into your buttock or thigh. Soreness stays in the muscles you trained.',
  severePain: (severity: number) => `You rated it ${severity} out of 10. That is more than training soreness usually brings.`,
  /** Seven days or more since it started, or 4 to 6 and not getting better. */
  outlastingSoreness: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. Soreness is gone within about a week.`
      : `${startedAgo(daysSince)} and is not easing yet. Soreness eases after about 3 days.`,
  /** The same, where the person was not sure whether it is getting better. */
  outlastingSorenessNotSure: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. Soreness is gone within about a week.`
      : `${startedAgo(daysSince)}, and you were not sure whether it is easing, so Backcheck took the careful answer. Soreness eases after about 3 days.`,

  /** By when it came on. */
  cameOnGradually: {
    'next-day': 'It came on gradually, the day after the workout, as soreness does.',
    'hours-after': 'It came on gradually, some hours after the workout, as soreness does.',
  } satisfies Partial<Record<Timing, string>>,
  /** By what the pain feels like. */
  dullOrTight: {
    dull: 'It is a dull ache, as soreness does.',
    tight: 'It feels tight or stiff, as soreness does.',
  } satisfies Partial<Record<Answers['character'], string>>,
  easesAtRest: 'It only hurts when you move or stretch, and is fine when you rest.',
  /** By where it is: on both sides, or along the middle. */
  whereYouTrained: {
    'both-sides': 'It is on both sides, in the muscles that worked hardest, and stays in your back.',
    center: 'It is along the middle, in the muscles that worked hardest, and stays in your back.',
  } satisfies Partial<Record<Answers['side'], string>>,
  /** Within the days soreness lasts. */
  withinSorenessWindow: (daysSince: number) => `${startedAgo(daysSince)}. Soreness is at its worst in the first 3 days, then eases.`,
  /** The same, where the person said it is getting better (never where they were not sure). */
  withinSorenessWindowEasing: (daysSince: number) => `${startedAgo(daysSince)} and is already easing.`,

  mixedPicture: 'Some of your answers fit normal soreness, but soreness explains back pain only when they all do, so a strain is more likely.',
};

export type ReasonsText = typeof reasons;
