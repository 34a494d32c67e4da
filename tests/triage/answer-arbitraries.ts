import fc from 'fast-check';
import type { Answers } from '../../src/triage';
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
} from '../../src/triage/vocabulary';

/** The day-after ache of a lifter who trained hard: every part of the soreness picture holds. */
export const sorenessPicture: Answers = {
  area: 'lower',
  side: 'both-sides',
  activity: 'lifting',
  timing: 'next-day',
  suddenMoment: false,
  character: 'dull',
  severity: 4,
  radiation: 'none',
  rest: 'eases',
  loadedArea: true,
  daysSince: 1,
  trend: 'same',
  redFlags: [],
};

const withOptionalAge = (base: fc.Arbitrary<Omit<Answers, 'age' | 'painkillers'>>): fc.Arbitrary<Answers> =>
  fc.tuple(base, fc.option(fc.integer(AGE_RANGE), { nil: undefined })).map(([answers, age]) => (age === undefined ? answers : { ...answers, age }));

/** Any answers the contract allows, painkillers too: asked at 8 or more, and ignored below 8 where a link carries it. */
const withOptionalPainkillers = (base: fc.Arbitrary<Answers>): fc.Arbitrary<Answers> =>
  fc
    .tuple(base, fc.option(fc.constantFrom(...PAINKILLERS), { nil: undefined }))
    .map(([answers, painkillers]) => (painkillers === undefined ? answers : { ...answers, painkillers }));

/** Any answers the contract allows. */
export const anyAnswers: fc.Arbitrary<Answers> = withOptionalPainkillers(
  withOptionalAge(
    fc.record({
      area: fc.constantFrom(...AREAS),
      side: fc.constantFrom(...SIDES),
      activity: fc.constantFrom(...ACTIVITIES),
      timing: fc.constantFrom(...TIMINGS),
      suddenMoment: fc.boolean(),
      character: fc.constantFrom(...CHARACTERS),
      severity: fc.integer(SEVERITY_RANGE),
      radiation: fc.constantFrom(...RADIATIONS),
      rest: fc.constantFrom(...RESTS),
      loadedArea: fc.boolean(),
      daysSince: fc.integer(DAYS_SINCE_RANGE),
      trend: fc.constantFrom(...TRENDS),
      redFlags: fc.shuffledSubarray([...RED_FLAGS]),
    }),
  ),
);

/** Harmless pictures: soreness within its first days, no warning sign. */
export const harmlessAnswers: fc.Arbitrary<Answers> = withOptionalAge(
  fc.record({
    area: fc.constantFrom(...AREAS),
    side: fc.constantFrom('center', 'both-sides' as const),
    activity: fc.constantFrom(...ACTIVITIES),
    timing: fc.constantFrom('hours-after', 'next-day' as const),
    suddenMoment: fc.constant(false),
    character: fc.constantFrom('dull', 'tight' as const),
    severity: fc.integer({ min: 0, max: 7 }),
    radiation: fc.constant('none' as const),
    rest: fc.constant('eases' as const),
    loadedArea: fc.constant(true),
    daysSince: fc.integer({ min: 0, max: 2 }),
    trend: fc.constantFrom(...TRENDS),
    redFlags: fc.constant([]),
  }),
);

const FIELDS = Object.keys(sorenessPicture) as (keyof Answers)[];

/** A harmless picture with a few answers changed: the boundary where soreness turns into something else. */
export const nearSorenessAnswers: fc.Arbitrary<Answers> = fc
  .tuple(harmlessAnswers, anyAnswers, fc.subarray(FIELDS, { maxLength: 3 }))
  .map(([harmless, other, changed]) => ({ ...harmless, ...Object.fromEntries(changed.map((field) => [field, other[field]])) }));

/** The whole space, weighted so that both sides of the soreness boundary are well visited. */
export const answerSpace: fc.Arbitrary<Answers> = fc.oneof(anyAnswers, nearSorenessAnswers);
