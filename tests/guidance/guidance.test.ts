import { describe, expect, it } from 'vitest';
import { answersSchema, triage, type Answers } from '../../src/triage';
import { guidanceFor, type Section } from '../../src/guidance/guidance';
import { whenItBegan } from '../../src/checks/recheck';
import vignettes from '../triage/vignettes.json';

const base = answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers);

const guidance = (changes: Partial<Answers>) => {
  const answers = { ...base, ...changes };
  const result = triage(answers);
  return {
    result,
    sections: guidanceFor(result, answers, { activity: answers.activity, daysSince: answers.daysSince, answeredOn: '2026-12-01', callNumber: '999' }),
  };
};

const lines = (sections: Section[]) =>
  sections.flatMap((section) => section.items.map((item) => (typeof item === 'string' ? item : `${item.name}: ${item.how}`)));
const text = (sections: Section[]) => lines(sections).join('\n');

describe('guidance that fits the reason', () => {
  it('should not forbid all activity, nor warn about heat or warning signs, when the pain has only lasted', () => {
    // 20 days, getting better, 4 out of 10, only on movement: a doctor because it has lasted, nothing more.
    const { result, sections } = guidance({ daysSince: 20, trend: 'better', severity: 4, rest: 'eases' });
    expect(result).toMatchObject({ level: 'doctor', urgency: 'soon' });
    expect(result.reasons.map((reason) => reason.id)).toEqual(['lasting-14-days']);
    const all = text(sections);
    expect(all).toContain('stay gently active');
    expect(lines(sections)).not.toContain('Do not train.');
    expect(all).toContain('Do not train your back, and do not train through pain, until you have been seen.');
    expect(all).not.toMatch(/heat/i);
    expect(all).not.toMatch(/warning signs listed/);
    expect(all).toContain('That it began on Wednesday 11 November 2026, 20 days before these answers were given, and whether it is getting better or worse.');
  });

  it('should not say it started after training when the person said it was not linked to a workout', () => {
    const { sections } = guidance({ timing: 'unclear', age: 60, redFlags: ['cancer-history'] });
    const all = text(sections);
    expect(all).toContain('That your back pain is not clearly linked to a workout.');
    expect(all).not.toMatch(/after training/);
  });

  it('should say so on the emergency call too', () => {
    const { result, sections } = guidance({ timing: 'unclear', redFlags: ['saddle-numbness'] });
    expect(result).toMatchObject({ urgency: 'emergency' });
    expect(text(sections)).toContain(
      'Say that you have back pain that is not clearly linked to a workout, and the warning signs listed under “Why this result”.',
    );
  });

  it('should give severe pain the same-day advice, not only the promise that it passes', () => {
    // Day 5 and getting better: past the first days, so the rules call it a strain.
    const { result, sections } = guidance({ severity: 9, daysSince: 5, trend: 'better' });
    expect(result.level).toBe('strain');
    const now = sections.find((section) => section.id === 'do-now');
    expect(now?.items[0]).toBe(
      'Pain this strong should be checked. If it is still 9 out of 10 or is not easing, get seen today: say that it came on after a hard workout, and ask whether you need a blood test for muscle damage (called CK).',
    );
  });

  it.each([
    ['dull', 'Stop if the pain comes back or gets worse.'],
    ['tight', 'Stop if the pain comes back or gets worse.'],
    ['sharp', 'Stop if the sharp pain comes back.'],
  ] as const)('should tell a strain felt as %s to stop when that pain comes back', (character, stop) => {
    const { result, sections } = guidance({ character, side: 'one-side' });
    expect(result.level).toBe('strain');
    expect(text(sections)).toContain(`When everyday movement feels comfortable, go back gradually. ${stop}`);
  });
});

describe('same-day care', () => {
  it.each([
    [['fever'], true],
    [['urinary'], true],
    [['cannot-walk'], false],
    [['breathing-pain'], false],
  ] as const)('should say confusion or drowsiness is a call to the emergency number only with an infection: %j', (redFlags, said) => {
    const { result, sections } = guidance({ redFlags: [...redFlags] });
    expect(result).toMatchObject({ urgency: 'today' });
    expect(text(sections).includes('If you feel confused or very drowsy, call 999.')).toBe(said);
  });
});

