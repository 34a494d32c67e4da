import { rules, type Answers, type Triage } from '../triage';

/*
 * What every page says the same way: to the person, to their coach, and to anyone helping them
 * (docs/clinical-basis.md, "One voice on every page"). Each thing is written here once, so the
 * pages cannot drift apart.
 */

/** Who a line is said to: the person in pain, or someone reading about them. */
export type Voice = 'you' | 'they';

/** The five kinds of result a person can be given. */
export type ResultKind = 'soreness' | 'strain' | 'soon' | 'today' | 'emergency';

export const kindOf = (result: Triage): ResultKind => (result.level === 'doctor' ? result.urgency : result.level);

/** Rules v3: severe muscle pain after a workout that painkillers have not helped, an emergency department now. */
export const MUSCLE_EMERGENCY_RULE = 'muscle-pain-despite-painkillers';

const EMERGENCY_RULES = new Set(rules.filter((rule) => rule.outcome.level === 'doctor' && rule.outcome.urgency === 'emergency').map((rule) => rule.id));

/**
 * An emergency from severe muscle pain alone, with no warning sign: every page says to go to an
 * emergency department now, and to call if they cannot get there safely (docs/clinical-basis.md).
 */
export const emergencyDepartmentOnly = (result: Triage) => {
  const emergencies = result.reasons.filter((reason) => EMERGENCY_RULES.has(reason.id));
  return emergencies.length > 0 && emergencies.every((reason) => reason.id === MUSCLE_EMERGENCY_RULE);
};

/** How soon, or what it is, in the words the person's page, the coach's part and the helper's part all use. */
export const MEANING: Record<ResultKind, string> = {
  soreness: 'normal soreness',
  strain: 'a strain',
  soon: 'see a doctor in the next few days',
  today: 'medical help today',
  emergency: 'now',
};

/**
 * The signs that mean calling the emergency number at once, in the order every page gives them.
 * Chest pain and breathlessness lead, as they do on the doctor pages [NHS-BP] [PE].
 */
export const CALL_AT_ONCE_SIGNS: readonly Record<Voice, string>[] = [
  { you: 'you get chest pain or shortness of breath, or cough up blood', they: 'they get chest pain or shortness of breath, or cough up blood' },
  { you: 'your pee turns dark brown or cola-coloured', they: 'their pee turns dark brown or cola-coloured' },
  { you: 'the sore muscles swell or go hard', they: 'the sore muscles swell or go hard' },
  { you: 'you get numbness around your genitals or bottom, or trouble peeing', they: 'they get numbness around their genitals or bottom, or trouble peeing' },
  { you: 'a leg goes weak or numb', they: 'a leg goes weak or numb' },
];

// Semicolons, as each sign has an "or" of its own.
const joinOr = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join('; ')}; or ${parts.at(-1) ?? ''}`);

/** "Call 999 at once if …": one sentence, the same signs, for whoever reads it. */
export const callAtOnce = (call: string, voice: Voice = 'you') => `Call ${call} at once if ${joinOr(CALL_AT_ONCE_SIGNS.map((sign) => sign[voice]))}.`;

/**
 * Heat or cold, said once and the same way on every page that mentions either: cold in the first
 * 2 days after a sudden strain, then whichever eases it [NHS-BP] (seed 001).
 */
export const HEAT_OR_COLD =
  'Heat or cold: in the first 2 days after a sudden strain, use cold, such as a cold pack wrapped in a cloth, and no heat. After that, use heat or cold, whichever eases it.';

/** Soreness is worst in the first 3 days, then eases, and is gone within about a week [ACSM] [DOMS]. */
export const SORENESS_FIRST_DAYS = 3;

/**
 * Soreness, said to fit the day: in the first 3 days, that it eases in 2 to 3; from day 4, where
 * it is soreness only because it is already easing, that it should be gone within about a week.
 */
export const sorenessCourse = (daysSince: number | undefined) =>
  (daysSince ?? 0) <= SORENESS_FIRST_DAYS
    ? {
        eases: 'Soreness usually eases in 2 to 3 days.',
        checkAgain: 'If it is not easing after 3 days, answer the questions again.',
        coach: 'Ask them to check again if it is not easing after 3 days.',
        helper: 'If it is not easing after 3 days, they can answer the questions again.',
      }
    : {
        eases: 'Soreness is usually gone within about a week of when it started.',
        checkAgain: 'If it is not gone within a week of when it started, answer the questions again, or see a doctor or physiotherapist.',
        coach: 'Ask them to check again if it is not gone within a week of when it started.',
        helper: 'If it is not gone within a week of when it started, they can answer the questions again, or see a doctor or physiotherapist.',
      };

/** Pain of 8 or more: the rules send it to a doctor unless it is clearly getting better (rules v3). */
export const SEVERE = 8;

/**
 * What a strain with pain of 8 or more is told, the same way on every page: in the first 3 days,
 * that it should start to ease; from day 4, where it is only a strain because it is getting
 * better, when to see a doctor. Never "if it is still 9, get seen today" beside "a strain".
 * Undefined where the pain is under 8.
 */
export function severeStrainWatch(answers: Partial<Answers>, voice: Voice): string | undefined {
  if ((answers.severity ?? 0) < SEVERE) return undefined;
  const they = voice === 'you' ? 'you' : 'they';
  if ((answers.daysSince ?? 0) <= SORENESS_FIRST_DAYS)
    return `Pain this strong needs watching. It should start to ease within 3 days of when it started: if it has not, or painkillers do not help, ${they} should get seen by a doctor that day.`;
  return `Pain this strong needs watching. ${voice === 'you' ? 'See' : 'They should see'} a doctor if it stops getting better, or if it is still ${SEVERE} out of 10 or more in 3 days.`;
}
