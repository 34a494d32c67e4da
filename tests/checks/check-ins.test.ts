import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { answersSchema, RULES_VERSION, triage, type Answers } from '../../src/triage';
import type { Check } from '../../src/checks/check';
import { exportFile, readChecks, readExportFile } from '../../src/checks/check-schema';
import { addDays, daysBetween, localDate } from '../../src/dates/dates';
import { ladderPlaces } from '../../src/checks/ladder';
import { recheckFrom, trendFrom, whatChanged } from '../../src/checks/recheck';
import { reminderCalendar } from '../../src/checks/reminder';
import { checks as arChecks } from '../../src/i18n/languages/ar/checks';
import { checks as deChecks } from '../../src/i18n/languages/de/checks';
import { checks as esChecks } from '../../src/i18n/languages/es/checks';
import { checks as frChecks } from '../../src/i18n/languages/fr/checks';
import { checks as ptBRChecks } from '../../src/i18n/languages/pt-BR/checks';
import vignettes from '../triage/vignettes.json';

const strain = answersSchema.parse(vignettes.find((v) => v.id === 'p-st01')?.answers);
const soreness = answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers);

let counter = 0;
const check = (date: string, answers: Answers, changes: Partial<Omit<Check, 'answers'>> = {}): Check & { answers: Answers } => {
  const result = triage(answers);
  counter += 1;
  return {
    id: `${date}T10:00:00.${String(counter).padStart(3, '0')}Z`,
    date,
    answers,
    unsure: [],
    level: result.level,
    urgency: result.level === 'doctor' ? result.urgency : undefined,
    rulesVersion: RULES_VERSION,
    ...changes,
  };
};

describe('calendar days', () => {
  it.each([
    ['2026-11-28', '2026-12-01', 3, 'across a change of month'],
    ['2026-12-30', '2027-01-02', 3, 'across a change of year'],
    ['2026-10-31', '2026-11-02', 2, 'across the end of daylight saving time in New York'],
    ['2027-03-13', '2027-03-15', 2, 'across the start of daylight saving time in New York'],
    ['2027-03-27', '2027-03-29', 2, 'across the start of summer time in Europe'],
    ['2028-02-28', '2028-03-01', 2, 'across a leap day'],
  ])('should count %s to %s as %i days, %s', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });

  it('should take the device’s own date, not the UTC one, late at night', () => {
    // 23:30 in New York on 30 November is already 1 December in UTC.
    expect(localDate(new Date('2026-12-01T04:30:00Z'))).toBe('2026-11-30');
  });
});

describe('a re-check', () => {
  it.each([
    [0, '2026-11-30', 0],
    [0, '2026-12-03', 3],
    [2, '2026-12-05', 7],
    [1, '2026-12-13', 14],
  ])('should work out the days since it started: %i days at the first check, checked again on %s, is %i', (first, on, days) => {
    const recheck = recheckFrom(check('2026-11-30', { ...strain, daysSince: first }), on);
    expect(recheck.daysSince).toBe(days);
  });

  it('should count across a change of month and of daylight saving time', () => {
    expect(recheckFrom(check('2026-10-30', { ...strain, daysSince: 1 }), '2026-11-02').daysSince).toBe(4);
  });

  it('should carry over where, which side, the workout, how it started and the trained area, with the not-sure ones', () => {
    const first = check('2026-11-30', strain, { unsure: ['suddenMoment', 'trend'] });
    const recheck = recheckFrom(first, '2026-12-03');
    expect(recheck.carried).toEqual({
      area: strain.area,
      side: strain.side,
      activity: strain.activity,
      timing: strain.timing,
      suddenMoment: strain.suddenMoment,
      loadedArea: strain.loadedArea,
    });
    expect(recheck.carriedUnsure).toEqual(['suddenMoment']);
  });

  it.each([
    [6, 4, 'better'],
    [6, 6, 'same'],
    [6, 8, 'worse'],
  ] as const)('should call pain going from %i to %i %s', (before, now, trend) => {
    expect(trendFrom(before, now)).toBe(trend);
  });

  it('should say what changed and why the answer moved, in plain words', () => {
    const first = check('2026-12-01', { ...strain, severity: 6 });
    const now = { ...strain, severity: 8, daysSince: 3, trend: 'worse' as const };
    const lines = whatChanged(first, now, triage(now), RULES_VERSION, '2026-12-04');
    expect(lines[0]).toBe('Your pain went from 6 to 8 out of 10 since Tuesday 1 December.');
    expect(lines.at(-1)).toMatch(
      /^Last time the answer was a likely strain; now it is see a doctor within days\. The main reason: it started 3 days ago and is getting worse\./,
    );
  });

  it('should say when the rules changed between the checks', () => {
    const first = check('2026-11-20', soreness, { rulesVersion: 1 });
    const now = { ...soreness, daysSince: soreness.daysSince + 2 };
    expect(whatChanged(first, now, triage(now), 2, '2026-11-22').at(-1)).toBe(
      'Backcheck’s rules have changed since your last check (version 1 then, 2 now), so part of any change may come from that.',
    );
  });
});

