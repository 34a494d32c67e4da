import type { Answers, Triage } from '../triage';
import type { UnsureField } from '../triage/vocabulary';
import type { IsoDate } from '../dates/dates';
import { guidance, type GuidanceText } from '../i18n/en/guidance';
import { whenItBegan } from '../checks/recheck';
import { stages } from './stages';
import { moves, type Exercise } from './moves';
import { callAtOnce, emergencyDepartmentOnly, kindOf, MUSCLE_EMERGENCY_RULE, severeStrainWatch, sorenessCourse } from './one-voice';

export type { Exercise } from './moves';
export { callAtOnce } from './one-voice';

/*
 * What to do, what to avoid, when to train again and when to check again, for each result.
 * Every line rests on docs/clinical-basis.md, "What Backcheck tells people to do", and its sources. No medication
 * advice beyond "ask a pharmacist or doctor"; none of the seeds' myths (lactic acid,
 * flushing, kidney cleansing).
 */

export interface Section {
  id: string;
  heading: string;
  intro?: string;
  items: (string | Exercise)[];
  /** Ordered where the order matters, as in a programme from easiest to hardest. */
  ordered?: boolean;
  /** For later, not for today: the page folds it, so what to do now comes first. */
  later?: boolean;
}

type Activity = Answers['activity'];

export interface GuidanceContext {
  activity?: Activity | undefined;
  daysSince?: number | undefined;
  /** The local date the answers were given, which the days since it began count back from; undefined where a link does not say. */
  answeredOn?: IsoDate | undefined;
  /** The number to call, already phrased: "999", or "112 (or your local emergency number)". */
  callNumber: string;
  /** The answers the person was not sure of: their values in the answers are the careful ones. */
  unsure?: readonly UnsureField[] | undefined;
  /** The words to say it in: English unless the page passes its reader's. */
  text?: GuidanceText | undefined;
  /** When the pain began, as a date in the reader's language (checks/recheck.ts's whenItBegan with the page's words). */
  sayWhenItBegan?: ((daysSince: number, answeredOn: IsoDate | undefined) => string) | undefined;
}

const byActivity = (activity: Activity | undefined, lines: Record<Activity, string>) => lines[activity ?? 'other'];

const watchFor = (call: string, text: GuidanceText, { withCall = true } = {}): Section => ({
  id: 'see-a-doctor-if',
  heading: text.sectionHeadings.seeADoctorIf,
  items: [
    text.seeADoctorIf.worseOrNotBetter,
    text.seeADoctorIf.spreadsOrRestDoesNotEase,
    text.seeADoctorIf.feverOrBurning,
    // Said once a page: where what to do now already gives it, not again here.
    ...(withCall ? [callAtOnce(call, 'you', text)] : []),
  ],
});

/** The rules for severe pain that send a person to be seen today (rules v3; docs/clinical-basis.md, "Severe pain soon after a hard workout"). */
const SEVERE_TODAY_RULES = ['severe-delayed-muscle-pain', 'severe-unrelenting', 'severe-not-easing', 'severe-despite-painkillers'];

/**
 * Whether to ask about the blood test for muscle damage: only where the pain did not start at one
 * moment and followed a workout. A strain that began with a sudden twinge is never told to; where
 * the person was not sure of a sudden moment, the page says it only for the case that it did not.
 * `said` is what to say, and the same where it did not start at one moment: by default, that it
 * came on after a workout and to ask; just to ask, where the page has already said the first.
 */
function ckAdvice(answers: Partial<Answers>, unsure: readonly UnsureField[], said: { always: string; ifNotSudden: string }): string | undefined {
  if (answers.timing === undefined || answers.timing === 'unclear') return undefined;
  if (answers.suddenMoment === false) return said.always;
  if (unsure.includes('suddenMoment')) return said.ifNotSudden;
  return undefined;
}

