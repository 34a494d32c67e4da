import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Check } from '../../src/checks/check';
import { resumeOnLaterDay } from '../../src/questions/resume';
import { setClock } from '../../src/state/clock';
import { answer, keepCheck, startRecheck, undoEmergencyStop } from '../../src/state/keep';
import { readSavedData } from '../../src/state/saved-data';
import { EMPTY_SAVED } from '../../src/state/saved';
import { startAgain, useBackcheck } from '../../src/state/store';
import { answersSchema, triage, triageWarningSigns, type Answers } from '../../src/triage';
import vignettes from '../triage/vignettes.json';

// One problem, one timeline: a correction replaces the check its result kept, a re-check or a
// new problem adds one, and the same answers kept again are one check.

const onDay = (date: string) => setClock(() => new Date(`${date}T09:00:00`));
const soreness = answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers);
const worse: Answers = { ...soreness, severity: 9 };
/** The same answers, listed in the opposite key order, as a link would give them. */
const reordered = Object.fromEntries(Object.entries(soreness).reverse()) as Answers;
const stop = { redFlags: ['saddle-numbness' as const] };

const keep = (answers: Answers) => keepCheck(answers, [], triage(answers));
const keepStop = () => keepCheck(stop, [], triageWarningSigns(stop.redFlags)!);
const checks = () => useBackcheck.getState().checks;
const lastId = () => checks().at(-1)?.id ?? '';

beforeEach(() => useBackcheck.setState({ ...EMPTY_SAVED, savedNotice: null, replaced: null }));
afterEach(() => setClock());

type Step = (day: (date: string) => void) => void;
const cases: { what: string; steps: Step[]; kept: Partial<Check>[]; replacedShown: boolean }[] = [
  {
    what: 'the same answers seen twice the same day, by any number of taps',
    steps: [() => keep(soreness), () => keep(soreness), () => keep(soreness)],
    kept: [{ date: '2026-11-30', level: 'soreness' }],
    replacedShown: false,
  },
  {
    what: 'the same answers in another key order',
    steps: [() => keep(soreness), () => useBackcheck.setState({ progress: null }), () => keep(reordered)],
    kept: [{ date: '2026-11-30' }],
    replacedShown: false,
  },
  {
    what: 'a correction the same day (pain 6 to 9)',
    steps: [() => keep(soreness), () => answer('severity', '9'), () => keep(worse)],
    kept: [{ date: '2026-11-30', answers: worse }],
    replacedShown: true,
  },
  {
    what: 'a "Check again" the same day',
    steps: [() => keep(soreness), () => startRecheck(lastId()), () => keep(worse)],
    kept: [{ answers: soreness }, { answers: worse }],
    replacedShown: false,
  },
  {
    what: 'a new problem the same day',
    steps: [() => keep(soreness), () => startAgain(), () => keep(worse)],
    kept: [{ answers: soreness }, { answers: worse }],
    replacedShown: false,
  },
  {
    what: 'answers changed on a later day',
    steps: [() => keep(soreness), (day) => day('2026-12-01'), () => keep(worse)],
    kept: [
      { date: '2026-11-30', answers: soreness },
      { date: '2026-12-01', answers: worse },
    ],
    replacedShown: false,
  },
  {
    what: 'an emergency stop undone by Back',
    steps: [() => keepStop(), () => undoEmergencyStop()],
    kept: [],
    replacedShown: false,
  },
  {
    what: 'an emergency stop undone, then the questions finished',
    steps: [() => keepStop(), () => undoEmergencyStop(), () => keep(soreness)],
    kept: [{ level: 'soreness' }],
    replacedShown: false,
  },
  {
    what: 'a finished result corrected to an emergency stop',
    steps: [() => keep(soreness), () => answer('emergencySigns', ['saddle-numbness']), () => keepStop()],
    kept: [{ level: 'doctor', urgency: 'emergency', answers: stop }],
    replacedShown: true,
  },
  {
    what: 'an evening re-check after a morning doctor result',
    steps: [() => keepStop(), () => startAgain(), () => keep(soreness)],
    kept: [{ level: 'doctor' }, { level: 'soreness' }],
    replacedShown: false,
  },
];

