import type { Answers } from './answers';
import type { RedFlag } from './vocabulary';

export type Level = 'soreness' | 'strain' | 'doctor';
export type Urgency = 'emergency' | 'today' | 'soon';

/** What one rule says when it fires. */
export type Outcome = { level: 'soreness' } | { level: 'strain' } | { level: 'doctor'; urgency: Urgency };

export interface Rule {
  /** Stable: reasons carry it, so links, tests and guidance can refer to it. */
  id: string;
  outcome: Outcome;
  when: (answers: Answers) => boolean;
  /** A plain sentence naming the answer behind the rule. */
  reason: (answers: Answers) => string;
}

const emergency = { level: 'doctor', urgency: 'emergency' } as const;
const today = { level: 'doctor', urgency: 'today' } as const;
const soon = { level: 'doctor', urgency: 'soon' } as const;
const strain: Outcome = { level: 'strain' };
const soreness: Outcome = { level: 'soreness' };

/** Least to most serious; the result is the most serious outcome any rule gives. */
export const seriousness = (outcome: Outcome): number =>
  outcome.level === 'soreness' ? 0 : outcome.level === 'strain' ? 1 : { soon: 2, today: 3, emergency: 4 }[outcome.urgency];

/** A red flag rule depends on its flag alone, so it can be judged before any other answer. */
export interface RedFlagRule extends Rule {
  flag: RedFlag;
  outcome: Extract<Outcome, { level: 'doctor' }>;
  sentence: string;
}

const redFlag = (flag: RedFlag, outcome: Extract<Outcome, { level: 'doctor' }>, sentence: string): RedFlagRule => ({
  id: `red-flag-${flag}`,
  flag,
  outcome,
  sentence,
  when: (a) => a.redFlags.includes(flag),
  reason: () => sentence,
});

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const startedAgo = (n: number) => (n === 0 ? 'It started today' : `It started ${days(n)} ago`);

/**
 * Red flags, emergency first. Urgencies follow clinical.md "Red flags and their urgency";
 * the sentences name the sign and never a diagnosis, since serious causes are rare even
 * when a flag is present (clinical.md, HENSCHKE).
 */
export const redFlagRules: readonly RedFlagRule[] = [
  // Cauda equina signs: NHS "call 999 or go to A&E" [NHS-BP]; BASS pathway [BASS].
  redFlag('saddle-numbness', emergency, 'You have numbness or tingling around your genitals, bottom or inner thighs.'),
  redFlag('bladder-bowel', emergency, 'You have new trouble passing urine, are leaking urine or stool, or cannot feel when you need to go.'),
  redFlag('both-legs', emergency, 'You have pain, numbness or tingling going down both legs.'),
  // Progressive neurological deficit [CKS]; acute foot drop [LOTH]. Guidelines allow "today"; we escalate.
  redFlag('leg-weakness', emergency, 'You have new weakness in a leg or foot.'),
  // Exertional rhabdomyolysis: "seek medical care immediately" [CDC].
  redFlag('dark-urine', emergency, 'Your urine is dark brown or cola-coloured, or you are passing much less than usual.'),
  // Back pain with chest pain or breathlessness: 999 [NHS-BP] [HSE] [PE].
  redFlag('chest-symptoms', emergency, 'You have chest pain or pressure, shortness of breath, pain spreading to your arm or jaw, or a cold sweat.'),
  // Fracture risk; a serious accident is a 999 call [NHS-BP].
  redFlag('trauma', today, 'Your pain began with a fall, a collision, a blow or a weight landing on you.'),
  // Infection or kidney: fever LR+ 68.8, urinary 5.4, flank pain 5.2 [SHAW]; [NHS-KI].
  redFlag('fever', today, 'You have a fever or chills, or feel generally unwell.'),
  redFlag('urinary', today, 'You have burning when you pass urine, blood in your urine, or pain in your side below the ribs.'),
  // Loss of the ability to look after oneself (seed 001, "when should I see a doctor immediately").
  redFlag('cannot-walk', today, 'You cannot walk or stand, or cannot look after yourself because of the pain.'),
  // Cancer, fracture and infection risk factors: "serious does not always mean an emergency" [ACP2007] [CKS].
  redFlag('cancer-history', soon, 'You have had cancer.'),
  redFlag('weight-loss', soon, 'You have lost weight without trying.'),
  redFlag('night-pain', soon, 'You have constant pain at night that no position eases.'),
  redFlag('steroids', soon, 'You take steroid tablets long-term, or have osteoporosis (thinning bones).'),
  redFlag('immune', soon, 'You have a weakened immune system, or inject drugs.'),
];