describe('the return-to-training ladder', () => {
  // p-st01 starts on the day of the check: day N of the bout is N days since it started.
  const day = (n: number, changes: Partial<Answers>) => check(addDays('2026-11-30', n), { ...strain, daysSince: n, ...changes });
  const easing = { rest: 'eases', character: 'dull', trend: 'better' } as const;
  const day0 = day(0, { severity: 6 });

  it.each([
    ['a strain starts at stage 1', [day0], ['start 1']],
    ['pain 3 or less and comfortable at rest moves up, a day later', [day0, day(1, { severity: 3, ...easing })], ['start 1', 'up 2']],
    ['moves up at most one stage a day', [day0, check('2026-11-30', { ...strain, severity: 2, ...easing })], ['start 1', 'same 1']],
    ['stays while the pain is above the bar', [day0, day(1, { severity: 5, ...easing })], ['start 1', 'same 1']],
    [
      'sharp pain again drops back one stage',
      [day0, day(1, { severity: 2, ...easing }), day(2, { severity: 2, ...easing }), day(3, { severity: 4, character: 'sharp', trend: 'same' })],
      ['start 1', 'up 2', 'up 3', 'down 2'],
    ],
    [
      'pain worse than before drops back one stage',
      [day0, day(1, { severity: 2, ...easing }), day(2, { severity: 3, rest: 'eases', character: 'dull', trend: 'worse' })],
      ['start 1', 'up 2', 'down 1'],
    ],
    [
      'all the way to full training',
      [day0, ...[1, 2, 3, 4, 5].map((n) => day(n, { severity: 1, ...easing }))],
      ['start 1', 'up 2', 'up 3', 'up 4', 'up 5', 'same 5'],
    ],
    ['soreness starts at stage 2', [check('2026-11-30', soreness)], ['start 2']],
    [
      'stage 2 waits for 2 days without sharp pain',
      [day(0, { severity: 3, rest: 'eases' }), day(1, { severity: 2, ...easing }), day(2, { severity: 2, ...easing })],
      ['start 2', 'same 2', 'up 3'],
    ],
  ])('%s', (_what, checks, places) => {
    expect(ladderPlaces(checks).map((place) => (place.on ? `${place.change} ${place.stage.number}` : 'off'))).toEqual(places);
  });

  it('should say why stage 2 waits when the rest of its bar is met', () => {
    const places = ladderPlaces([day(0, { severity: 3, rest: 'eases' }), day(1, { severity: 2, ...easing })]);
    expect(places[1]).toMatchObject({
      change: 'same',
      why: 'You meet the rest of the bar, but move on only after 2 days without sharp pain: check again tomorrow.',
    });
  });

  it('should take any doctor result off the ladder, and start afresh after it', () => {
    const places = ladderPlaces([day0, day(4, { severity: 8, trend: 'worse' }), day(5, { severity: 2, ...easing })]);
    expect(places.map((place) => place.on)).toEqual([true, false, true]);
    expect(places[1]).toMatchObject({ why: expect.stringMatching(/^A doctor result takes you off the ladder/) });
  });

  it('should start afresh for pain that started on another day', () => {
    const places = ladderPlaces([day0, day(1, { severity: 3, ...easing }), check('2027-02-01', { ...strain, daysSince: 0 })]);
    expect(places.map((place) => (place.on ? place.change : 'off'))).toEqual(['start', 'up', 'start']);
  });
});

