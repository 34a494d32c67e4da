import { describe, expect, it } from 'vitest';
import { savedNoticeText } from '../../src/app/saved-notice-text';
import { notices } from '../../src/i18n/en/notices';
import { answersSchema, RULES_VERSION, triage, type Answers } from '../../src/triage';
import type { Check } from '../../src/checks/check';
import { exportFile, MAX_FILE_BYTES, MAX_FILE_CHECKS, readExportFile, sortOutChecks, whyLeftOut } from '../../src/checks/check-schema';
import { addDays } from '../../src/dates/dates';
import { readSavedData } from '../../src/state/saved-data';
import { STORAGE_VERSION } from '../../src/state/saved';
import vignettes from '../triage/vignettes.json';

// Checks brought in from a file or read back from storage: held to the calendar, to today, and
// to their own answers under today's rules.

const TODAY = '2026-12-04';
const answersOf = (id: string) => answersSchema.parse(vignettes.find((v) => v.id === id)?.answers);
const strain = answersOf('p-st01');
const soreness = answersOf('p-so01');
const today = answersOf('p-t02');

let counter = 0;
function check(changes: Partial<Check> = {}, answers: Answers = strain): Check {
  const result = triage(answers);
  counter += 1;
  return {
    id: `2026-11-30T10:00:00.${String(counter).padStart(3, '0')}Z`,
    date: '2026-11-30',
    answers,
    unsure: [],
    level: result.level,
    urgency: result.level === 'doctor' ? result.urgency : undefined,
    rulesVersion: RULES_VERSION,
    ...changes,
  };
}

const fileOf = (checks: readonly unknown[]) => JSON.stringify({ format: 'backcheck-checks', version: 1, exported: '2026-12-04T09:00:00.000Z', checks });

describe('the date of a check', () => {
  it.each([
    ['today', TODAY, 'kept'],
    ['yesterday', '2026-12-03', 'kept'],
    ['years ago', '2019-02-28', 'kept'],
    ['a leap day', '2024-02-29', 'kept'],
    ['tomorrow', '2026-12-05', 'future'],
    ['in 2099', '2099-06-01', 'future'],
    ['31 February', '2026-02-31', 'unreadable'],
    ['29 February in a year without one', '2026-02-29', 'unreadable'],
    ['month 13', '2026-13-01', 'unreadable'],
    ['a two-digit year', '26-11-30', 'unreadable'],
    ['a moment, not a day', '2026-11-30T09:00:00Z', 'unreadable'],
  ])('should treat a check dated %s (%s) as %s', (_what, date, verdict) => {
    const read = sortOutChecks([check({ date })], TODAY);
    expect(read?.checks.length === 1 ? 'kept' : Object.entries(read?.leftOut ?? {}).find(([, count]) => count === 1)?.[0]).toBe(verdict);
  });
});

describe('the result a check holds', () => {
  it.each<[string, Partial<Check>, Answers | { redFlags: Check['answers']['redFlags'] }, 'kept' | 'contradicted']>([
    ['a strain, as its answers give', {}, strain, 'kept'],
    ['soreness, as its answers give', {}, soreness, 'kept'],
    ['see a doctor today, as its answers give', {}, today, 'kept'],
    ['soreness where its answers give a strain', { level: 'soreness' }, strain, 'contradicted'],
    ['a doctor within days where its answers give a strain', { level: 'doctor', urgency: 'soon' }, strain, 'contradicted'],
    ['a strain where its answers give see a doctor today', { level: 'strain', urgency: undefined }, today, 'contradicted'],
    ['see a doctor within days where its answers give today', { urgency: 'soon' }, today, 'contradicted'],
    ['soreness under rules version 1, where today’s rules give a strain', { level: 'soreness', rulesVersion: 1 }, strain, 'kept'],
    ['an emergency from an emergency stop, as its warning signs give', { level: 'doctor', urgency: 'emergency' }, { redFlags: ['saddle-numbness'] }, 'kept'],
    ['a doctor today from an emergency stop with an emergency sign', { level: 'doctor', urgency: 'today' }, { redFlags: ['saddle-numbness'] }, 'contradicted'],
    ['a doctor from an emergency stop with no warning signs at all', { level: 'doctor', urgency: 'soon' }, { redFlags: [] }, 'contradicted'],
    [
      'a doctor from an emergency stop under rules version 1',
      { level: 'doctor', urgency: 'today', rulesVersion: 1 },
      { redFlags: ['saddle-numbness'] },
      'kept',
    ],
  ])('should treat %s as %s', (_what, changes, answers, verdict) => {
    const base = 'severity' in answers ? check({}, answers) : { ...check(), answers };
    const read = sortOutChecks([{ ...base, ...changes }], TODAY);
    expect(read?.checks.length === 1 ? 'kept' : read?.leftOut.contradicted === 1 ? 'contradicted' : read).toBe(verdict);
  });

  it('should hold a check with answers the person was not sure of to the careful answers it holds', () => {
    const careful = { ...soreness, suddenMoment: true };
    const read = sortOutChecks([check({ unsure: ['suddenMoment'] }, careful)], TODAY);
    expect(read?.checks).toHaveLength(1);
    expect(read?.checks[0]?.level).toBe(triage(careful).level);
  });
});