describe('calling at once', () => {
  it.each(vignettes.map((v) => [v.id, v] as const))(
    'should name chest pain and breathlessness in every call-at-once line, for vignette %s',
    (_id, vignette) => {
      const answers = answersSchema.parse(vignette.answers);
      const result = triage(answers);
      const atOnce = lines(guidanceFor(result, answers, { activity: answers.activity, daysSince: answers.daysSince, callNumber: '999' })).filter((line) =>
        /at once/.test(line),
      );
      if (result.level !== 'doctor' || result.urgency !== 'emergency') expect(atOnce.length).toBeGreaterThan(0);
      for (const line of atOnce) expect(line).toMatch(/chest pain or shortness of breath/);
    },
  );
});

describe('the exercises', () => {
  const { sections } = guidance({ suddenMoment: true, timing: 'during' });
  const exercises = sections.filter((section) => section.id === 'build-strength' || section.id === 'mobility').flatMap((section) => section.items);

  it('should say how to do each one', () => {
    expect(exercises.length).toBeGreaterThan(0);
    for (const exercise of exercises) {
      expect(typeof exercise).toBe('object');
      if (typeof exercise === 'object') expect(exercise.how.split('. ').length).toBeLessThanOrEqual(3);
    }
  });

  it('should leave out what does not suit an early strain, and make the twist wait', () => {
    const names = exercises.map((exercise) => (typeof exercise === 'string' ? exercise : exercise.name));
    expect(names.join(' ')).not.toMatch(/V-up|jump/i);
    expect(names).toContain('Lying twist, each side, once the sharp pain has gone');
    expect(sections.every((section) => section.id === 'do-now' || section.id === 'avoid' || !/twist/i.test(section.items.join(' ')) || section.later)).toBe(
      true,
    );
  });

  it('should fold the long parts, and keep what to do now first', () => {
    expect(sections[0]?.id).toBe('do-now');
    expect(sections.filter((section) => section.later).map((section) => section.id)).toEqual(['train-again', 'build-strength', 'mobility']);
  });
});

describe('when it began, counted from the day the answers were given', () => {
  it.each([
    [0, '2026-12-01', undefined, 'on Tuesday 1 December 2026, the day these answers were given'],
    [1, '2026-12-01', undefined, 'on Monday 30 November 2026, 1 day before these answers were given'],
    [2, '2026-12-01', undefined, 'on Sunday 29 November 2026, 2 days before these answers were given'],
    [3, '2027-01-02', undefined, 'on Wednesday 30 December 2026, 3 days before these answers were given'],
    [2, '2026-12-01', '2026-12-04', 'on Sunday 29 November, 2 days before these answers were given'],
    [0, undefined, undefined, 'on the day these answers were given (the date they were given is not known)'],
    [5, undefined, '2026-12-04', '5 days before these answers were given (the date they were given is not known)'],
  ] as const)('should say %i days before %s (read on %s) as “%s”', (days, on, today, words) => {
    expect(whenItBegan(days, on, today)).toBe(words);
  });

  it('should tell the doctor the same day whenever the page is read, and say when the date is not known', () => {
    const answers = { ...base, daysSince: 3, timing: 'unclear' as const, age: 60, redFlags: ['cancer-history' as const] };
    const result = triage(answers);
    const tell = (answeredOn?: string) =>
      text(guidanceFor(result, answers, { activity: answers.activity, daysSince: answers.daysSince, answeredOn, callNumber: '999' }));
    expect(tell('2026-12-01')).toContain(
      'The warning signs listed under “Why this result”, and that it began on Saturday 28 November 2026, 3 days before these answers were given.',
    );
    expect(tell()).toContain(
      'The warning signs listed under “Why this result”, and that it began 3 days before these answers were given (the date they were given is not known).',
    );
    expect(tell('2026-12-01')).not.toMatch(/ ago\b/);
  });
});