/** The gentle stretches and moves for soreness, each with how to do it. */
function sorenessMoves(text: GuidanceText): Exercise[] {
  const { thighStretch, figure4, hipStretch, catCow, lyingTwist } = moves(text);
  return [thighStretch, figure4, hipStretch, catCow, lyingTwist];
}

function soreness({ activity, daysSince, callNumber }: GuidanceContext, text: GuidanceText): Section[] {
  const course = sorenessCourse(daysSince, text);
  const headings = text.sectionHeadings;
  const words = text.soreness;
  return [
    {
      id: 'do-now',
      heading: headings.doNow,
      items: [words.keepMoving, words.stretchGently, words.foamRoller],
    },
    {
      id: 'stretches',
      heading: headings.stretches,
      intro: words.stretchesIntro,
      items: sorenessMoves(text),
      later: true,
    },
    {
      id: 'avoid',
      heading: headings.avoid,
      items: [words.sameMusclesHard, byActivity(activity, words.avoid)],
    },
    {
      id: 'train-again',
      heading: headings.trainAgain,
      items: [words.trainWhenGone(course.eases), byActivity(activity, words.warmUp), words.afterSomethingNew],
    },
    {
      id: 'check-again',
      heading: headings.checkAgain,
      items: [course.checkAgain],
    },
    watchFor(callNumber, text),
  ];
}

/*
 * Seed 003's programme, easiest first, kept to what suits a back that is healing: V-ups and
 * jump squats load a sore back hard and fast, so they are left out; the twist waits until the
 * sharp pain has gone (seed 001: no twisting in the first days).
 */
function strengthProgramme(text: GuidanceText): Exercise[] {
  const programme = text.strengthProgramme;
  return [
    programme.superman,
    programme.deadBug,
    programme.balanceAndReach,
    programme.plankLegLifts,
    programme.singleLegBridge,
    programme.sidePlankLifts,
    programme.birdDog,
    programme.supermanPull,
    programme.singleLegDeadlift,
    programme.plankArmAndLegRaises,
  ];
}

/** Stop when the pain the person described comes back: sharp pain only for those who had it. */
const stopIf = (character: Answers['character'] | undefined, text: GuidanceText) =>
  character === 'sharp' || character === 'shooting' || character === 'burning' ? text.strain.stopIfSharpPain : text.strain.stopIfPain;

function strain(answers: Partial<Answers>, { activity, callNumber }: GuidanceContext, text: GuidanceText): Section[] {
  const headings = text.sectionHeadings;
  const words = text.strain;
  // The stages back to training, as the ladder has them (checks/ladder.ts): one text for both.
  const ladder = stages(text);
  const stageSteps: Exercise[] = ladder.map((stage) => ({
    name: stage.name,
    how: stage.moveOnWhen ? words.stageStep(stage.what, stage.moveOnWhen) : stage.what,
  }));
  // What to do now after a strain is stage 1 of the ladder: everyday activity and walking.
  const stage1 = ladder[0]?.what ?? '';
  const { catCow, figure4, lyingTwistLater } = moves(text);
  // Pain of 8 or more that the rules keep as a strain: watch it, in one message (rules v3).
  const watch = severeStrainWatch(answers, 'you', text);
  return [
    {
      id: 'do-now',
      heading: headings.doNow,
      items: [
        ...(watch ? [watch, callAtOnce(callNumber, 'you', text)] : []),
        words.stopTheExercise,
        words.restForNow(stage1),
        text.heatOrCold,
        text.painRelief,
      ],
    },
    {
      id: 'avoid',
      heading: headings.avoid,
      items: [byActivity(activity, words.avoid)],
    },
    {
      id: 'train-again',
      heading: headings.trainAgain,
      // Each thing once: how to come back lighter is stage 4's to say.
      intro: words.trainAgainIntro(stopIf(answers.character, text)),
      items: stageSteps,
      ordered: true,
      later: true,
    },
    {
      id: 'mobility',
      heading: headings.mobility,
      intro: words.mobilityIntro,
      items: [catCow, figure4, lyingTwistLater],
      later: true,
    },
    {
      id: 'build-strength',
      heading: headings.buildStrength,
      intro: words.buildStrengthIntro,
      items: strengthProgramme(text),
      ordered: true,
      later: true,
    },
    {
      id: 'check-again',
      heading: headings.checkAgain,
      items: [words.checkAgain],
    },
    watchFor(callNumber, text, { withCall: !watch }),
  ];
}

