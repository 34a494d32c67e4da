import type { Answers, Field } from './answers';
import type { SourceKey } from './sources';
import type { RedFlag, UnsureField } from './vocabulary';

export type Level = 'soreness' | 'strain' | 'doctor';
export type Urgency = 'emergency' | 'today' | 'soon';

/** What one rule says when it fires. */
export type Outcome = { level: 'soreness' } | { level: 'strain' } | { level: 'doctor'; urgency: Urgency };

/** What a rule is, in words: for the rules page, and for anyone checking the table by eye. */
export interface RuleDescription {
  /** Stable: reasons carry it, so links, tests, guidance and the rules page can refer to it. */
  id: string;
  /** A short name for the rule. */
  title: string;
  outcome: Outcome;
  /** The answer that sets it off, in plain words. */
  trigger: string;
  /** Why that answer leads to this result. */
  why: string;
  /** Where the rule comes from: keys of SOURCES. Never empty. */
  sources: readonly SourceKey[];
}

export interface Rule extends RuleDescription {
  /** The answers the condition reads; where the person was not sure of one, the reason must not state it. */
  reads: readonly Field[];
  when: (answers: Answers) => boolean;
  /** A plain sentence naming the answer behind the rule. */
  reason: (answers: Answers, doubted?: readonly UnsureField[]) => string;
  /** The sentence where the person was not sure of an answer the rule reads. */
  unsureReason?: (answers: Answers) => string;
  /**
   * Rules v3: the rule fires when it would for any answer the person might have meant to a field
   * they were not sure of, and its reason, given the fields doubted, says what they were not sure of.
   */
  doubtCounts?: true;
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

interface RedFlagEntry extends Omit<RuleDescription, 'id' | 'outcome'> {
  /** What the person has, said to them. */
  sentence: string;
}

const redFlag = (flag: RedFlag, outcome: Extract<Outcome, { level: 'doctor' }>, entry: RedFlagEntry): RedFlagRule => ({
  id: `red-flag-${flag}`,
  flag,
  outcome,
  ...entry,
  reads: ['redFlags'],
  when: (a) => a.redFlags.includes(flag),
  reason: () => entry.sentence,
});

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const startedAgo = (n: number) => (n === 0 ? 'It started today' : `It started ${days(n)} ago`);

/** What the person was not sure of, as a reason says it. */
export const NOT_SURE_OF: Record<UnsureField, string> = {
  suddenMoment: 'whether it started at one moment, like a twinge, pop or catch',
  loadedArea: 'whether it is where your muscles worked hardest',
  timing: 'when it started',
  radiation: 'whether the pain spreads',
  trend: 'whether it is getting better or worse',
};

const CAUDA_EQUINA_WHY =
  'With back pain, this can mean the nerves at the bottom of the spine are being pressed (cauda equina syndrome). That needs treatment within hours to protect the bladder, bowel and legs.';

const RED_FLAG_RISK_WHY =
  'a sign doctors look for because it makes a rare serious cause (a fracture, an infection or cancer) more likely. It is not an emergency, but a doctor should check within a few days.';

/**
 * Red flags, emergency first, then same day, then within days (docs/clinical-basis.md, "Get
 * help now" to "See a doctor within days"). The sentences name the sign and never a diagnosis, since serious causes
 * are rare even when a flag is present [HENSCHKE].
 */
export const redFlagRules: readonly RedFlagRule[] = [
  redFlag('saddle-numbness', emergency, {
    title: 'Numbness around the genitals or bottom',
    trigger: 'Numbness or tingling around the genitals, bottom, buttocks or inner thighs.',
    why: CAUDA_EQUINA_WHY,
    sources: ['NHS-BP', 'BASS'],
    sentence: 'You have numbness or tingling around your genitals, bottom or inner thighs.',
  }),
  redFlag('bladder-bowel', emergency, {
    title: 'New trouble with peeing or pooing',
    trigger: 'New trouble passing urine, leaking urine or stool, or not feeling when you need to go.',
    why: CAUDA_EQUINA_WHY,
    sources: ['NHS-BP', 'BASS'],
    sentence: 'You have new trouble passing urine, are leaking urine or stool, or cannot feel when you need to go.',
  }),
  redFlag('both-legs', emergency, {
    title: 'Pain or numbness down both legs',
    trigger: 'Pain, numbness or tingling that travels from the back down both legs (not sore leg muscles from training).',
    why: CAUDA_EQUINA_WHY,
    sources: ['NHS-BP', 'BASS'],
    sentence: 'You have pain, numbness or tingling that travels from your back down both legs.',
  }),
  redFlag('leg-weakness', emergency, {
    title: 'New weakness in a leg or foot',
    trigger: 'New weakness in a leg or foot: it gives way, the foot drags or slaps, or the person cannot stand on their toes or heels.',
    why: 'A nerve pressed hard enough to weaken a muscle needs an early opinion. Guidelines allow the same day for one leg; Backcheck treats it as an emergency to be safe.',
    sources: ['CKS', 'LOTH'],
    sentence: 'You have new weakness in a leg or foot.',
  }),
  redFlag('dark-urine', emergency, {
    title: 'Cola-coloured pee, or hardly any',
    trigger: 'Dark brown or cola-coloured urine (not just dark yellow), or hardly any urine for 12 hours despite drinking.',
    why: 'After hard exercise this can mean muscle is breaking down (exertional rhabdomyolysis), which can harm the kidneys and needs care straight away. It can start days after a new or heavy session, and the back muscles can be the ones affected.',
    sources: ['CDC', 'RHABDO-CASE'],
    sentence: 'Your pee is dark brown or cola-coloured, or you have hardly peed for 12 hours even though you are drinking.',
  }),
  redFlag('chest-symptoms', emergency, {
    title: 'Chest pain or breathlessness',
    trigger: 'Chest pain or pressure, shortness of breath, coughing up blood, pain spreading to the arm or jaw, or a cold sweat.',
    why: 'Back pain with any of these can come from the heart, a tear in the body’s main blood vessel (aortic dissection) or a clot in the lung (pulmonary embolism). Each needs emergency care.',
    sources: ['NHS-BP', 'HSE', 'PE'],
    sentence: 'You have chest pain or pressure, shortness of breath, are coughing up blood, have pain spreading to your arm or jaw, or a cold sweat.',
  }),
  redFlag('swollen-muscles', emergency, {
    title: 'Swollen or rock-hard back muscles',
    trigger: 'The sore back muscles are swollen, feel hard or tight as a drum, or the skin over them is numb.',
    why: 'After deadlifts, rowing or back extensions, pressure can build up inside the back muscles (compartment syndrome), and some people need an operation straight away. Swelling is also a sign of muscle breaking down (rhabdomyolysis).',
    sources: ['PCS', 'CDC'],
    sentence: 'Your sore back muscles are swollen, feel hard or tight as a drum, or the skin over them is numb.',
  }),
  redFlag('trauma', today, {
    title: 'It began with a fall or a blow',
    trigger: 'The pain began with a fall, a collision, a blow, or a weight landing on the person.',
    why: 'A bone may be broken, which a doctor should check the same day. A serious accident is a call to the emergency number.',
    sources: ['NHS-BP'],
    sentence: 'Your pain began with a fall, a collision, a blow or a weight landing on you.',
  }),
  redFlag('fever', today, {
    title: 'Fever or feeling unwell',
    trigger: 'A fever, chills, or feeling generally unwell.',
    why: 'Back pain with a fever can come from an infection, in the spine or the kidneys. In 1,000 people seen with back pain in an emergency department, fever was the strongest sign of a serious cause.',
    sources: ['SHAW', 'NHS-KI'],
    sentence: 'You have a fever or chills, or feel generally unwell.',
  }),
  redFlag('urinary', today, {
    title: 'Burning or blood when peeing, or pain in the side',
    trigger: 'Burning when passing urine, blood in the urine, or pain in the side below the ribs.',
    why: 'These point to the kidneys or bladder rather than the back muscles, and a kidney infection needs treatment the same day.',
    sources: ['SHAW', 'NHS-KI'],
    sentence: 'You have burning when you pass urine, blood in your urine, or pain in your side below the ribs.',
  }),
  redFlag('cannot-walk', today, {
    title: 'Cannot walk, or look after yourself',
    trigger: 'Cannot walk or stand, or cannot look after themselves because of the pain.',
    why: 'Pain that stops a person getting about or looking after themselves needs a doctor’s help the same day, whatever the cause.',
    sources: ['ARTICLE-WAIST'],
    sentence: 'You cannot walk or stand, or cannot look after yourself because of the pain.',
  }),
  redFlag('breathing-pain', today, {
    title: 'Sharp pain when breathing in',
    trigger: 'Sharp pain in the upper back, side or chest when breathing in deeply.',
    why: 'Most often this is a strained muscle between the ribs. But in runners a clot in the lung (pulmonary embolism) has started as one-sided shoulder-blade pain that is sharp on breathing in, and a collapsed lung hurts the same way. With breathlessness or coughing up blood, it is an emergency.',
    sources: ['PE-RUN', 'PE'],
    sentence: 'You have a sharp pain in your upper back, side or chest when you breathe in deeply.',
  }),
  redFlag('cancer-history', soon, {
    title: 'Has had cancer',
    trigger: 'Has had cancer.',
    why: `Having had cancer is ${RED_FLAG_RISK_WHY}`,
    sources: ['ACP2007', 'CKS'],
    sentence: 'You have had cancer.',
  }),
  redFlag('weight-loss', soon, {
    title: 'Weight loss without trying',
    trigger: 'Has lost weight without trying.',
    why: `Losing weight without trying is ${RED_FLAG_RISK_WHY}`,
    sources: ['ACP2007', 'CKS'],
    sentence: 'You have lost weight without trying.',
  }),
  redFlag('night-pain', soon, {
    title: 'Constant pain at night',
    trigger: 'Constant pain at night that no position eases.',
    why: `Pain from training eases with rest and a change of position. Pain that does not is ${RED_FLAG_RISK_WHY}`,
    sources: ['ACP2007', 'CKS'],
    sentence: 'You have constant pain at night that no position eases.',
  }),
  redFlag('steroids', soon, {
    title: 'Long-term steroids or thin bones',
    trigger: 'Takes steroid tablets long-term, or has osteoporosis (thinning bones).',
    why: `Thinner bones can break under training loads, so this is ${RED_FLAG_RISK_WHY}`,
    sources: ['ACP2007', 'CKS'],
    sentence: 'You take steroid tablets long-term, or have osteoporosis (thinning bones).',
  }),
  redFlag('immune', soon, {
    title: 'A weak immune system, or injecting drugs',
    trigger: 'A weakened immune system, or injects drugs.',
    why: `Both make an infection in the spine more likely, so this is ${RED_FLAG_RISK_WHY}`,
    sources: ['ACP2007', 'CKS'],
    sentence: 'You have a weakened immune system, or inject drugs.',
  }),
];

/**
 * Severe pain after a hard workout (docs/clinical-basis.md, "Severe pain after a hard workout").
 * The questionnaire asks whether painkillers have helped from this score up.
 */
export const SEVERE = 8;
const FIRST_DAYS = 3;
/** Past this, severe pain is long-standing pain, and the duration rules apply. */
const SEVERE_WINDOW = 13;
/** How long after a workout muscle breakdown or pressure in the muscles is still the likely picture. */
const MUSCLE_DAMAGE_DAYS = 7;
const linkedToWorkout = (a: Answers) => a.timing !== 'unclear';
const painkillersFailed = (a: Answers) => a.painkillers === 'not-helped';

const CAME_ON: Record<Answers['timing'], string> = {
  during: 'during the workout',
  'hours-after': 'some hours after the workout',
  'next-day': 'the day after the workout',
  unclear: 'with no clear link to a workout',
};

/** "You were not sure whether …, or whether …": what the person was not sure of, never as fact. */
const notSureOf = (doubted: readonly UnsureField[]) => {
  const parts = doubted.map((field) => NOT_SURE_OF[field]);
  return `You were not sure ${parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')}, or ${parts.at(-1) ?? ''}`}`;
};

const listAnd = (parts: readonly string[]) => (parts.length < 3 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1) ?? ''}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What was not sure, if anything, then what is known for sure, then why: one builder for both kinds of reason. */
const severeReason =
  (known: (a: Answers, doubted: readonly UnsureField[]) => string[], then: string) =>
  (a: Answers, doubted: readonly UnsureField[] = []): string => {
    const facts = `${capitalise(listAnd(known(a, doubted)))}. ${then}`;
    return doubted.length === 0 ? facts : `${notSureOf(doubted)}. ${facts}`;
  };

const rated = (a: Answers) => `you rated it ${a.severity} out of 10`;

/**
 * The five rules where "I'm not sure" counts toward the more serious answer (rules v3): each
 * fires when it would for some answer the person might have meant. Every other rule keeps the
 * careful value.
 */
const severePainRules: Rule[] = [
  {
    id: 'muscle-pain-despite-painkillers',
    title: 'Severe muscle pain after a workout that painkillers have not helped',
    outcome: emergency,
    trigger: `${SEVERE} out of 10 or worse; painkillers taken and they have not helped; no sudden moment; linked to a workout; and ${MUSCLE_DAMAGE_DAYS} days or fewer since it started.`,
    why: 'Pain out of all proportion that painkillers do not touch is the first sign of pressure building up inside the back muscles (compartment syndrome), which can need an operation straight away. After a hard session it is also how muscle breaking down (rhabdomyolysis) shows itself. Both need an emergency department.',
    sources: ['PCS', 'CDC', 'RHABDO-CASE'],
    reads: ['severity', 'painkillers', 'suddenMoment', 'timing', 'daysSince'],
    doubtCounts: true,
    when: (a) => a.severity >= SEVERE && painkillersFailed(a) && !a.suddenMoment && linkedToWorkout(a) && a.daysSince <= MUSCLE_DAMAGE_DAYS,
    reason: severeReason(
      (a, doubted) => [
        rated(a),
        ...(doubted.includes('suddenMoment') ? [] : ['it did not start at one moment']),
        ...(doubted.includes('timing') ? [] : [`it came on ${CAME_ON[a.timing]}`]),
        'painkillers have not helped',
      ],
      'Muscle pain this bad after a workout, that painkillers do not touch, needs an emergency department now.',
    ),
  },
  {
    id: 'severe-delayed-muscle-pain',
    title: 'Severe muscle pain in the days after a hard workout',
    outcome: today,
    trigger: `No sudden moment; it came on some hours or a day after the workout, in the muscles that worked hardest; ${SEVERE} out of 10 or worse; and ${FIRST_DAYS} days or fewer since it started.`,
    why: 'Muscle breaking down (exertional rhabdomyolysis) and pressure building up in the back muscles (compartment syndrome) start like soreness, but far worse. Cases after deadlifts, back extensions, rowing and spin classes have ended in hospital. A simple blood test for muscle damage (CK) finds it, so it should be checked the same day.',
    sources: ['CDC', 'PCS', 'RHABDO-CASE'],
    reads: ['suddenMoment', 'timing', 'loadedArea', 'severity', 'daysSince'],
    doubtCounts: true,
    when: (a) =>
      !a.suddenMoment && (a.timing === 'hours-after' || a.timing === 'next-day') && a.loadedArea && a.severity >= SEVERE && a.daysSince <= FIRST_DAYS,
    reason: severeReason(
      (a, doubted) => [
        rated(a),
        ...(doubted.includes('loadedArea') ? [] : ['in the muscles you trained']),
        ...(doubted.includes('timing') ? [] : [`it came on ${CAME_ON[a.timing]}`]),
      ],
      'Muscle pain this bad in the first days after a hard session should be checked today.',
    ),
  },
  {
    id: 'severe-unrelenting',
    title: 'Severe pain that nothing eases',
    outcome: today,
    trigger: `${SEVERE} out of 10 or worse, no better at rest or in any position, and ${SEVERE_WINDOW} days or fewer since it started.`,
    why: 'Pain that rest, a change of position and painkillers do not touch is how pressure in the back muscles (compartment syndrome) and muscle breaking down (rhabdomyolysis) have shown themselves, days after training as well as soon after. Pain this bad that nothing eases should be checked the same day, whatever started it.',
    sources: ['CDC', 'PCS'],
    reads: ['severity', 'rest', 'daysSince'],
    doubtCounts: true,
    when: (a) => a.severity >= SEVERE && a.rest === 'no-relief' && a.daysSince <= SEVERE_WINDOW,
    reason: severeReason(
      (a) => [rated(a), 'nothing eases it', startedAgo(a.daysSince).toLowerCase()],
      'Pain this bad that nothing eases should be checked today.',
    ),
  },
  {
    id: 'severe-not-easing',
    title: 'Severe pain that is not easing after 3 days',
    outcome: today,
    trigger: `${SEVERE} out of 10 or worse, 4 to ${SEVERE_WINDOW} days since it started, and not getting better.`,
    why: 'Soreness is at its worst in the first 3 days and then eases, and a strain should be starting to ease too. Severe pain that is not easing by then is not what training does, and a lifter whose soreness turned into constant 9 out of 10 pain on day 4 needed an emergency department. It should be checked the same day.',
    sources: ['ACSM', 'CDC', 'PCS'],
    reads: ['severity', 'daysSince', 'trend'],
    doubtCounts: true,
    when: (a) => a.severity >= SEVERE && a.daysSince > FIRST_DAYS && a.daysSince <= SEVERE_WINDOW && a.trend !== 'better',
    reason: severeReason(
      (a, doubted) => [
        rated(a),
        startedAgo(a.daysSince).toLowerCase(),
        ...(doubted.includes('trend') ? [] : [a.trend === 'worse' ? 'it is getting worse' : 'it is not getting better']),
      ],
      'Pain this bad should be easing after 3 days, so it should be checked today.',
    ),
  },
  {
    id: 'severe-despite-painkillers',
    title: 'Severe pain that painkillers have not helped',
    outcome: today,
    trigger: `${SEVERE} out of 10 or worse, painkillers taken and they have not helped, and ${SEVERE_WINDOW} days or fewer since it started.`,
    why: 'Pain out of proportion that painkillers do not relieve is a classic early sign of pressure building up in the muscles (compartment syndrome). After a sudden twinge it is more likely a bad strain, but pain this bad still needs a doctor the same day.',
    sources: ['PCS'],
    reads: ['severity', 'painkillers', 'daysSince'],
    doubtCounts: true,
    when: (a) => a.severity >= SEVERE && painkillersFailed(a) && a.daysSince <= SEVERE_WINDOW,
    reason: severeReason((a) => [rated(a), 'painkillers have not helped'], 'Pain this bad that painkillers do not ease should be checked today.'),
  },
];

/**
 * The doctor rules that are not warning signs: severe pain after a hard workout, age, and the
 * other reasons to see a doctor (docs/clinical-basis.md).
 */
const otherDoctorRules: Rule[] = [
  ...severePainRules,
  {
    id: 'over-50-not-linked',
    title: 'Aged 50 or over, and not linked to a workout',
    outcome: soon,
    trigger: 'Aged 50 or over, and the pain is not clearly linked to a workout.',
    why: 'From 50, a rare serious cause of back pain, such as cancer, becomes more likely, and pain that did not follow a workout has no training to explain it.',
    sources: ['ACP2007'],
    reads: ['age', 'timing'],
    when: (a) => a.age !== undefined && a.age >= 50 && a.timing === 'unclear',
    reason: (a) =>
      `You are ${a.age ?? 50}, and the pain is not clearly linked to a workout. From 50, a doctor should check back pain that training does not explain.`,
  },
  {
    id: 'pain-below-knee',
    title: 'Pain spreading below the knee',
    outcome: soon,
    trigger: 'The pain spreads below the knee, into the calf or foot.',
    why: 'This is how a pressed nerve in the back (sciatica) shows itself. It usually settles within 4 to 6 weeks, but a doctor should check the nerves.',
    sources: ['ARTICLE-WAIST', 'ARTICLE-RUNNING', 'NHS-SC'],
    reads: ['radiation'],
    when: (a) => a.radiation === 'below-knee',
    reason: () => 'The pain spreads below your knee. A doctor should check the nerves there.',
  },
  {
    id: 'no-relief-at-rest',
    title: 'No relief at rest',
    outcome: soon,
    trigger: 'Resting does not help, or no position is comfortable.',
    why: 'Pain from working muscles eases when they rest. Pain that does not may have another cause.',
    sources: ['ARTICLE-WAIST'],
    reads: ['rest'],
    when: (a) => a.rest === 'no-relief',
    reason: () => 'Resting does not ease it and no position is comfortable. Pain from training eases when you rest.',
  },
  {
    id: 'worse-after-3-days',
    title: 'Getting worse after 3 days',
    outcome: soon,
    trigger: 'It is getting worse, and 3 or more days have passed since it started.',
    why: 'Soreness is at its worst 1 to 3 days after a workout and then eases. Pain that keeps growing after that is not soreness.',
    sources: ['ACSM', 'ARTICLE-WAIST'],
    reads: ['trend', 'daysSince'],
    when: (a) => a.trend === 'worse' && a.daysSince >= 3,
    reason: (a) => `${startedAgo(a.daysSince)} and is getting worse. Soreness from training eases after 3 days.`,
  },
  {
    id: 'not-improving-after-7-days',
    title: 'Not getting better after a week',
    outcome: soon,
    trigger: 'It is not getting better, and 7 or more days have passed since it started.',
    why: 'Soreness is gone within about 5 to 7 days, and most strains have started to improve within a week.',
    sources: ['DOMS', 'ARTICLE-WAIST'],
    reads: ['trend', 'daysSince'],
    when: (a) => a.trend !== 'better' && a.daysSince >= 7,
    reason: (a) => `${startedAgo(a.daysSince)} and is not getting better. Most strains start to improve within a week.`,
    unsureReason: (a) =>
      `${startedAgo(a.daysSince)}, and you were not sure whether it is getting better, so Backcheck took the careful answer. Most strains start to improve within a week.`,
  },
  {
    id: 'lasting-14-days',
    title: 'Still there after 2 weeks',
    outcome: soon,
    trigger: '14 or more days have passed since it started.',
    why: 'Most back pain from training is much better within 2 weeks, well past the time soreness lasts.',
    sources: ['NHS-BP'],
    reads: ['daysSince'],
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

/**
 * The soreness picture, part by part (docs/clinical-basis.md, "A likely strain" and "Normal soreness"). Each strain rule is
 * one way the picture breaks and says why soreness does not explain it; each soreness rule is
 * one part of the picture that holds. Together they cover every answer, so a result always
 * has a reason. Soreness is the answer only when every part holds.
 */
const patternRules: Rule[] = [
  {
    id: 'sudden-moment',
    title: 'A sudden start',
    outcome: strain,
    trigger: 'The person can name the moment it started: a twinge, a pop, a catch, or a feeling that something went.',
    why: 'A strain starts at one moment, during the movement that caused it. Soreness comes on gradually.',
    sources: ['MOVE', 'ARTICLE-WAIST'],
    reads: ['suddenMoment'],
    when: (a) => a.suddenMoment,
    reason: () => 'You can name the moment it started, like a twinge, pop or catch. Soreness comes on gradually.',
    unsureReason: () =>
      'You were not sure whether it started at one moment, like a twinge, pop or catch, so Backcheck took the careful answer. A strain starts that way; soreness comes on gradually.',
  },
  {
    id: 'started-during-workout',
    title: 'It started during the workout',
    outcome: strain,
    trigger: 'The pain started during the workout.',
    why: 'A strain starts right after the movement that caused it. Soreness comes on 12 to 24 hours later.',
    sources: ['ARTICLE-WAIST', 'ACSM'],
    reads: ['timing'],
    when: (a) => a.timing === 'during',
    reason: () => 'It started during the workout. Soreness comes on hours later.',
  },
  {
    id: 'not-linked-to-workout',
    title: 'Not linked to a workout',
    outcome: strain,
    trigger: 'The pain is not clearly linked to a workout.',
    why: 'Soreness follows a workout, 12 to 24 hours after it. Without that link, it is not soreness.',
    sources: ['ACSM'],
    reads: ['timing'],
    when: (a) => a.timing === 'unclear',
    reason: () => 'It is not clearly linked to a workout, so it is unlikely to be soreness from training.',
  },
  {
    id: 'sharp-pain',
    title: 'Sharp, shooting or burning pain',
    outcome: strain,
    trigger: 'The pain is sharp or stabbing, shooting or electric, or burning.',
    why: 'Soreness feels like a dull ache or stiffness spread over the muscles. A strain is sharper.',
    sources: ['MOVE', 'DOMS'],
    reads: ['character'],
    when: (a) => a.character === 'sharp' || a.character === 'shooting' || a.character === 'burning',
    reason: (a) => `${CHARACTER_SENTENCES[a.character]}. Soreness feels like a dull ache or stiffness.`,
  },
  {
    id: 'one-side',
    title: 'On one side only',
    outcome: strain,
    trigger: 'The pain is on one side only.',
    why: 'A strain is usually in one spot, often on one side. Soreness is spread over the muscles that worked, often on both sides.',
    sources: ['MOVE', 'DOMS'],
    reads: ['side'],
    when: (a) => a.side === 'one-side',
    reason: () => 'It is on one side only. Soreness is usually felt evenly across the muscles you trained.',
  },
  {
    id: 'aches-at-rest',
    title: 'It aches at rest',
    outcome: strain,
    trigger: 'It is better at rest, but still aches.',
    why: 'Soreness hurts when the muscles move or stretch, not at rest. A strain aches at rest too.',
    sources: ['DOMS', 'ARTICLE-WAIST'],
    reads: ['rest'],
    when: (a) => a.rest === 'partly',
    reason: () => 'It still aches when you rest. Soreness only hurts when you move or stretch.',
  },
  {
    id: 'not-where-you-trained',
    title: 'Not where the muscles worked hardest',
    outcome: strain,
    trigger: 'The pain is not where the muscles worked hardest in that workout.',
    why: 'Soreness is felt exactly in the muscles that were loaded.',
    sources: ['ARTICLE-WAIST'],
    reads: ['loadedArea'],
    when: (a) => !a.loadedArea,
    reason: () => 'It is not where your muscles worked hardest. Soreness is felt in the muscles you trained.',
    unsureReason: () =>
      'You were not sure whether it is where your muscles worked hardest, so Backcheck took the careful answer. Soreness is felt in the muscles you trained.',
  },
  {
    id: 'spreads-to-buttock-or-thigh',
    title: 'Spreads into a buttock or thigh',
    outcome: strain,
    trigger: 'The pain spreads into a buttock or thigh, but not past the knee.',
    why: 'Soreness stays in the muscles that worked. Pain that travels leans away from it.',
    sources: ['ARTICLE-WAIST'],
    reads: ['radiation'],
    when: (a) => a.radiation === 'buttock-thigh',
    reason: () => 'It spreads into your buttock or thigh. Soreness stays in the muscles you trained.',
  },
  {
    id: 'severe-pain',
    title: `${SEVERE} out of 10 or worse`,
    outcome: strain,
    trigger: `The worst pain in the last 24 hours is ${SEVERE} out of 10 or more.`,
    why: 'Muscle pain more severe than expected is not ordinary soreness. Where nothing eases it, it is not easing after 3 days, painkillers have not helped, or it came on in the first days after a hard workout, the rules above send it to a doctor.',
    sources: ['CDC'],
    reads: ['severity'],
    when: (a) => a.severity >= SEVERE,
    reason: (a) => `You rated it ${a.severity} out of 10. That is more than training soreness usually brings.`,
  },
  {
    id: 'outlasting-soreness',
    title: 'Lasting longer than soreness does',
    outcome: strain,
    trigger: '7 or more days since it started, or 4 or more days and not getting better.',
    why: 'Soreness is at its worst in the first 3 days, then eases, and is gone within about a week.',
    sources: ['ACSM', 'DOMS'],
    reads: ['daysSince', 'trend'],
    when: (a) => a.daysSince >= 7 || (a.daysSince >= 4 && a.trend !== 'better'),
    reason: (a) =>
      a.daysSince >= 7
        ? `${startedAgo(a.daysSince)}. Soreness is gone within about a week.`
        : `${startedAgo(a.daysSince)} and is not easing yet. Soreness eases after about 3 days.`,
    unsureReason: (a) =>
      a.daysSince >= 7
        ? `${startedAgo(a.daysSince)}. Soreness is gone within about a week.`
        : `${startedAgo(a.daysSince)}, and you were not sure whether it is easing, so Backcheck took the careful answer. Soreness eases after about 3 days.`,
  },
  {
    id: 'came-on-gradually',
    title: 'It came on gradually, after the workout',
    outcome: soreness,
    trigger: 'No sudden moment, and it came on some hours or 1 to 3 days after the workout.',
    why: 'Soreness starts 12 to 24 hours after hard or unfamiliar work, and is at its worst after 1 to 3 days.',
    sources: ['ACSM', 'ARTICLE-WAIST', 'CHEUNG'],
    reads: ['suddenMoment', 'timing'],
    when: (a) => !a.suddenMoment && (a.timing === 'next-day' || a.timing === 'hours-after'),
    reason: (a) =>
      a.timing === 'next-day'
        ? 'It came on gradually, the day after the workout, as soreness does.'
        : 'It came on gradually, some hours after the workout, as soreness does.',
  },
  {
    id: 'dull-or-tight',
    title: 'A dull ache, or tight and stiff',
    outcome: soreness,
    trigger: 'The pain is a dull ache, or feels tight or stiff.',
    why: 'Soreness feels dull, spread out and stiff.',
    sources: ['DOMS'],
    reads: ['character'],
    when: (a) => a.character === 'dull' || a.character === 'tight',
    reason: (a) => `${CHARACTER_SENTENCES[a.character]}, as soreness does.`,
  },
  {
    id: 'eases-at-rest',
    title: 'Fine at rest',
    outcome: soreness,
    trigger: 'It only hurts when moving, bending or stretching, and is fine at rest.',
    why: 'Soreness hurts when the muscles move, not when they rest.',
    sources: ['DOMS'],
    reads: ['rest'],
    when: (a) => a.rest === 'eases',
    reason: () => 'It only hurts when you move or stretch, and is fine when you rest.',
  },
  {
    id: 'where-you-trained',
    title: 'In the muscles that worked',
    outcome: soreness,
    trigger: 'It is where the muscles worked hardest, stays in the back, and is along the middle or on both sides.',
    why: 'Soreness is felt exactly where the muscles were loaded, often on both sides.',
    sources: ['ARTICLE-WAIST', 'DOMS'],
    reads: ['loadedArea', 'radiation', 'side'],
    when: (a) => a.loadedArea && a.radiation === 'none' && a.side !== 'one-side',
    reason: (a) =>
      a.side === 'both-sides'
        ? 'It is on both sides, in the muscles that worked hardest, and stays in your back.'
        : 'It is along the middle, in the muscles that worked hardest, and stays in your back.',
  },
  {
    id: 'within-soreness-window',
    title: 'Within the days soreness lasts',
    outcome: soreness,
    trigger: 'Fewer than 4 days since it started, or fewer than 7 and getting better.',
    why: 'Soreness is at its worst 1 to 3 days after a workout and gone within 5 to 7 days.',
    sources: ['ACSM', 'DOMS'],
    reads: ['daysSince', 'trend'],
    when: (a) => a.daysSince < 7 && (a.daysSince < 4 || a.trend === 'better'),
    reason: (a) =>
      a.trend === 'better'
        ? `${startedAgo(a.daysSince)} and is already easing.`
        : `${startedAgo(a.daysSince)}. Soreness is at its worst in the first 3 days, then eases.`,
    // A trend the person was not sure of holds "the same", which this sentence never states.
    unsureReason: (a) => `${startedAgo(a.daysSince)}. Soreness is at its worst in the first 3 days, then eases.`,
  },
];

/**
 * Every rule, in order: emergency, same day, within days (warning signs before the other
 * doctor rules within each), then the soreness picture. Order is the order reasons are given
 * in, within one outcome. Array.prototype.sort is stable, so the table order holds within one urgency.
 */
export const rules: readonly Rule[] = [
  ...[...redFlagRules, ...otherDoctorRules].sort((a, b) => seriousness(b.outcome) - seriousness(a.outcome)),
  ...patternRules,
];

/** Not a rule of its own: what is said when the soreness picture holds only in part. */
export const mixedPicture: RuleDescription = {
  id: 'mixed-picture',
  title: 'Some answers fit soreness, others do not',
  outcome: strain,
  trigger: 'At least one answer fits the soreness picture and at least one breaks it.',
  why: 'Soreness explains back pain only when every part of its picture holds. Anything sudden, sharp, one-sided or aching at rest leans to a strain.',
  sources: ['MOVE', 'DOMS'],
};