/** clinical.md "Other reasons to see a doctor (urgency soon)". */
const otherDoctorRules: Rule[] = [
  {
    // Nerve root pain: seed 001, seed 003; NHS: sciatica usually settles in 4 to 6 weeks [NHS-SC].
    id: 'pain-below-knee',
    outcome: soon,
    when: (a) => a.radiation === 'below-knee',
    reason: () => 'The pain spreads below your knee. A doctor should check the nerves there.',
  },
  {
    // Non-mechanical pain: seed 001, pain that "does not pass even in the absence of activity".
    id: 'no-relief-at-rest',
    outcome: soon,
    when: (a) => a.rest === 'no-relief',
    reason: () => 'Resting does not ease it and no position is comfortable. Pain from training eases when you rest.',
  },
  {
    // Soreness peaks at 24 to 72 hours and then eases [ACSM]; seed 001 "tendency to increase with time".
    id: 'worse-after-3-days',
    outcome: soon,
    when: (a) => a.trend === 'worse' && a.daysSince >= 3,
    reason: (a) => `${startedAgo(a.daysSince)} and is getting worse. Soreness from training eases after 3 days.`,
  },
  {
    // Soreness is gone by about 5 to 7 days [DOMS]; seed 001: more than 3 days is a reason to see a doctor.
    id: 'not-improving-after-7-days',
    outcome: soon,
    when: (a) => a.trend !== 'better' && a.daysSince >= 7,
    reason: (a) => `${startedAgo(a.daysSince)} and is not getting better. Most strains start to improve within a week.`,
  },
  {
    // Past any soreness window; most acute back pain improves greatly within two weeks [NHS-BP].
    id: 'lasting-14-days',
    outcome: soon,
    when: (a) => a.daysSince >= 14,
    reason: (a) => `You have had it for ${days(a.daysSince)}. Most back pain from training is much better within 2 weeks.`,
  },
];

const CHARACTER_SENTENCES = {
  dull: 'It is a dull ache',
  tight: 'It feels tight or stiff',
  sharp: 'It is a sharp or stabbing pain',
  shooting: 'It is a shooting or electric pain',
  burning: 'It is a burning pain',
} as const;

/** Soreness is the answer only when every part of its picture holds (clinical.md "Soreness or strain"). */
const SEVERE_FOR_SORENESS = 8;

/**
 * The soreness picture, part by part. Each strain rule is one way the picture breaks and says
 * why soreness does not explain it; each soreness rule is one part of the picture that holds.
 * Together they cover every answer, so a result always has a reason.
 */