describe('checks read back from outside', () => {
  const TODAY = '2026-12-04';

  it('should keep the valid checks and count the damaged ones', () => {
    const good = check('2026-11-30', strain);
    const read = readChecks(
      [good, { ...good, id: 'x2', answers: { ...strain, severity: 99 } }, { nonsense: true }, { ...good, id: 'x3', level: 'doctor' }],
      TODAY,
    );
    expect(read).toEqual({ checks: [good], dropped: 3 });
  });

  it('should keep the painkillers answer of a check, and still read checks from before it was asked', () => {
    const severe = check('2026-12-01', { ...soreness, severity: 9, daysSince: 1, painkillers: 'not-helped' });
    expect(severe).toMatchObject({ level: 'doctor', urgency: 'emergency' });
    const before = check('2026-11-30', strain, { rulesVersion: 2 });
    expect(readChecks([before, severe], TODAY)).toEqual({ checks: [before, severe], dropped: 0 });
    expect(readChecks([{ ...severe, answers: { ...severe.answers, painkillers: 'a lot' } }], TODAY)).toEqual({ checks: [], dropped: 1 });
  });

  it('should keep a check made under rules version 2 with the result it was given, which today’s rules work out again when it is opened', () => {
    // 8 out of 10 on day 6 and getting worse: a strain under version 2, to be seen today under version 3.
    const answers = answersSchema.parse(vignettes.find((v) => v.id === 'p-v3-01')?.answers);
    const kept = check('2026-12-01', answers, { level: 'strain', urgency: undefined, rulesVersion: 2 });
    expect(readChecks([kept], TODAY)).toEqual({ checks: [kept], dropped: 0 });
    expect(triage(answers, { unsure: kept.unsure })).toMatchObject({ level: 'doctor', urgency: 'today' });
    expect(readChecks([{ ...kept, rulesVersion: 3 }], TODAY)).toEqual({ checks: [], dropped: 1 });
  });

  it('should keep an emergency stop, which holds the warning signs alone', () => {
    const stop: Check = {
      id: '2026-11-30T09:00:00.000Z',
      date: '2026-11-30',
      answers: { redFlags: ['saddle-numbness'] },
      unsure: [],
      level: 'doctor',
      urgency: 'emergency',
      rulesVersion: 2,
    };
    expect(readChecks([stop], TODAY)?.checks).toEqual([stop]);
  });

  it('should read back a saved file, and refuse anything else with a plain message', () => {
    const checks = [check('2026-11-30', strain), check('2026-12-03', { ...strain, severity: 4, daysSince: 3, trend: 'better' })];
    expect(readExportFile(exportFile(checks, new Date('2026-12-03T12:00:00Z')), TODAY)).toEqual({ ok: true, checks, dropped: 0 });
    expect(readExportFile('not json', TODAY)).toEqual({ ok: false, problem: 'This file is not one Backcheck saved: it could not be read.' });
    expect(readExportFile(JSON.stringify({ format: 'other', version: 1, checks }), TODAY)).toEqual({
      ok: false,
      problem: 'This file is not one Backcheck saved.',
    });
    expect(readExportFile(JSON.stringify({ format: 'backcheck-checks', version: 1, checks: [{ bad: 1 }] }), TODAY)).toEqual({
      ok: false,
      problem: 'This file has no checks Backcheck can read.',
    });
  });
});

describe('the reminder', () => {
  it('should be a calendar file a real parser reads: one day-long event 3 days on, linking back to the checks', () => {
    const text = reminderCalendar({ from: '2026-11-29', checksUrl: 'https://backcheck.example/app/#/checks', made: new Date('2026-11-29T18:00:00Z') });
    expect(text).toMatch(/\r\n$/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const [vevent] = calendar.getAllSubcomponents('vevent');
    if (!vevent) throw new Error('No event in the calendar file');
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toString()).toBe('2026-12-02');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2026-12-03');
    expect(event.summary).toBe('Check your back again with Backcheck');
    expect(event.description).toContain('https://backcheck.example/app/#/checks');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://backcheck.example/app/#/checks');
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
    // No answers, nothing about the person: only when and where to check again.
    expect(text).not.toMatch(/severity|lower|strain|pain [0-9]/i);
  });

  it.each([
    ['es', esChecks],
    ['fr', frChecks],
    ['de', deChecks],
    ['pt-BR', ptBRChecks],
    ['ar', arChecks],
  ])('should be written in %s for a reader in it, folded between characters and read back whole', (_language, words) => {
    const checksUrl = 'https://backcheck.example/app/#/checks';
    const text = reminderCalendar({ from: '2026-11-29', checksUrl, made: new Date('2026-11-29T18:00:00Z') }, words);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('No event in the calendar file');
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toString()).toBe('2026-12-02');
    expect(event.summary).toBe(words.reminderSummary);
    expect(event.description).toBe(words.reminderDescription(checksUrl));
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(words.reminderSummary);
    expect(event.summary).not.toBe('Check your back again with Backcheck');
  });
});
