import * as z from 'zod/mini';
import {
  ACTIVITIES,
  AGE_RANGE,
  AREAS,
  CHARACTERS,
  DAYS_SINCE_RANGE,
  PAINKILLERS,
  RADIATIONS,
  RED_FLAGS,
  RESTS,
  SEVERITY_RANGE,
  SIDES,
  TIMINGS,
  TRENDS,
} from './vocabulary';

/*
 * The answers a person gives: the contract's answers table, field for field.
 * zod/mini rather than classic zod: the same checks at about a fifth of the
 * bundle weight, which matters for a first visit on a phone in a gym.
 */

/** Plain names for the fields, so a rejected link or saved record says which answer is wrong. */
export const FIELD_NAMES = {
  area: 'Where the pain is',
  side: 'Which side',
  activity: 'The workout',
  timing: 'When it started',
  suddenMoment: 'A sudden moment',
  character: 'What it feels like',
  severity: 'How bad it is',
  radiation: 'Where it spreads',
  rest: 'Rest or movement',
  loadedArea: 'Where you trained hardest',
  daysSince: 'Days since it started',
  trend: 'Better, same or worse',
  age: 'Age',
  painkillers: 'Painkillers',
  redFlags: 'Warning signs',
} as const;

export type Field = keyof typeof FIELD_NAMES;

const fieldName = (field: Field) => `${FIELD_NAMES[field]} (${field})`;

/** Inputs can come from a link anyone can type, so echo at most a short, quoted piece of them. */
const shown = (input: unknown) => {
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
  return `"${text.length > 24 ? `${text.slice(0, 24)}…` : text}"`;
};

const missingOr = (field: Field, otherwise: (input: unknown) => string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${fieldName(field)} is missing.` : otherwise(issue.input);

const choice = <const T extends readonly [string, ...string[]]>(field: Field, values: T) =>
  z.enum(values, {
    error: missingOr(field, (input) => `${fieldName(field)} must be one of ${values.join(', ')}, not ${shown(input)}.`),
  });

const yesNo = (field: Field) => z.boolean({ error: missingOr(field, (input) => `${fieldName(field)} must be yes or no, not ${shown(input)}.`) });

const wholeNumber = (field: Field, { min, max }: { min: number; max: number }) => {
  const message = missingOr(field, (input) => `${fieldName(field)} must be a whole number from ${min} to ${max}, not ${shown(input)}.`);
  // One check for whole and in range, so a bad value gets one message, not one per broken bound.
  return z.number({ error: message }).check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, { error: message }));
};

const redFlagsSchema = z
  .array(z.enum(RED_FLAGS, { error: (issue) => `${fieldName('redFlags')} has an unknown sign ${shown(issue.input)}.` }), {
    error: missingOr('redFlags', () => `${fieldName('redFlags')} must be a list of signs, which may be empty.`),
  })
  .check(
    z.refine((flags) => new Set(flags).size === flags.length, {
      error: `${fieldName('redFlags')} lists the same sign twice.`,
    }),
  );

export const answersSchema = z.strictObject(
  {
    area: choice('area', AREAS),
    side: choice('side', SIDES),
    activity: choice('activity', ACTIVITIES),
    timing: choice('timing', TIMINGS),
    suddenMoment: yesNo('suddenMoment'),
    character: choice('character', CHARACTERS),
    severity: wholeNumber('severity', SEVERITY_RANGE),
    radiation: choice('radiation', RADIATIONS),
    rest: choice('rest', RESTS),
    loadedArea: yesNo('loadedArea'),
    daysSince: wholeNumber('daysSince', DAYS_SINCE_RANGE),
    trend: choice('trend', TRENDS),
    age: z.optional(wholeNumber('age', AGE_RANGE)),
    painkillers: z.optional(choice('painkillers', PAINKILLERS)),
    redFlags: redFlagsSchema,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Unknown answer ${issue.keys.map(shown).join(', ')}.` : 'The answers must be a set of named fields.',
  },
);

export type Answers = z.infer<typeof answersSchema>;