const patternRules: Rule[] = [
  {
    // Strain: "sudden, during the movement; a twinge, pop or catch" [MOVE]; seed 001.
    id: 'sudden-moment',
    outcome: strain,
    when: (a) => a.suddenMoment,
    reason: () => 'You can name the moment it started, like a twinge, pop or catch. Soreness comes on gradually.',
  },
  {
    // Strain onset: "starts right after the traumatic movement" (seed 001).
    id: 'started-during-workout',
    outcome: strain,
    when: (a) => a.timing === 'during',
    reason: () => 'It started during the workout. Soreness comes on hours later.',
  },
  {
    // Soreness is tied to a workout, 12 to 24 hours after it [ACSM]; without that link, it is not soreness.
    id: 'not-linked-to-workout',
    outcome: strain,
    when: (a) => a.timing === 'unclear',
    reason: () => 'It is not clearly linked to a workout, so it is unlikely to be soreness from training.',
  },
  {
    // Character: soreness is dull, diffuse, stiff; strain is sharp (clinical.md table).
    id: 'sharp-pain',
    outcome: strain,
    when: (a) => a.character === 'sharp' || a.character === 'shooting' || a.character === 'burning',
    reason: (a) => `${CHARACTER_SENTENCES[a.character]}. Soreness feels like a dull ache or stiffness.`,
  },
  {
    // Strain is localised, often one side; soreness often both sides (clinical.md table).
    id: 'one-side',
    outcome: strain,
    when: (a) => a.side === 'one-side',
    reason: () => 'It is on one side only. Soreness is usually felt evenly across the muscles you trained.',
  },
  {
    // At rest: soreness hurts only on movement, "not when at rest" [DOMS]; strain hurts at rest too (seed 001).
    id: 'aches-at-rest',
    outcome: strain,
    when: (a) => a.rest === 'partly',
    reason: () => 'It still aches when you rest. Soreness only hurts when you move or stretch.',
  },
  {
    // Where: soreness is "exactly the area that was loaded" (seed 001).
    id: 'not-where-you-trained',
    outcome: strain,
    when: (a) => !a.loadedArea,
    reason: () => 'It is not where your muscles worked hardest. Soreness is felt in the muscles you trained.',
  },
  {
    // Soreness stays where the muscles worked (seed 001); pain that travels leans away from it.
    id: 'spreads-to-buttock-or-thigh',
    outcome: strain,
    when: (a) => a.radiation === 'buttock-thigh',
    reason: () => 'It spreads into your buttock or thigh. Soreness stays in the muscles you trained.',
  },
  {
    // Muscle pain "more severe than expected" is not ordinary soreness [CDC].
    id: 'severe-pain',
    outcome: strain,
    when: (a) => a.severity >= SEVERE_FOR_SORENESS,
    reason: (a) => `You rated it ${a.severity} out of 10. That is more than training soreness usually brings.`,
  },
  {
    // Soreness peaks at 24 to 72 hours and eases [ACSM]; gone by about 5 to 7 days [DOMS].
    id: 'outlasting-soreness',
    outcome: strain,
    when: (a) => a.daysSince >= 7 || (a.daysSince >= 4 && a.trend !== 'better'),
    reason: (a) =>
      a.daysSince >= 7
        ? `${startedAgo(a.daysSince)}. Soreness is gone within about a week.`
        : `${startedAgo(a.daysSince)} and is not easing yet. Soreness eases after about 3 days.`,
  },
  {
    // Soreness onset: gradual, 12 to 24 hours after [ACSM]; "occurs the day after the workout" (seed 001).
    id: 'came-on-gradually',
    outcome: soreness,
    when: (a) => !a.suddenMoment && (a.timing === 'next-day' || a.timing === 'hours-after'),
    reason: (a) =>
      a.timing === 'next-day'
        ? 'It came on gradually, the day after the workout, as soreness does.'
        : 'It came on gradually, some hours after the workout, as soreness does.',
  },
  {
    // Soreness character: dull, diffuse, stiff (clinical.md table).
    id: 'dull-or-tight',
    outcome: soreness,
    when: (a) => a.character === 'dull' || a.character === 'tight',
    reason: (a) => `${CHARACTER_SENTENCES[a.character]}, as soreness does.`,
  },
  {
    // Soreness hurts on movement, "not when at rest" [DOMS].
    id: 'eases-at-rest',
    outcome: soreness,
    when: (a) => a.rest === 'eases',
    reason: () => 'It only hurts when you move or stretch, and is fine when you rest.',
  },
  {
    // Soreness is "exactly the area that was loaded" (seed 001), often both sides (clinical.md table).
    id: 'where-you-trained',
    outcome: soreness,
    when: (a) => a.loadedArea && a.radiation === 'none' && a.side !== 'one-side',
    reason: (a) =>
      a.side === 'both-sides'
        ? 'It is on both sides, in the muscles that worked hardest, and stays in your back.'
        : 'It is along the middle, in the muscles that worked hardest, and stays in your back.',
  },
  {
    // Course: eases within days, gone by 5 to 7 [ACSM] [DOMS].
    id: 'within-soreness-window',
    outcome: soreness,
    when: (a) => a.daysSince < 7 && (a.daysSince < 4 || a.trend === 'better'),
    reason: (a) =>
      a.trend === 'better'
        ? `${startedAgo(a.daysSince)} and is already easing.`
        : `${startedAgo(a.daysSince)}. Soreness is at its worst in the first 3 days, then eases.`,
  },
];

/**
 * Every rule, in order: emergency red flags, same-day, within-days, the other doctor rules,
 * then the soreness picture. Order is the order reasons are given in, within one outcome.
 */
export const rules: readonly Rule[] = [...redFlagRules, ...otherDoctorRules, ...patternRules];
