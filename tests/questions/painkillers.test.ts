import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/checks/check';
import { recheckContext } from '../../src/checks/recheck';
import { answersFrom, completeAnswers } from '../../src/questions/answers-from-choices';
import { firstOpenStep, pageBefore, pageById, pagePosition, stepAfter, visiblePages } from '../../src/questions/flow';
import type { Choices, FlowContext, Page } from '../../src/questions/questions';
import { resumeOnLaterDay } from '../../src/questions/resume';
import { summaryRows } from '../../src/questions/summary';
import { answersSchema, SEVERE, triage } from '../../src/triage';
import vignettes from '../triage/vignettes.json';

// The painkillers question (rules v3) follows from the answers: asked at 8 or more, after the
// severity, in a first check, a re-check and a resumed one alike, and never carried or kept when
// it is not asked.

const page = (id: string) => pageById(id) as Page;
const ids = (pages: readonly Page[]) => pages.map((p) => p.id);
const soreness = answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers);

/** Every page of a first check answered for a day-after ache, with the pain and painkillers given. */
const choicesWith = (severity: string, painkillers?: string): Choices => ({
  emergencySigns: ['none'],
  area: 'lower',
  side: 'both-sides',
  activity: 'lifting',
  timing: 'next-day',
  suddenMoment: 'no',
  character: 'dull',
  severity,
  ...(painkillers === undefined ? {} : { painkillers }),
  radiation: 'none',
  rest: 'eases',
  loadedArea: 'yes',
  daysSince: '1',
  trend: 'same',
  otherSigns: ['none'],
  age: '',
});

describe('the flow', () => {
  it.each([
    ['7', false],
    ['8', true],
    ['9', true],
    ['10', true],
  ])('should, at a severity of %s, ask about painkillers: %s, straight after the severity', (severity, asked) => {
    const shown = ids(visiblePages({}, { severity }));
    expect(shown.includes('painkillers')).toBe(asked);
    if (asked) expect(shown.indexOf('painkillers')).toBe(shown.indexOf('how-bad') + 1);
    expect(shown).toHaveLength(asked ? 13 : 12);
  });

  it('should ask from the very score the rules count as severe pain', () => {
    expect(ids(visiblePages({}, { severity: String(SEVERE) }))).toContain('painkillers');
    expect(ids(visiblePages({}, { severity: String(SEVERE - 1) }))).not.toContain('painkillers');
  });

  it('should not ask before the severity is given', () => {
    expect(ids(visiblePages({}, {}))).not.toContain('painkillers');
  });

  it('should lead Continue, Back and the count by the severity chosen', () => {
    const severe = { severity: '9' };
    const mild = { severity: '5' };
    expect(stepAfter(page('how-bad'), severe, {})).toEqual({ to: 'page', page: page('painkillers') });
    expect(stepAfter(page('how-bad'), mild, {})).toEqual({ to: 'page', page: page('spread') });
    expect(pageBefore(page('spread'), severe, {})).toBe(page('painkillers'));
    expect(pageBefore(page('spread'), mild, {})).toBe(page('how-bad'));
    expect(pagePosition(page('spread'), severe, {})).toEqual({ index: 8, total: 13 });
    expect(pagePosition(page('spread'), mild, {})).toEqual({ index: 7, total: 12 });
  });

  it('should find the painkillers page the one still to answer at 9, and pass it by at 5', () => {
    const { painkillers: _, ...rest } = choicesWith('9', 'helped');
    expect(firstOpenStep(rest, {})).toEqual({ to: 'page', page: page('painkillers') });
    expect(firstOpenStep({ ...rest, severity: '5' }, {})).toEqual({ to: 'check' });
  });
});

describe('the answers', () => {
  it('should carry the painkillers answer at 8 or more', () => {
    expect(completeAnswers(choicesWith('8', 'not-helped'), {})).toEqual({ ...soreness, daysSince: 1, trend: 'same', severity: 8, painkillers: 'not-helped' });
  });

  it('should leave out an answer kept from when the pain was 9, once it is 5', () => {
    const answers = completeAnswers(choicesWith('5', 'not-helped'), {});
    expect(answers).toBeDefined();
    expect(answers).not.toHaveProperty('painkillers');
  });

  it('should not be complete at 9 until painkillers are answered', () => {
    expect(completeAnswers(choicesWith('9'), {})).toBeUndefined();
  });
});

describe('checking again and carrying on another day', () => {
  const last: Check = {
    id: '2026-11-30T09:00:00.000Z',
    date: '2026-11-30',
    answers: { ...soreness, severity: 9, painkillers: 'not-helped' },
    unsure: [],
    level: 'doctor',
    urgency: 'emergency',
    rulesVersion: 3,
  };
  const context: FlowContext = { recheck: recheckContext([last], { from: last.id }, '2026-12-02') };

  it('should never carry the painkillers answer over from the last check', () => {
    expect(context.recheck?.carried).not.toHaveProperty('painkillers');
    expect(answersFrom({ severity: '9' }, context)).not.toHaveProperty('painkillers');
  });

  it.each([
    ['4', false],
    ['8', true],
  ])('should ask it again in a re-check at %s: %s', (severity, asked) => {
    expect(ids(visiblePages(context, { severity })).includes('painkillers')).toBe(asked);
  });

  it('should take the new answer in a re-check at 8 or more, and none below', () => {
    const today = { emergencySigns: ['none'], character: 'dull', radiation: 'none', rest: 'eases', otherSigns: ['none'] };
    expect(completeAnswers({ ...today, severity: '9', painkillers: 'helped' }, context)).toMatchObject({ severity: 9, painkillers: 'helped', daysSince: 4 });
    expect(completeAnswers({ ...today, severity: '4', painkillers: 'helped' }, context)).not.toHaveProperty('painkillers');
  });

  it('should ask it again when answers begun on an earlier day are carried on', () => {
    const resumed = resumeOnLaterDay(choicesWith('9', 'not-helped'), '2026-11-30', '2026-12-01');
    expect(resumed).not.toHaveProperty('painkillers');
    expect(resumed).not.toHaveProperty('severity');
    expect(firstOpenStep({ ...resumed, emergencySigns: ['none'], character: 'dull', severity: '9' }, {})).toEqual({ to: 'page', page: page('painkillers') });
  });
});

describe('the summary', () => {
  const row = (rows: ReturnType<typeof summaryRows>) => rows.find((r) => r.questionId === 'painkillers');

  it.each([
    ['helped', 'Yes, they help'],
    ['not-helped', 'No, they have not helped'],
    ['not-taken', 'I have not taken any'],
  ] as const)('should show %s in the words of its option, from this device and from a link', (painkillers, label) => {
    const answers = { ...soreness, severity: 9, painkillers };
    expect(row(summaryRows(answers, {}, choicesWith('9', painkillers)))).toMatchObject({ key: 'Have painkillers helped?', value: label });
    expect(row(summaryRows(answers, {}))).toMatchObject({ key: 'Have painkillers helped?', value: label });
  });

  it('should leave it out where it was not asked: under 8 on this device, or in a link, which the rules ignore', () => {
    expect(row(summaryRows({ ...soreness, severity: 5 }, {}, choicesWith('5', 'not-helped')))).toBeUndefined();
    const link = { ...soreness, severity: 5, painkillers: 'not-helped' as const };
    expect(row(summaryRows(link, {}))).toBeUndefined();
    expect(triage(link)).toEqual(triage({ ...soreness, severity: 5 }));
  });
});
