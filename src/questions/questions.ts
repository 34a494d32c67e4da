import * as z from 'zod/mini';
import type { Answers } from '../triage';
import { FIRST_PAGE_ID } from './first-page-id';
import { AGE_RANGE, DAYS_SINCE_RANGE, UNSURE_FIELDS, type RedFlag, type UnsureField } from '../triage/vocabulary';

/*
 * Every question, in the order asked, as data. The pages, the flow, the saved-progress
 * schema and the check-answers summary are all derived from this file.
 */

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface QuestionBase {
  id: string;
  /** The contract field this question answers. */
  field: keyof Answers;
  /** The question as asked; on a one-question page it is the page heading. */
  legend: string;
  hint?: string;
  /** Short name for the check-answers summary. */
  summary: string;
  /** Shown when the person continues without answering, in GOV.UK's voice. */
  required: string;
  /**
   * In a re-check: `carried` over from the last check (or, for the days, worked out from its
   * date) and never asked; `derived` from the new answers, which the person may correct.
   */
  recheck?: 'carried' | 'derived';
}

export interface RadiosQuestion extends QuestionBase {
  kind: 'radios';
  options: Option[];
  /** Short options side by side, as on a 0 to 10 scale. */
  inline?: boolean;
  /** A picture of the back beside the options, to tap as well as read. */
  backDiagram?: boolean;
  toAnswers: (choice: string) => Partial<Answers>;
}

export interface CheckboxesQuestion extends QuestionBase {
  kind: 'checkboxes';
  options: Option[];
  toAnswers: (choices: string[]) => Partial<Answers>;
}

export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  min: number;
  max: number;
  optional: boolean;
  /** Shown when the number is not whole or out of range. */
  invalid: string;
  /** The unit after the number: beside the box, and in the summary ("1 day", "3 days"). */
  suffix?: { one: string; other: string };
  toAnswers: (choice: string) => Partial<Answers>;
}

export type Question = RadiosQuestion | CheckboxesQuestion | NumberQuestion;

/** A re-check in progress: what it carries over from the last check, and what it works out. */
export interface RecheckContext {
  carried: Partial<Answers>;
  carriedUnsure: UnsureField[];
  daysSince: number;
  /** The pain at the last check, to tell whether it is getting better. */
  lastSeverity: number;
  /** The dates of the last check and of today, `YYYY-MM-DD`. */
  lastDate: string;
  today: string;
}

export interface FlowContext {
  /** The sport a coach's link filled in, if any. */
  coachActivity?: Answers['activity'] | undefined;
  recheck?: RecheckContext | undefined;
}

export interface Page {
  id: string;
  /** Needed only where a page has more than one question. */
  heading?: string;
  questions: Question[];
  showIf?: (context: FlowContext) => boolean;
  /** Asked only when the answers so far call for it; a choice kept from when it was asked counts for nothing once it is not. */
  askIf?: (choices: Choices) => boolean;
  /** True when these answers end the questionnaire at once with an emergency result. */
  stopsForEmergency?: (choices: Choices) => boolean;
}

/** What the person chose, question by question: radios and numbers as text, checkboxes as lists. */
export type Choices = Partial<Record<string, string | string[]>>;

/**
 * Severe pain, as the rules count it (SEVERE in triage/rules.ts; a test holds the two together).
 * Written here, not imported, so the question pages do not load the rules table.
 */
const SEVERE_PAIN = 8;

export const NONE = 'none';
export const NOT_SURE = 'not-sure';

const radios = <V extends string>(
  question: Omit<RadiosQuestion, 'kind' | 'toAnswers'> & { options: (Option & { value: V })[]; answerFor?: (choice: V) => Answers[keyof Answers] },
): RadiosQuestion => {
  const { answerFor, ...rest } = question;
  return { ...rest, kind: 'radios', toAnswers: (choice) => ({ [question.field]: answerFor ? answerFor(choice as V) : choice }) };
};