describe('keeping checks over a day', () => {
  it.each(cases)('should keep $kept.length check(s) for $what', ({ steps, kept, replacedShown }) => {
    onDay('2026-11-30');
    for (const step of steps) step(onDay);
    expect(checks()).toMatchObject(kept);
    const { replaced } = useBackcheck.getState();
    expect(replaced !== null && replaced === lastId()).toBe(replacedShown);
  });

  it('should keep the id, and so the place, of a check a correction replaces', () => {
    onDay('2026-11-30');
    keep(soreness);
    const id = lastId();
    answer('severity', '9');
    keep(worse);
    expect(checks().map((check) => check.id)).toEqual([id]);
  });

  it('should count an answer changed after a result as a correction under way, and the same answer again as none', () => {
    onDay('2026-11-30');
    useBackcheck.setState({ choices: { severity: '6' } });
    answer('severity', '6');
    keep(soreness);
    answer('severity', '6');
    expect(useBackcheck.getState().progress).toMatchObject({ started: '2026-11-30', kept: lastId(), edited: false });
    answer('severity', '9');
    expect(useBackcheck.getState().progress).toMatchObject({ edited: true });
  });
});

describe('answers begun on an earlier day', () => {
  const begun = {
    emergencySigns: ['none'],
    area: 'lower',
    side: 'both-sides',
    activity: 'lifting',
    timing: 'next-day',
    suddenMoment: 'no',
    character: 'dull',
    severity: '4',
    radiation: 'none',
    rest: 'eases',
    loadedArea: 'yes',
    daysSince: '1',
    trend: 'same',
  };

  it.each([
    { today: '2026-11-30', daysSince: '1', asked: [] },
    { today: '2026-12-04', daysSince: '5', asked: ['emergencySigns', 'character', 'severity', 'radiation', 'rest', 'trend'] },
    { today: '2027-12-31', daysSince: '365', asked: ['emergencySigns', 'character', 'severity', 'radiation', 'rest', 'trend'] },
  ])('should, on $today, work out $daysSince days and ask again $asked', ({ today, daysSince, asked }) => {
    const resumed = resumeOnLaterDay(begun, '2026-11-30', today);
    expect(resumed.daysSince).toBe(daysSince);
    for (const id of asked) expect(resumed).not.toHaveProperty(id);
    expect(resumed).toMatchObject({ area: 'lower', side: 'both-sides', activity: 'lifting', timing: 'next-day', suddenMoment: 'no', loadedArea: 'yes' });
  });
});

describe('saved answers from before the day they were begun was kept', () => {
  const check: Check = { id: '2026-11-30T09:00:00.000Z', date: '2026-11-30', answers: soreness, unsure: [], level: 'soreness', rulesVersion: 2 };
  const choicesOf = (answers: Answers) => ({
    emergencySigns: ['none'],
    area: answers.area,
    side: answers.side,
    activity: answers.activity,
    timing: answers.timing,
    suddenMoment: answers.suddenMoment ? 'yes' : 'no',
    character: answers.character,
    severity: String(answers.severity),
    radiation: answers.radiation,
    rest: answers.rest,
    loadedArea: answers.loadedArea ? 'yes' : 'no',
    daysSince: String(answers.daysSince),
    trend: answers.trend,
    otherSigns: answers.redFlags.length > 0 ? answers.redFlags : ['none'],
    ...(answers.age === undefined ? {} : { age: String(answers.age) }),
  });

  it('should read answers whose result is the last check as finished on that check’s day', () => {
    const state = readSavedData({ choices: choicesOf(soreness), coach: null, checks: [check], recheck: null, team: [] }, 2, 3, '2026-12-04');
    expect(state.progress).toEqual({ started: '2026-11-30', kept: check.id, edited: false });
  });

  it('should read other answers as begun today', () => {
    const state = readSavedData(
      { choices: { emergencySigns: ['none'], area: 'lower' }, coach: null, checks: [check], recheck: null, team: [] },
      2,
      3,
      '2026-12-04',
    );
    expect(state.progress).toEqual({ started: '2026-12-04', kept: null, edited: false });
  });

  it('should drop a kept check that is no longer there, and damaged progress', () => {
    const gone = readSavedData({ choices: {}, coach: null, checks: [], progress: { started: '2026-11-30', kept: 'gone', edited: false } }, 3, 3, '2026-12-04');
    expect(gone.progress).toEqual({ started: '2026-11-30', kept: null, edited: false });
    const damaged = readSavedData({ choices: {}, coach: null, checks: [], progress: { started: 'yesterday' } }, 3, 3, '2026-12-04');
    expect(damaged.progress).toBeNull();
  });
});