/** Rules that send a person to a doctor only because the pain has lasted, with no warning sign. */
const DURATION_RULES = ['lasting-14-days', 'not-improving-after-7-days', 'worse-after-3-days'];

function doctor(
  result: Extract<Triage, { level: 'doctor' }>,
  answers: Partial<Answers>,
  { daysSince, answeredOn, callNumber, unsure = [], sayWhenItBegan = whenItBegan }: GuidanceContext,
  text: GuidanceText,
): Section[] {
  const { urgency } = result;
  const headings = text.sectionHeadings;
  const words = text.doctor;
  const redFlags = answers.redFlags ?? [];
  const fired = (id: string) => result.reasons.some((reason) => reason.id === id);
  const severeToday = urgency === 'today' && SEVERE_TODAY_RULES.some(fired);
  const departmentOnly = emergencyDepartmentOnly(result);
  // The blood test for muscle damage, only where the pain did not start at one moment.
  const ck =
    severeToday || fired(MUSCLE_EMERGENCY_RULE)
      ? ckAdvice(answers, unsure, { always: text.ckAdvice.sayAndAsk, ifNotSudden: text.ckAdvice.sayAndAskIfNotSudden })
      : undefined;
  // The same, where the page has already said it came on after a hard workout.
  const ckAsk = ck ? ckAdvice(answers, unsure, { always: text.ckAdvice.ask, ifNotSudden: text.ckAdvice.askIfNotSudden }) : undefined;
  const hasWarningSign = result.reasons.some((reason) => reason.id.startsWith('red-flag-'));
  const onlyLasted = result.reasons.every((reason) => DURATION_RULES.includes(reason.id));
  const notLinked = answers.timing === 'unclear';
  // Said as a date, not "2 days ago": this is read on paper and from links, days after.
  const began = daysSince === undefined ? undefined : sayWhenItBegan(daysSince, answeredOn);
  // Heat is for later, not the first 2 days; and not a thing to weigh for pain that is seen today.
  const fresh = daysSince === undefined || daysSince <= 2;

  const todayItems = [
    severeToday ? (ck ? words.getSeenTodayAndCk(ck) : words.getSeenToday) : words.getHelpToday,
    ...(redFlags.includes('trauma') ? [words.seriousAccident(callNumber)] : []),
    // Confusion or drowsiness with an infection is a call to the emergency number [NHS-KI].
    ...(redFlags.includes('fever') || redFlags.includes('urinary') ? [words.confusedOrDrowsy(callNumber)] : []),
    // CDC first aid for suspected muscle breakdown: stop, drink more, water preferred, be checked [CDC].
    ...(severeToday ? [words.stopAndDrink] : []),
    callAtOnce(callNumber, 'you', text),
  ];

  const emergencyItems = departmentOnly
    ? [words.goToDepartment(callNumber), words.askSomeoneToTakeYou, words.askSomeoneToStay]
    : [words.callNow(callNumber), words.doNotDrive, words.keepStill, words.askSomeoneToStayUntilHelp];

  const now: Section =
    urgency === 'emergency'
      ? { id: 'do-now', heading: headings.doNow, items: emergencyItems }
      : urgency === 'today'
        ? { id: 'do-now', heading: headings.doNow, items: todayItems }
        : {
            id: 'do-now',
            heading: headings.doNow,
            items: [onlyLasted ? words.bookDoctorOrPhysio : words.bookDoctor, words.stayGentlyActive],
          };

  // Young athletes: a stress fracture of the spine is a common cause of pain that lasts [SPONDY].
  const youngAndLasting = answers.age !== undefined && answers.age < 18 && (daysSince ?? 0) >= 14;
  const young: Section[] = youngAndLasting
    ? [
        {
          id: 'young-athletes',
          heading: headings.youngAthletes,
          items: [words.youngStressFracture, words.youngTellSport, words.youngDecideWithDoctor],
        },
      ]
    : [];

  // Where the pain did not start at one moment: what makes muscle damage more likely [CDC].
  const loadJump = ck ? [words.loadJump] : [];
  // When it began, beside the warning signs where there are any, or beside how it is going.
  const whenLine = hasWarningSign ? words.tellWarningSigns : words.tellWhenAndTrend;
  const tell: Section =
    urgency === 'emergency'
      ? {
          id: 'tell-the-clinician',
          heading: departmentOnly ? headings.tellTheDepartment : headings.tellWhenYouCall,
          items: departmentOnly
            ? [words.tellSevereMusclePain, ...(ckAsk ? [ckAsk] : []), ...loadJump, words.tellYourAnswers]
            : [notLinked ? words.sayNotLinked : words.sayAfterTraining, words.sayWhenAndWhat, words.answerTheirQuestions],
        }
      : {
          id: 'tell-the-clinician',
          heading: headings.tellTheDoctor,
          items: [
            notLinked ? words.tellNotLinked : words.tellAfterTraining,
            ...(ck ? [words.tellMuchWorse, ...loadJump] : []),
            began === undefined ? whenLine.unknown : whenLine.began(began),
            words.showThisPage,
          ],
        };

  const meanwhile: string[] =
    urgency === 'emergency'
      ? // What to do now already says to stop exercising.
        [departmentOnly ? words.takeMedicinesList : words.haveMedicinesList]
      : [
          // What to do now already says to stop training until seen, for severe pain.
          ...(severeToday ? [] : [words.doNotTrainUntilSeen]),
          ...(fresh && !severeToday ? [text.heatOrCold] : []),
          text.painRelief,
          // The today list already ends with the signs to call about; say them once.
          ...(urgency === 'today' ? [] : [callAtOnce(callNumber, 'you', text)]),
        ];

  const meanwhileHeading = urgency !== 'emergency' ? headings.untilSeen : departmentOnly ? headings.onTheWay : headings.whileYouWait;
  return [now, tell, ...young, { id: 'avoid', heading: meanwhileHeading, items: meanwhile }];
}