const redFlagCheckboxes = (
  question: Omit<CheckboxesQuestion, 'kind' | 'toAnswers' | 'options' | 'field'> & { options: (Option & { value: RedFlag })[] },
): CheckboxesQuestion => ({
  ...question,
  field: 'redFlags',
  kind: 'checkboxes',
  options: [...question.options, { value: NONE, label: 'None of these' }],
  toAnswers: (choices) => ({ redFlags: choices.filter((choice): choice is RedFlag => choice !== NONE) }),
});

const yesNoNotSure = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: NOT_SURE, label: 'I’m not sure' },
] as const;

export const EMERGENCY_SIGNS_ID = 'emergencySigns';

export const pages: Page[] = [
  {
    id: FIRST_PAGE_ID,
    questions: [
      redFlagCheckboxes({
        id: EMERGENCY_SIGNS_ID,
        legend: 'Do you have any of these right now?',
        hint: 'These are rare, but they need help straight away. Select all that apply.',
        summary: 'Urgent warning signs',
        required: 'Select any signs you have, or select ‘None of these’',
        options: [
          {
            value: 'saddle-numbness',
            label: 'Numbness or tingling around your genitals, bottom or inner thighs',
            hint: 'The skin there feels numb, as if it has gone to sleep. This is not the same as sore buttock muscles.',
          },
          {
            value: 'bladder-bowel',
            label: 'New trouble peeing, leaking pee or poo, or not feeling when you need to go',
            hint: 'Something new for you, such as not being able to start peeing.',
          },
          {
            value: 'both-legs',
            label: 'Pain, numbness or tingling that travels from your back down both legs',
            hint: 'Not sore leg muscles from training, such as tight hamstrings after deadlifts.',
          },
          {
            value: 'leg-weakness',
            label: 'New weakness in a leg or foot',
            hint: 'It gives way, your foot drags or slaps, or you cannot stand on your toes or heels. Not legs that feel tired or heavy after a hard session.',
          },
          {
            value: 'dark-urine',
            label: 'Dark brown or cola-coloured pee, or hardly any pee for 12 hours even though you are drinking',
            hint: 'Not just dark yellow pee, which usually means you need to drink more.',
          },
          {
            value: 'chest-symptoms',
            label: 'Chest pain or pressure, shortness of breath, coughing up blood, pain spreading to your arm or jaw, or a cold sweat',
            hint: 'Not being out of breath from hard exercise that settles when you stop.',
          },
          {
            value: 'swollen-muscles',
            label: 'Your sore back muscles are swollen, hard or tight as a drum, or the skin over them is numb',
            hint: 'Much more than the usual stiffness after training: they look swollen or feel rock-hard when you press them.',
          },
        ],
      }),
    ],
    stopsForEmergency: (choices) => (choices[EMERGENCY_SIGNS_ID] ?? []).length > 0 && !(choices[EMERGENCY_SIGNS_ID] ?? []).includes(NONE),
  },
  {
    id: 'where',
    heading: 'Where does it hurt?',
    questions: [
      radios({
        id: 'area',
        recheck: 'carried',
        field: 'area',
        legend: 'Which part of your back?',
        summary: 'Where in your back',
        required: 'Select which part of your back hurts',
        backDiagram: true,
        options: [
          { value: 'lower', label: 'Lower back', hint: 'Around your waist, above your buttocks' },
          { value: 'middle', label: 'Middle back', hint: 'Behind your lower ribs' },
          { value: 'upper', label: 'Upper back', hint: 'Between your shoulder blades' },
        ],
      }),
      radios({
        id: 'side',
        recheck: 'carried',
        field: 'side',
        legend: 'Which side?',
        summary: 'Which side',
        required: 'Select which side hurts',
        options: [
          { value: 'center', label: 'Along the middle, over the spine' },
          { value: 'one-side', label: 'On one side only' },
          { value: 'both-sides', label: 'On both sides' },
        ],
      }),
    ],
  },
  {
    id: 'workout',
    showIf: (context) => context.coachActivity === undefined,
    questions: [
      radios({
        id: 'activity',
        recheck: 'carried',
        field: 'activity',
        legend: 'What was the workout before the pain started?',
        summary: 'What you were doing',
        required: 'Select the workout you did',
        options: [
          { value: 'lifting', label: 'Weights or CrossFit' },
          { value: 'running', label: 'Running' },
          { value: 'cycling', label: 'Cycling or spinning' },
          { value: 'sport', label: 'A field, court or contact sport', hint: 'For example football, rugby, tennis or basketball' },
          { value: 'other', label: 'Something else', hint: 'For example swimming, yoga or a class' },
        ],
      }),
    ],
  },
  {
    id: 'onset',
    heading: 'How did it start?',
    questions: [
      radios({
        id: 'timing',
        recheck: 'carried',
        field: 'timing',
        legend: 'When did the pain start?',
        summary: 'When it started',
        required: 'Select when the pain started',
        options: [
          { value: 'during', label: 'During the workout' },
          { value: 'hours-after', label: 'Within a few hours after it' },
          { value: 'next-day', label: 'Gradually, 1 to 3 days after it', hint: 'For example, you woke up sore or stiff' },
          { value: 'unclear', label: 'It is not clearly linked to a workout' },
        ],
      }),
      radios({
        id: 'suddenMoment',
        recheck: 'carried',
        field: 'suddenMoment',
        legend: 'Can you name the moment it started?',
        hint: 'For example a twinge, a pop, a catch, or a feeling that something went during a movement',
        summary: 'Could you name the moment it started?',
        required: 'Select yes if you can name the moment it started',
        options: [...yesNoNotSure],
        // Not sure counts as yes: a sudden start is the sign of a strain, and doubt should get the more careful advice.
        answerFor: (choice) => choice !== 'no',
      }),
    ],
  },
  {
    id: 'feeling',
    questions: [
      radios({
        id: 'character',
        field: 'character',
        legend: 'What does the pain feel like?',
        hint: 'Choose the one that fits best.',
        summary: 'What it feels like',
        required: 'Select what the pain feels like',
        options: [
          { value: 'dull', label: 'A dull ache' },
          { value: 'tight', label: 'Tight or stiff' },
          { value: 'sharp', label: 'Sharp or stabbing' },
          { value: 'shooting', label: 'Shooting or electric' },
          { value: 'burning', label: 'Burning' },
        ],
      }),
    ],
  },
  {
    id: 'how-bad',
    questions: [
      radios({
        id: 'severity',
        field: 'severity',
        legend: 'How bad has the pain been at its worst in the last 24 hours?',
        hint: '0 is no pain at all. 10 is the worst pain you can imagine.',
        summary: 'Worst pain, out of 10',
        required: 'Select a number from 0 to 10',
        options: Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) })),
        inline: true,
        answerFor: (choice) => Number(choice),
      }),
    ],
  },
  {
    id: 'painkillers',
    // Only about severe pain: the rules read the answer from 8 out of 10 up, and ignore it below.
    askIf: (choices) => typeof choices.severity === 'string' && Number(choices.severity) >= SEVERE_PAIN,
    questions: [
      radios({
        id: 'painkillers',
        field: 'painkillers',
        legend: 'Have painkillers helped?',
        hint: 'Any you can buy without a prescription.',
        summary: 'Have painkillers helped?',
        required: 'Select whether painkillers have helped',
        options: [
          { value: 'helped', label: 'Yes, they help' },
          { value: 'not-helped', label: 'No, they have not helped' },
          { value: 'not-taken', label: 'I have not taken any' },
        ],
      }),
    ],
  },
  {
    id: 'spread',
    questions: [
      radios({
        id: 'radiation',
        field: 'radiation',
        legend: 'Does the pain spread anywhere?',
        summary: 'Where it spreads',
        required: 'Select whether the pain spreads',
        options: [
          { value: 'none', label: 'No, it stays in my back' },
          { value: 'buttock-thigh', label: 'Into a buttock or thigh, but not past the knee' },
          { value: 'below-knee', label: 'Below the knee, into the calf or foot' },
        ],
      }),
    ],
  },
  {
    id: 'rest',
    questions: [
      radios({
        id: 'rest',
        field: 'rest',
        legend: 'How is it when you rest?',
        summary: 'How it is when you rest',
        required: 'Select how it is when you rest',
        options: [
          { value: 'eases', label: 'It only hurts when I move, bend or stretch', hint: 'I am fine when I keep still' },
          { value: 'partly', label: 'It is better when I rest, but still aches' },
          { value: 'no-relief', label: 'Resting does not help, or no position is comfortable' },
        ],
      }),
    ],
  },
  {
    id: 'trained-area',
    questions: [
      radios({
        id: 'loadedArea',
        recheck: 'carried',
        field: 'loadedArea',
        legend: 'Is the pain where your muscles worked hardest in that workout?',
        hint: 'For example, your lower back after deadlifts, or between your shoulder blades after rows.',
        summary: 'Is it where your muscles worked hardest?',
        required: 'Select yes if the pain is where your muscles worked hardest',
        options: [...yesNoNotSure],
        // Not sure counts as no: soreness is the answer only when the pain is where the muscles worked.
        answerFor: (choice) => choice === 'yes',
      }),
    ],
  },
  {
    id: 'how-long',
    heading: 'How long have you had it?',
    questions: [
      {
        id: 'daysSince',
        recheck: 'carried',
        field: 'daysSince',
        kind: 'number',
        legend: 'How many days ago did it start?',
        hint: 'Enter 0 if it started today.',
        summary: 'Days since it started',
        required: 'Enter how many days ago the pain started',
        invalid: `Days must be a whole number from ${DAYS_SINCE_RANGE.min} to ${DAYS_SINCE_RANGE.max}`,
        suffix: { one: 'day', other: 'days' },
        min: DAYS_SINCE_RANGE.min,
        max: DAYS_SINCE_RANGE.max,
        optional: false,
        toAnswers: (choice) => ({ daysSince: Number(choice) }),
      },
      radios({
        id: 'trend',
        recheck: 'derived',
        field: 'trend',
        legend: 'Since it started, is it getting better or worse?',
        summary: 'Getting better or worse',
        required: 'Select whether it is getting better, staying the same or getting worse',
        options: [
          { value: 'better', label: 'Getting better' },
          { value: 'same', label: 'About the same' },
          { value: 'worse', label: 'Getting worse' },
          { value: NOT_SURE, label: 'Hard to say' },
        ],
        // Hard to say counts as the same: only a clear improvement may relax the advice.
        answerFor: (choice) => (choice === NOT_SURE ? 'same' : choice),
      }),
    ],
  },
  {
    id: 'other-signs',
    questions: [
      redFlagCheckboxes({
        id: 'otherSigns',
        legend: 'Do any of these apply to you?',
        hint: 'Select all that apply.',
        summary: 'Other warning signs',
        required: 'Select any that apply, or select ‘None of these’',
        options: [
          {
            value: 'trauma',
            label: 'The pain began with a fall, a collision, a blow, or a weight landing on you',
            hint: 'Not a lift or a movement that went wrong, with nothing hitting you.',
          },
          { value: 'fever', label: 'A fever, chills, or feeling generally unwell', hint: 'For example, hot and shivery. Not just tired after training.' },
          {
            value: 'urinary',
            label: 'Burning when you pee, blood in your pee, or pain in your side below the ribs',
            hint: 'Pain in your side that moving and stretching do not change, rather than sore muscles.',
          },
          {
            value: 'cannot-walk',
            label: 'You cannot walk or stand, or cannot look after yourself because of the pain',
            hint: 'Not walking stiffly or slowly because you are sore.',
          },
          {
            value: 'breathing-pain',
            label: 'Sharp pain in your upper back, side or chest when you breathe in deeply',
            hint: 'Not a stitch while running that goes when you stop. If you are also short of breath or coughing up blood, call the emergency number now.',
          },
          { value: 'cancer-history', label: 'You have had cancer' },
          { value: 'weight-loss', label: 'You have lost weight without trying', hint: 'Not weight you meant to lose through diet or training.' },
          {
            value: 'night-pain',
            label: 'Constant pain at night that no position eases',
            hint: 'Not stiffness when you wake up, or a twinge when you turn over that settles.',
          },
          { value: 'steroids', label: 'You take steroid tablets long-term, or have osteoporosis (thinning bones)' },
          { value: 'immune', label: 'A weakened immune system, or you inject drugs' },
        ],
      }),
    ],
  },
  {
    id: 'age',
    questions: [
      {
        id: 'age',
        recheck: 'carried',
        field: 'age',
        kind: 'number',
        legend: 'How old are you? (optional)',
        hint: 'A doctor may ask. Leave it blank if you prefer not to say.',
        summary: 'Age',
        required: '',
        invalid: `Age must be a whole number from ${AGE_RANGE.min} to ${AGE_RANGE.max}`,
        suffix: { one: 'year', other: 'years' },
        min: AGE_RANGE.min,
        max: AGE_RANGE.max,
        optional: true,
        toAnswers: (choice) => (choice === '' ? {} : { age: Number(choice) }),
      },
    ],
  },
];

