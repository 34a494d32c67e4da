import { guidance, type GuidanceText } from '../i18n/en/guidance';
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

/**
 * How soon, or what it is, in the words the English heading of the person's page, the coach's lead
 * and the helper's lead all use (the tests hold them to it). Each language writes those leads as
 * whole sentences in its catalog, in its own words.
 */
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
export const callAtOnceSigns = (text: GuidanceText = guidance): readonly Record<Voice, string>[] => {
  const { chest, darkPee, swollenMuscles, numbness, weakLeg } = text.callAtOnceSigns;
  return [chest, darkPee, swollenMuscles, numbness, weakLeg];
};

/** The signs to call about, in English. */
export const CALL_AT_ONCE_SIGNS = callAtOnceSigns();

/** "Call 999 at once if …": one sentence, the same signs, for whoever reads it. */
export const callAtOnce = (call: string, voice: Voice = 'you', text: GuidanceText = guidance) =>
  text.callAtOnce(
    callAtOnceSigns(text).map((sign) => sign[voice]),
    call,
  );

/**
 * Heat or cold, said once and the same way on every page that mentions either: cold in the first
 * 2 days after a sudden strain, then whichever eases it [NHS-BP] (seed 001). In English here; a
 * page reads `heatOrCold` from its reader's text.
 */
export const HEAT_OR_COLD = guidance.heatOrCold;

/** Soreness is worst in the first 3 days, then eases, and is gone within about a week [ACSM] [DOMS]. */
export const SORENESS_FIRST_DAYS = 3;

/**
 * Soreness, said to fit the day: in the first 3 days, that it eases in 2 to 3; from day 4, where
 * it is soreness only because it is already easing, that it should be gone within about a week.
 */
export const sorenessCourse = (daysSince: number | undefined, text: GuidanceText = guidance) =>
  (daysSince ?? 0) <= SORENESS_FIRST_DAYS ? text.sorenessCourse.firstDays : text.sorenessCourse.later;

/** Pain of 8 or more: the rules send it to a doctor unless it is clearly getting better (rules v3). */
export const SEVERE = 8;

/**
 * What a strain with pain of 8 or more is told, the same way on every page: in the first 3 days,
 * that it should start to ease; from day 4, where it is only a strain because it is getting
 * better, when to see a doctor. Never "if it is still 9, get seen today" beside "a strain".
 * Undefined where the pain is under 8.
 */
export function severeStrainWatch(answers: Partial<Answers>, voice: Voice, text: GuidanceText = guidance): string | undefined {
  if ((answers.severity ?? 0) < SEVERE) return undefined;
  if ((answers.daysSince ?? 0) <= SORENESS_FIRST_DAYS) return text.severeStrainWatch.firstDays[voice];
  return text.severeStrainWatch.later[voice](SEVERE);
}
