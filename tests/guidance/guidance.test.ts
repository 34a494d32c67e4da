import { describe, expect, it } from 'vitest';
import { answersSchema, triage, type Answers, type Triage } from '../../src/triage';
import type { UnsureField } from '../../src/triage/vocabulary';
import { guidanceFor, resultHeading, resultLead, type Exercise, type Section } from '../../src/guidance/guidance';
import { forTheCoach } from '../../src/guidance/for-the-coach';
import { forAHelper } from '../../src/guidance/for-a-helper';
import { CALL_AT_ONCE_SIGNS, HEAT_OR_COLD, kindOf, MEANING, type ResultKind } from '../../src/guidance/one-voice';
import { STAGES, stageLines } from '../../src/checks/ladder';
import { whenItBegan } from '../../src/checks/recheck';
import vignettes from '../triage/vignettes.json';

const base = answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers);
const vignette = (id: string) => answersSchema.parse(vignettes.find((v) => v.id === id)?.answers);

const guidance = (changes: Partial<Answers>, unsure: UnsureField[] = []) => {
  const answers = { ...base, ...changes };
  const result = triage(answers, { unsure });
  return {
    result,
    answers,
    sections: guidanceFor(result, answers, { activity: answers.activity, daysSince: answers.daysSince, answeredOn: '2026-12-01', callNumber: '999', unsure }),
  };
};

const lines = (sections: Section[]) =>
  sections.flatMap((section) => section.items.map((item) => (typeof item === 'string' ? item : `${item.name}: ${item.how}`)));