export const questions: Question[] = pages.flatMap((page) => page.questions);

/** The fields the person answered "I'm not sure" to, as a share link lists them. */
export const unsureFields = (choices: Choices): UnsureField[] =>
  questions.flatMap((question) => (choices[question.id] === NOT_SURE && isUnsureField(question.field) ? [question.field] : []));

const isUnsureField = (field: string): field is UnsureField => (UNSURE_FIELDS as readonly string[]).includes(field);

/** The careful answer each "I'm not sure" stands for, by field. */
export const carefulAnswers: Partial<Answers> = Object.assign(
  {},
  ...questions.flatMap((question) =>
    question.kind === 'radios' && question.options.some((option) => option.value === NOT_SURE) ? [question.toAnswers(NOT_SURE)] : [],
  ),
);

/** Checks one saved or submitted choice against its question. */
export function choiceSchema(question: Question): z.ZodMiniType<string | string[]> {
  switch (question.kind) {
    case 'radios':
      return z.enum(question.options.map((option) => option.value) as [string, ...string[]]);
    case 'checkboxes': {
      const values = question.options.map((option) => option.value) as [string, ...string[]];
      return z.array(z.enum(values)).check(
        z.minLength(1),
        z.refine((chosen) => new Set(chosen).size === chosen.length && (!chosen.includes(NONE) || chosen.length === 1)),
      );
    }
    case 'number':
      return z
        .string()
        .check(z.refine((text) => (text === '' ? question.optional : /^\d{1,3}$/.test(text) && Number(text) >= question.min && Number(text) <= question.max)));
  }
}

const savedChoicesSchema = z.looseObject({});

/**
 * Saved choices, one by one: each the questions still accept is kept; the rest are named by their
 * question (null for a question no longer asked), so one bad answer does not cost them all the others.
 */
export function readSavedChoices(saved: unknown): { choices: Choices; dropped: (Question | null)[] } | undefined {
  const entries = savedChoicesSchema.safeParse(saved);
  if (!entries.success) return undefined;
  const choices: Choices = {};
  const dropped: (Question | null)[] = [];
  for (const [id, value] of Object.entries(entries.data)) {
    const question = questions.find((candidate) => candidate.id === id);
    const parsed = question ? choiceSchema(question).safeParse(value) : undefined;
    if (question && parsed?.success) choices[id] = parsed.data;
    else dropped.push(question ?? null);
  }
  return { choices, dropped };
}