export function guidanceFor(result: Triage, answers: Partial<Answers>, context: GuidanceContext): Section[] {
  const text = context.text ?? guidance;
  switch (result.level) {
    case 'soreness':
      return soreness(context, text);
    case 'strain':
      return strain(answers, context, text);
    case 'doctor':
      return doctor(result, answers, context, text);
  }
}

/** The answer, as the heading of the person's page says it; `number` is the bare number to call. */
export function resultHeading(result: Triage, number: string, text: GuidanceText = guidance): string {
  const kind = kindOf(result);
  if (kind !== 'emergency') return text.resultHeading[kind];
  return emergencyDepartmentOnly(result) ? text.resultHeading.emergencyDepartment : text.resultHeading.emergency(number);
}

/** The sentence under the heading: what the answer means. */
export function resultLead(result: Triage, answers: Partial<Answers>, call: string, text: GuidanceText = guidance): string {
  const lead = text.resultLead;
  switch (kindOf(result)) {
    case 'soreness':
      return lead.soreness;
    case 'strain':
      // Pain of 8 or more gets the watch first, not the promise that it passes.
      return severeStrainWatch(answers, 'you', text) ? lead.strainSevere : lead.strain;
    case 'emergency':
      return emergencyDepartmentOnly(result) ? lead.emergencyDepartment : lead.emergency(call);
    case 'today':
      return lead.today;
    case 'soon':
      return lead.soon;
  }
}