const text = (sections: Section[]) => lines(sections).join('\n');
/** All a page says: headings, intros and items, with each exercise's name and how. */
const everything = (sections: Section[]) => sections.flatMap((section) => [section.heading, section.intro ?? '', ...lines([section])]).join('\n');

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

  it('should give a severe strain that is clearly getting better one message: when to see a doctor, never “get seen today” beside “a strain”', () => {
    // Day 5 and getting better: past the first days, so the rules call it a strain.
    const { result, answers, sections } = guidance({ severity: 9, daysSince: 5, trend: 'better' });
    expect(result.level).toBe('strain');
    const now = sections.find((section) => section.id === 'do-now');
    expect(now?.items[0]).toBe('Pain this strong needs watching. See a doctor if it stops getting better, or if it is still 8 out of 10 or more in 3 days.');
    const all = [resultLead(result, answers, '999'), everything(sections)].join('\n');
    expect(all).not.toMatch(/get seen today|still 9|blood test|\bCK\b/i);
  });

  it.each([
    ['dull', 'Stop if the pain comes back or gets worse.'],
    ['tight', 'Stop if the pain comes back or gets worse.'],
    ['sharp', 'Stop if the sharp pain comes back.'],
  ] as const)('should tell a strain felt as %s to stop when that pain comes back', (character, stop) => {
    const { result, sections } = guidance({ character, side: 'one-side' });
    expect(result.level).toBe('strain');
    expect(sections.find((section) => section.id === 'train-again')?.intro).toContain(`${stop} If it does, or the next morning is worse, go back one stage.`);
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
    expect(sections.filter((section) => section.later).map((section) => section.id)).toEqual(['train-again', 'mobility', 'build-strength']);
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

/** What the person, their coach and anyone helping them read for these answers. */
const pages = (answers: Answers, unsure: UnsureField[] = []) => {
  const result: Triage = triage(answers, { unsure });
  const sections = guidanceFor(result, answers, { activity: answers.activity, daysSince: answers.daysSince, callNumber: '999', unsure });
  const coach = forTheCoach(result, answers, '999', 'Alex');
  const helper = forAHelper(result, answers, '999', 'Alex');
  return {
    result,
    sections,
    athlete: [resultHeading(result, '999'), resultLead(result, answers, '999'), everything(sections)].join('\n'),
    coach: [coach.lead, ...coach.items].join('\n'),
    helper: [helper.lead, ...helper.items].join('\n'),
  };
};

const SEVERE_DAY_AFTER = { severity: 9, daysSince: 1, trend: 'same' } as const;
const TWINGE = { suddenMoment: true, timing: 'during', character: 'sharp', side: 'one-side' } as const;
const CK = /blood test for muscle damage \(called CK\)/;

/** Answers beyond the worked cases: the new rules, a severe strain, soreness past day 3, not sure. */
const MORE: [string, Answers, UnsureField[]][] = [
  ['severe the day after a workout', { ...base, ...SEVERE_DAY_AFTER }, []],
  ['severe after a twinge, painkillers not helped', { ...base, ...TWINGE, severity: 9, daysSince: 2, painkillers: 'not-helped' }, []],
  ['severe, nothing eases it, not linked to a workout', { ...base, timing: 'unclear', rest: 'no-relief', severity: 9, daysSince: 8 }, []],
  ['severe, nothing eases it, day 10 after a workout', { ...base, rest: 'no-relief', severity: 9, daysSince: 10 }, []],
  ['not sure of a sudden moment, severe the day after', { ...base, ...SEVERE_DAY_AFTER, suddenMoment: true }, ['suddenMoment']],
  ['severe muscle pain with cola-coloured pee', { ...vignette('p-v3-02'), redFlags: ['dark-urine'] }, []],
  ['a severe strain getting better on day 5', { ...base, severity: 9, daysSince: 5, trend: 'better' }, []],
  ['a severe strain on day 1 after a twinge', { ...base, ...TWINGE, severity: 8, daysSince: 1, painkillers: 'helped' }, []],
  ['soreness on day 5', { ...base, daysSince: 5 }, []],
  ['not sure it is getting better', { ...base, daysSince: 5 }, ['trend']],
  ...(['lifting', 'running', 'cycling', 'sport', 'other'] as const).map((activity): [string, Answers, UnsureField[]] => [
    `a strain from ${activity}`,
    { ...vignette('p-st01'), activity },
    [],
  ]),
];

const CASES: [string, Answers, UnsureField[]][] = [
  ...vignettes.map((v): [string, Answers, UnsureField[]] => [v.id, answersSchema.parse(v.answers), []]),
  ...MORE,
];

describe('guidance for the severe-pain rules and one voice on every page, answer by answer', () => {
  const ROWS: [string, Answers, UnsureField[], ResultKind, (string | RegExp)[], (string | RegExp)[]][] = [
    [
      'severe muscle pain the day after a workout (severe-delayed-muscle-pain)',
      { ...base, ...SEVERE_DAY_AFTER },
      [],
      'today',
      [
        'Get seen today, at an urgent care centre or an emergency department. Say that it came on after a hard workout, and ask whether you need a blood test for muscle damage (called CK).',
        'Stop training until you have been seen, and drink more water than usual.',
        'the sore muscles swell or go hard',
        'your pee turns dark brown or cola-coloured',
        'a leg goes weak or numb',
        'a hard first session after a break, or a big jump in load',
      ],
      [/drink as you normally would|drink as normal/i],
    ],
    [
      'severe pain not easing after a sudden twinge (severe-not-easing)',
      vignette('p-v3-01'),
      [],
      'today',
      ['Get seen today, at an urgent care centre or an emergency department.', 'drink more water than usual', 'a leg goes weak or numb'],
      [CK, /hard first session/],
    ],
    [
      'severe pain painkillers have not helped, after a sudden twinge (severe-despite-painkillers)',
      { ...base, ...TWINGE, severity: 9, daysSince: 2, painkillers: 'not-helped' },
      [],
      'today',
      ['drink more water than usual', 'the sore muscles swell or go hard'],
      [CK],
    ],
    [
      'severe pain nothing eases, not linked to a workout (severe-unrelenting)',
      { ...base, timing: 'unclear', rest: 'no-relief', severity: 9, daysSince: 8 },
      [],
      'today',
      ['Get seen today, at an urgent care centre or an emergency department.', 'drink more water than usual'],
      [CK, /came on after a hard workout/],
    ],
    [
      'severe pain nothing eases, day 10 after a workout (severe-unrelenting)',
      { ...base, rest: 'no-relief', severity: 9, daysSince: 10 },
      [],
      'today',
      [CK],
      [],
    ],
    [
      'not sure of a sudden moment, severe the day after a workout',
      { ...base, ...SEVERE_DAY_AFTER, suddenMoment: true },
      ['suddenMoment'],
      'today',
      ['If it did not start at one moment, say that it came on after a hard workout, and ask whether you need a blood test for muscle damage (called CK).'],
      [/^Say that it came on/m],
    ],
    [
      'severe muscle pain painkillers have not helped (muscle-pain-despite-painkillers)',
      vignette('p-v3-02'),
      [],
      'emergency',
      [
        'Go to an emergency department now',
        'Go to the nearest emergency department now. If you cannot get there safely, or the muscles swell or go hard, call 999.',
        'Ask whether you need a blood test for muscle damage (called CK).',
      ],
      [/Call 999 now/, /drink/i],
    ],
    [
      'the same with cola-coloured pee: a warning sign, so a call now',
      { ...vignette('p-v3-02'), redFlags: ['dark-urine'] },
      [],
      'emergency',
      ['Call 999 now, or go to the nearest emergency department.'],
      ['Go to an emergency department now'],
    ],
    [
      'a severe strain clearly getting better, day 5',
      { ...base, severity: 9, daysSince: 5, trend: 'better' },
      [],
      'strain',
      ['Pain this strong needs watching. See a doctor if it stops getting better, or if it is still 8 out of 10 or more in 3 days.'],
      [/get seen today/i, CK, /still 9/],
    ],
    [
      'a severe strain on day 1 after a twinge',
      { ...base, ...TWINGE, severity: 8, daysSince: 1, painkillers: 'helped' },
      [],
      'strain',
      ['It should start to ease within 3 days of when it started'],
      [CK, /get seen today/i],
    ],
    [
      'soreness on day 2',
      base,
      [],
      'soreness',
      ['Soreness usually eases in 2 to 3 days.', 'If it is not easing after 3 days, answer the questions again.'],
      [/within about a week|gone within a week/],
    ],
    [
      'soreness on day 5, getting better',
      { ...base, daysSince: 5 },
      [],
      'soreness',
      [
        'Soreness is usually gone within about a week of when it started.',
        'If it is not gone within a week of when it started, answer the questions again, or see a doctor or physiotherapist.',
      ],
      [/2 to 3 days/, /not easing after 3 days/],
    ],
    [
      'a strain: what to do now is stage 1, and cold for the first 2 days',
      vignette('p-st01'),
      [],
      'strain',
      ['For now: everyday activity and walking. No training of the movement that hurts.', HEAT_OR_COLD],
      [/2 to 3 days[^.]*cold|cold[^.]*2 to 3 days/i],
    ],
  ];

  it.each(ROWS)('%s', (_what, answers, unsure, kind, contains, lacks) => {
    const { result, athlete } = pages(answers, unsure);
    expect(kindOf(result)).toBe(kind);
    for (const line of contains) expect(athlete).toMatch(typeof line === 'string' ? new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : line);
    for (const line of lacks) expect(athlete).not.toMatch(typeof line === 'string' ? new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : line);
  });

  it('should keep the strain page’s “what to do now” to stage 1: no swimming or cycling yet', () => {
    for (const activity of ['lifting', 'running', 'cycling', 'sport', 'other'] as const) {
      const { sections } = pages({ ...vignette('p-st01'), activity });
      const now = everything(sections.filter((section) => section.id === 'do-now'));
      expect(now).toContain(STAGES[0]?.what.replace(/^./, (c) => c.toLowerCase()));
      expect(now).not.toMatch(/swim|cycling/i);
    }
    expect(STAGES[0]?.what).not.toMatch(/swim|cycling/i);
    expect(STAGES[1]?.what).toMatch(/swimming or easy cycling/);
  });
});

describe('the coach and anyone helping read what the person reads', () => {
  const KINDS: [string, ResultKind, Answers][] = [
    ['p-so01', 'soreness', vignette('p-so01')],
    ['soreness on day 5', 'soreness', { ...base, daysSince: 5 }],
    ['p-st01', 'strain', vignette('p-st01')],
    ['a severe strain getting better', 'strain', { ...base, severity: 9, daysSince: 5, trend: 'better' }],
    ['p-s01', 'soon', vignette('p-s01')],
    ['p-t02', 'today', vignette('p-t02')],
    ['severe the day after a workout', 'today', { ...base, ...SEVERE_DAY_AFTER }],
    ['p-v3-01', 'today', vignette('p-v3-01')],
    ['p-e01', 'emergency', vignette('p-e01')],
    ['p-v3-02', 'emergency', vignette('p-v3-02')],
  ];
  const says = (phrase: string) => new RegExp(`\\b${phrase}\\b`, 'i');

  it.each(KINDS)('should name the same urgency and the same signs to call about for %s (%s)', (_what, kind, answers) => {
    const { result, sections, athlete, coach, helper } = pages(answers);
    expect(kindOf(result)).toBe(kind);
    const { heading } = { heading: resultHeading(result, '999') };
    for (const words of [heading, coach.split('\n')[0], helper.split('\n')[0]]) expect(words).toMatch(says(MEANING[kind]));
    for (const sign of CALL_AT_ONCE_SIGNS) {
      expect({ sign: sign.you, coach: coach.includes(sign.they), helper: helper.includes(sign.they) }).toEqual({
        sign: sign.you,
        coach: athlete.includes(sign.you),
        helper: athlete.includes(sign.you),
      });
    }
    // Said once a page, wherever it is said.
    const atOnce = (words: string) => words.split('\n').filter((line) => / at once if /.test(line)).length;
    const once = kind === 'emergency' ? 0 : 1;
    expect([atOnce(lines(sections).join('\n')), atOnce(coach), atOnce(helper)]).toEqual([once, once, once]);
  });

  it.each(KINDS.filter(([, kind]) => kind === 'soon' || kind === 'today' || kind === 'emergency'))(
    'should never tell the coach to bring them back stage by stage when %s needs a doctor',
    (_what, _kind, answers) => {
      expect(pages(answers).coach).not.toMatch(/stage/i);
    },
  );

  it.each(KINDS.filter(([, kind]) => kind === 'emergency'))(
    'should tell the coach and a helper to stay with them and not let them drive (%s)',
    (_what, _kind, answers) => {
      const { coach, helper } = pages(answers);
      for (const words of [coach, helper]) expect(words).toMatch(/stay with them\. Do not let them drive\./);
    },
  );

  it('should tell the coach the same as the person about soreness, by the day', () => {
    expect(pages(base).coach).toContain('Ask them to check again if it is not easing after 3 days.');
    const day5 = pages({ ...base, daysSince: 5 }).coach;
    expect(day5).toContain('Ask them to check again if it is not gone within a week of when it started.');
    expect(day5).not.toMatch(/3 days/);
  });

  it('should give a severe strain the same watch on every page', () => {
    const { athlete, coach, helper } = pages({ ...base, severity: 9, daysSince: 5, trend: 'better' });
    const watch = 'a doctor if it stops getting better, or if it is still 8 out of 10 or more in 3 days.';
    for (const words of [athlete, coach, helper]) expect(words).toContain(watch);
  });
});

describe('plain words, named moves and heat, on every page', () => {
  const JARGON = /piriformis|glutes|hip flexors|hamstrings/i;
  const PLAIN_FIRST = [/the backs of your thighs \(hamstrings\)/g, /the muscles of your bottom \(glutes\)/g, /the fronts of your hips \(hip flexors\)/g];
  const MOVES = /cat-cow|figure-4|dead bug|bird dog|twist|superman|plank|bridge/i;

  /** Every exercise a page names, the ladder's stages included. */
  const exercisesOf = (sections: Section[]) => sections.flatMap((section) => section.items.filter((item): item is Exercise => typeof item === 'object'));
  /** What a page says outside its exercises: headings, intros and plain lines. */
  const plainOf = (sections: Section[]) =>
    sections.flatMap((section) => [section.heading, section.intro ?? '', ...section.items.filter((item): item is string => typeof item === 'string')]);
  const stageSections: Section[] = STAGES.map((stage) => ({
    id: `stage-${stage.number}`,
    heading: stage.name,
    items: [...stageLines(stage), ...(stage.moves ?? [])],
  }));

  it.each(CASES)('should give the plain word first, and how to do each named move, for %s', (_what, answers, unsure) => {
    const { sections, athlete, coach, helper } = pages(answers, unsure);
    const all = [athlete, coach, helper, everything(stageSections)].join('\n');
    expect(PLAIN_FIRST.reduce((words, plain) => words.replace(plain, ''), all)).not.toMatch(JARGON);
    for (const words of [...plainOf(sections), ...plainOf(stageSections), coach, helper]) expect(words).not.toMatch(MOVES);
    for (const exercise of [...exercisesOf(sections), ...exercisesOf(stageSections)]) {
      expect(exercise.how.length).toBeGreaterThan(20);
      expect(exercise.how.split('. ').length).toBeLessThanOrEqual(3);
    }
  });

  it.each(CASES)(
    'should offer a twist only without a warning against twisting, and after a strain only once the sharp pain has gone: %s',
    (_what, answers, unsure) => {
      const { result, sections } = pages(answers, unsure);
      for (const page of [sections, stageSections.slice(1, 2)]) {
        const twists = exercisesOf(page).filter((exercise) => /twist/i.test(exercise.name));
        if (twists.length === 0) continue;
        // Nothing else on the page mentions twisting, so nothing warns against it beside it.
        expect(twists.reduce((words, twist) => words.replaceAll(twist.name, ''), everything(page))).not.toMatch(/twist/i);
        if (result.level === 'strain' || page !== sections) for (const twist of twists) expect(twist.name).toMatch(/once the sharp pain has gone/);
      }
      expect(everything(stageSections.slice(0, 1))).not.toMatch(/twist/i);
    },
  );

  it.each(CASES)('should say heat or cold once, the one way, wherever it is mentioned: %s', (_what, answers, unsure) => {
    const { sections, coach, helper } = pages(answers, unsure);
    for (const words of [lines(sections), coach.split('\n'), helper.split('\n')]) {
      const heat = words.filter((line) => /\bheat\b|\bcold\b|\bice\b/i.test(line));
      expect(heat.length).toBeLessThanOrEqual(1);
      for (const line of heat) expect(line).toBe(HEAT_OR_COLD);
    }
  });

  it('should say cold for the first 2 days after a sudden strain, then heat or cold', () => {
    expect(HEAT_OR_COLD).toMatch(/first 2 days after a sudden strain, use cold/);
    expect(HEAT_OR_COLD).toMatch(/After that, use heat or cold, whichever eases it\./);
  });
});

describe('the return-to-training stages', () => {
  it('should move on from stage 2 after 2 days without sharp pain, at 2 out of 10 or less during and the next morning', () => {
    expect(STAGES[1]?.moveOnWhen).toBe('You have had 2 days without sharp pain, and the pain is 2 out of 10 or less during activity and the next morning.');
    expect(STAGES[0]?.moveOnWhen).toBe('Everyday movement is comfortable, and the pain is 3 out of 10 or less.');
  });

  it.each(STAGES.map((stage) => [stage.number, stage] as const))('should say each thing once at stage %i', (_number, stage) => {
    const sentences = stageLines(stage).flatMap((line) => line.split(/(?<=\.) /));
    expect(new Set(sentences).size).toBe(sentences.length);
    // Stage 1 is everyday life: there is no session to stop.
    if (stage.number === 1) expect(stageLines(stage).join(' ')).not.toMatch(/session/);
    else expect(stageLines(stage).join(' ')).toMatch(/If you get a sharp pain, stop that session and go back one stage\./);
  });

  it('should give stage 2’s moves with how to do each, and keep the twist until the sharp pain has gone', () => {
    expect(STAGES[1]?.moves?.map((move) => move.name)).toEqual([
      'Cat-cow',
      'Lying figure-4 stretch, for the muscles of your bottom (glutes), each side',
      'Lying twist, each side, once the sharp pain has gone',
    ]);
  });
});