describe('a file of checks', () => {
  it.each([
    [
      'over 1 MB',
      `${fileOf([check()]).slice(0, -1)},"padding":"${'x'.repeat(MAX_FILE_BYTES)}"}`,
      'This file is too big. A file of checks must be smaller than 1 MB.',
    ],
    [
      'over 1 MB in bytes though not in letters',
      `${fileOf([check()]).slice(0, -1)},"padding":"${'é'.repeat(MAX_FILE_BYTES / 2 + 1)}"}`,
      'This file is too big. A file of checks must be smaller than 1 MB.',
    ],
    [
      'of 1,001 checks',
      fileOf(Array.from({ length: MAX_FILE_CHECKS + 1 }, () => ({}))),
      'This file has more than 1,000 checks. Backcheck can load up to 1,000 checks from one file.',
    ],
    [
      'whose only check is dated after today',
      fileOf([check({ date: '2099-01-01' })]),
      'This file has no checks Backcheck can use. One check in the file was left out because it is dated after today.',
    ],
    [
      'whose checks are all dated after today or contradict their answers',
      fileOf([check({ date: '2099-01-01' }), check({ level: 'soreness' }), check({ date: '2026-12-05' })]),
      'This file has no checks Backcheck can use. 3 checks in the file were left out: 2 are dated after today and 1 has a result that does not match its answers.',
    ],
  ])('should refuse a file %s, and say why', (_what, text, problem) => {
    expect(readExportFile(text, TODAY)).toEqual({ ok: false, problem });
  });

  it('should load a file of 1,000 checks, the most it takes, kept oldest first', () => {
    const checks = Array.from({ length: MAX_FILE_CHECKS }, (_, n) => {
      const date = addDays(TODAY, n - MAX_FILE_CHECKS);
      return check({ id: `${date}T09:00:00.000Z`, date });
    });
    const text = exportFile([...checks].reverse(), new Date('2026-12-04T09:00:00Z'));
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_FILE_BYTES);
    expect(readExportFile(text, TODAY)).toEqual({ ok: true, checks, dropped: 0 });
  });

  it('should keep the good checks, and count each left out by why', () => {
    const good = check();
    const read = readExportFile(fileOf([good, check({ date: '2099-01-01' }), check({ level: 'soreness' }), { nonsense: true }, good]), TODAY);
    expect(read).toEqual({ ok: true, checks: [good], dropped: 4, leftOut: { unreadable: 2, future: 1, contradicted: 1 } });
  });
});

describe('why checks were left out, in words', () => {
  it.each([
    [{ unreadable: 1, future: 0, contradicted: 0 }, 'One check in the file was left out because it could not be read.'],
    [{ unreadable: 3, future: 0, contradicted: 0 }, '3 checks in the file were left out because they could not be read.'],
    [{ unreadable: 0, future: 1, contradicted: 0 }, 'One check in the file was left out because it is dated after today.'],
    [{ unreadable: 0, future: 2, contradicted: 0 }, '2 checks in the file were left out because they are dated after today.'],
    [{ unreadable: 0, future: 0, contradicted: 1 }, 'One check in the file was left out because its result does not match its answers.'],
    [{ unreadable: 0, future: 0, contradicted: 2 }, '2 checks in the file were left out because their results do not match their answers.'],
    [
      { unreadable: 0, future: 1, contradicted: 1 },
      '2 checks in the file were left out: 1 is dated after today and 1 has a result that does not match its answers.',
    ],
    [
      { unreadable: 1, future: 2, contradicted: 3 },
      '6 checks in the file were left out: 1 could not be read, 2 are dated after today and 3 have results that do not match their answers.',
    ],
  ])('should say %o as “%s”', (leftOut, words) => {
    expect(whyLeftOut(leftOut, 'in the file')).toBe(words);
  });
});

describe('checks read back from storage', () => {
  const saved = (checks: unknown[]) => ({ choices: {}, coach: null, checks, recheck: null, team: [] });

  it('should hold them to the same rules as a file, and say what was left out', () => {
    const good = check();
    const state = readSavedData(saved([good, check({ date: '2099-01-01' }), check({ level: 'soreness' })]), STORAGE_VERSION, STORAGE_VERSION, TODAY);
    expect(state.checks).toEqual([good]);
    expect(state.savedNotice && savedNoticeText(state.savedNotice, notices)).toBe(
      'Backcheck could not use a kept check dated after today, a kept check whose result does not match its answers, so they have been left out. Everything else you saved is kept. If the date on this device is wrong, correct it now and open Backcheck again.',
    );
  });

  it('should read back all of 1,000 kept checks, with no notice', () => {
    const checks = Array.from({ length: 1000 }, (_, n) => {
      const date = addDays(TODAY, n - 1000);
      return check({ id: `${date}T09:00:00.000Z`, date }, { ...strain, severity: n % 11 });
    });
    const state = readSavedData(saved(checks), STORAGE_VERSION, STORAGE_VERSION, TODAY);
    expect(state.checks).toHaveLength(1000);
    expect(state.savedNotice).toBeNull();
  });
});
