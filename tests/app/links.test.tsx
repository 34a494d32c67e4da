import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/state/saved';
import { followOtherTabs } from '../../src/state/store';
import { now } from '../../src/state/clock';
import { localDate } from '../../src/dates/dates';
import { answersSchema } from '../../src/triage';
import { resultFragment } from '../../src/share-link/result-link';
import vignettes from '../triage/vignettes.json';
import type { UnsureField } from '../../src/triage/vocabulary';
import { sorenessPages } from '../fixtures/soreness-pages';
import { answerPage, answerPages, heading, renderApp, resultHeading } from './render-app';

/** A worked case may carry the fields the person was not sure of beside its answers (rules v3). */
const cases = vignettes as unknown as ((typeof vignettes)[number] & { unsure?: UnsureField[] })[];

const sorenessLink = resultFragment(answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers));

const savedProgress = JSON.stringify({
  state: { choices: { emergencySigns: ['none'], area: 'upper', side: 'center' }, coach: null },
  version: STORAGE_VERSION,
});

describe('result links', () => {
  it.each(cases.map((v) => [v.id, v] as const))('should show the right result for the link to vignette %s', async (_id, vignette) => {
    renderApp(resultFragment(answersSchema.parse(vignette.answers), vignette.unsure));
    const result = await resultHeading();
    expect(result).toHaveAttribute('data-triage', vignette.expect.level);
    if (vignette.expect.urgency) expect(result).toHaveAttribute('data-urgency', vignette.expect.urgency);
    else expect(result).not.toHaveAttribute('data-urgency');
    expect(result).toHaveAttribute('data-rules-version', '3');
    expect(screen.getByText(/Worked out on this device with Backcheck’s rules, version 3, last changed 4 December 2026\./)).toBeInTheDocument();
    expect(screen.queryByText(/earlier version of Backcheck’s rules/)).not.toBeInTheDocument();
  });

  it("should work out a link made under rules version 1 again with today's rules, and say so", async () => {
    // A link from before rules versions: a severe ache the day after deadlifts, a strain then, to be seen today now.
    const v1 =
      '#/result?area=lower&side=both-sides&activity=lifting&timing=next-day&suddenMoment=0&character=dull&severity=8&radiation=none&rest=eases&loadedArea=1&daysSince=1&trend=same&redFlags=';
    renderApp(v1);
    const result = await resultHeading();
    expect(result).toHaveAttribute('data-urgency', 'today');
    expect(result).toHaveAttribute('data-rules-version', '3');
    expect(
      screen.getByText(
        'This link was made with an earlier version of Backcheck’s rules (version 1). The result below has been worked out again with today’s rules (version 3).',
      ),
    ).toBeInTheDocument();
  });

  it('should work out a link made under rules version 2 again with today’s rules, and say so', async () => {
    // Pain 8 out of 10 on day 6 and getting worse: a strain under version 2, to be seen today now.
    renderApp(resultFragment(answersSchema.parse(vignettes.find((v) => v.id === 'p-v3-01')?.answers)).replace(/&rules=3$/, '&rules=2'));
    const result = await resultHeading();
    expect(result).toHaveAttribute('data-urgency', 'today');
    expect(result).toHaveAttribute('data-rules-version', '3');
    expect(
      screen.getByText(
        'This link was made with an earlier version of Backcheck’s rules (version 2). The result below has been worked out again with today’s rules (version 3).',
      ),
    ).toBeInTheDocument();
  });

  it('should open a link made with a newer version of Backcheck, and say this version’s rules worked it out', async () => {
    renderApp(sorenessLink.replace(/&rules=3$/, '&rules=99'));
    const result = await resultHeading();
    expect(result).toHaveAttribute('data-triage', 'soreness');
    expect(result).toHaveAttribute('data-rules-version', '3');
    expect(
      screen.getByText(
        'This link was made with a newer version of Backcheck (rules version 99). The result below has been worked out with this version’s rules (version 3). Reload the page to get the newest version.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/earlier version of Backcheck’s rules/)).not.toBeInTheDocument();
  });

  it('should count not sure toward severe pain: 9 out of 10 the day after, not sure of a sudden moment, is seen today', async () => {
    renderApp(sorenessLink.replace('severity=5', 'severity=9').replace('suddenMoment=0', 'suddenMoment=1').replace('&rules=3', '&unsure=suddenMoment&rules=3'));
    const result = await resultHeading();
    expect(result).toHaveAttribute('data-triage', 'doctor');
    expect(result).toHaveAttribute('data-urgency', 'today');
    expect(screen.getByText(/^You were not sure whether it started at one moment/)).toBeInTheDocument();
  });

  it('should show the painkillers answer from a link in its own words, and its result', async () => {
    renderApp(sorenessLink.replace('severity=5', 'severity=9').replace('&redFlags', '&painkillers=not-helped&redFlags'));
    const result = await resultHeading();
    expect(result).toHaveAttribute('data-urgency', 'emergency');
    const rows = screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(rows).toContainEqual(['Have painkillers helped?', 'No, they have not helped']);
  });

  it('should say which answers the sender was not sure of, and never state them as facts', async () => {
    const answers = answersSchema.parse({ ...vignettes.find((v) => v.id === 'p-so01')?.answers, suddenMoment: true, loadedArea: false });
    renderApp(resultFragment(answers, ['suddenMoment', 'loadedArea']));
    expect(await resultHeading()).toHaveAttribute('data-triage', 'strain');

    const notSure = screen.getByText('Where you were not sure:').parentElement as HTMLElement;
    expect(
      within(notSure)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Can you name the moment it started? You answered “I’m not sure”.',
      'Is the pain where your muscles worked hardest in that workout? You answered “I’m not sure”.',
    ]);
    const rows = screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(rows).toContainEqual(['Could you name the moment it started?', 'I’m not sure']);
    expect(rows).toContainEqual(['Is it where your muscles worked hardest?', 'I’m not sure']);
    expect(screen.queryByText(/You can name the moment it started/)).not.toBeInTheDocument();
    expect(screen.queryByText(/It is not where your muscles worked hardest/)).not.toBeInTheDocument();
    expect(screen.getByText(/^You were not sure whether it is where your muscles worked hardest, so Backcheck took the careful answer\./)).toBeInTheDocument();
  });

  it('should show a not-sure answer in the words of the option the person chose: “Hard to say”', async () => {
    const answers = answersSchema.parse({ ...vignettes.find((v) => v.id === 'p-so01')?.answers, daysSince: 5, trend: 'same' });
    renderApp(resultFragment(answers, ['trend']));
    await resultHeading();
    const notSure = screen.getByText('Where you were not sure:').parentElement as HTMLElement;
    expect(within(notSure).getByRole('listitem')).toHaveTextContent('Since it started, is it getting better or worse? You answered “Hard to say”.');
    expect(notSure).not.toHaveTextContent('I’m not sure');
    const rows = screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(rows).toContainEqual(['Getting better or worse', 'Hard to say']);
  });

  it.each([
    [16, 15, true],
    [17, 14, true],
    [18, 20, false],
    [16, 10, false],
  ])('should give the note for young athletes to someone aged %i with pain for %i days: %s', async (age, daysSince, shown) => {
    const answers = answersSchema.parse({ ...vignettes.find((v) => v.id === 'p-so01')?.answers, age, daysSince, trend: 'better' });
    renderApp(resultFragment(answers));
    await resultHeading();
    const note = screen.queryByRole('heading', { name: 'For young athletes' });
    if (shown) {
      expect(note).toBeInTheDocument();
      expect(screen.getByText(/sometimes caused by a small stress fracture in the spine/)).toBeInTheDocument();
      expect(screen.getByText('Decide when to go back to full training with a doctor or physiotherapist.')).toBeInTheDocument();
    } else {
      expect(note).not.toBeInTheDocument();
    }
  });

  it('should link each reason to its rule on the rules page', async () => {
    const { user } = renderApp(resultFragment(answersSchema.parse(vignettes.find((v) => v.id === 'p-v01')?.answers)));
    await resultHeading();
    const reasons = screen.getByRole('heading', { name: 'Why this result' }).nextElementSibling as HTMLElement;
    const reason = within(reasons).getByText(/Your sore back muscles are swollen/);
    await user.click(within(reason).getByRole('link', { name: 'About this rule: Swollen or rock-hard back muscles' }));

    await heading('How Backcheck decides');
    const rule = document.getElementById('rule-red-flag-swollen-muscles') as HTMLElement;
    await waitFor(() => expect(within(rule).getByRole('heading', { level: 3, name: 'Swollen or rock-hard back muscles' })).toHaveFocus());
  });

  it('should say that answers came from a link, and offer to answer for yourself', async () => {
    const { user } = renderApp(sorenessLink, { saved: savedProgress });
    await resultHeading();
    expect(screen.getByText('These answers came from a link someone shared. The result is for the person who answered them.')).toBeInTheDocument();
    expect(screen.getByText('On both sides')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Change your answers' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Answer for yourself' }));
    await heading('Back pain after training?');
    expect(await screen.findByRole('button', { name: 'Continue where you left off' })).toBeInTheDocument();
  });

  it('should copy the link to the result', async () => {
    const { user } = renderApp(sorenessLink);
    await resultHeading();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(`http://localhost:3000/${sorenessLink}`);
  });

  it('should show the link to copy by hand where the browser refuses the clipboard', async () => {
    const { user } = renderApp(sorenessLink);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError'));
    await resultHeading();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const link = await screen.findByLabelText('Link to this result');
    expect(link).toHaveValue(`http://localhost:3000/${sorenessLink}`);
    expect(within(screen.getByRole('region', { name: 'Share this result' })).getByRole('status')).toHaveTextContent('Copy the link below.');
  });

  const damaged: [string, string][] = [
    ['an unknown value', sorenessLink.replace('area=lower', 'area=neck')],
    ['a missing field', sorenessLink.replace('&severity=5', '')],
    ['a missing redFlags', sorenessLink.replace(/&redFlags=[^&]*/, '')],
    ['a bad escape', sorenessLink.replace('area=lower', 'area=%E0%A4%A')],
    ['a huge value', sorenessLink.replace('daysSince=2', `daysSince=${'9'.repeat(400)}`)],
    ['markup', sorenessLink.replace('area=lower', 'area=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')],
    ['an unknown field', `${sorenessLink}&mood=ok`],
    ['an unknown not-sure answer', `${sorenessLink}&unsure=mood`],
    ['a field given twice', `${sorenessLink}&area=upper`],
    ['nothing at all', '#/result'],
  ];

  it.each(damaged)('should explain a link with %s, show no result, and keep saved answers', async (_what, fragment) => {
    const { user } = renderApp(fragment, { saved: savedProgress });
    await heading('This link does not work');
    expect(document.querySelector('[data-triage]')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(savedProgress);

    expect(screen.getByText(/Anything you have already answered on this device is still saved\./)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to your saved answers' }));
    await user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    await heading('What was the workout before the pain started?');
  });

  it('should not claim answers are saved where none are', async () => {
    const { user } = renderApp(sorenessLink.replace('area=lower', 'area=neck'));
    await heading('This link does not work');
    expect(screen.queryByText(/still saved/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Answer the questions yourself' }));
    await heading('Back pain after training?');
  });

  it.each([
    ['a number out of range', sorenessLink.replace('severity=5', 'severity=12'), 'The answer to “How bad it is” is not one Backcheck gives.'],
    ['a missing answer', sorenessLink.replace('&trend=better', ''), 'The answer to “Better, same or worse” is missing.'],
    ['an unknown part', `${sorenessLink}&mood=ok`, 'This link has a part that is not one of Backcheck’s answers.'],
    [
      'a painkillers answer Backcheck does not give',
      sorenessLink.replace('&redFlags', '&painkillers=lots&redFlags'),
      'The answer to “Painkillers” is not one Backcheck gives.',
    ],
  ])('should name what is wrong with a link with %s, in words and without field names', async (_what, fragment, problem) => {
    const { user } = renderApp(fragment);
    await heading('This link does not work');
    const details = screen.getByText('What is wrong with the link');
    await user.click(details);
    const problems = within(details.closest('details') as HTMLElement).getByRole('list');
    expect(within(problems).getByText(problem)).toBeVisible();
    expect(problems.textContent).not.toMatch(/severity|trend|mood|\(/);
  });
});

describe('saved progress', () => {
  it.each([
    ['corrupt', '{"state": {"choices": {"area": "neck"}', 'Your saved answers could not be read, so Backcheck has started afresh.'],
    ['not JSON at all', 'undefined', 'Your saved answers could not be read, so Backcheck has started afresh.'],
    [
      'from an older version',
      JSON.stringify({ state: { answers: { area: 'lower' } }, version: 0 }),
      'Your saved answers were from an older version of Backcheck, so it has started afresh.',
    ],
    [
      'of the wrong shape',
      JSON.stringify({ state: { choices: 'lower back' }, version: STORAGE_VERSION }),
      'Your saved answers could not be read, so Backcheck has started afresh.',
    ],
  ])('should drop saved data that is %s, with a short notice', async (_what, saved, notice) => {
    const { user } = renderApp('#/', { saved });
    await heading('Back pain after training?');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(notice));
    expect(screen.getByRole('link', { name: 'Start now' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hide this message' }));
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });
});

describe('saved progress with a bad part', () => {
  const saved = (state: unknown, version = STORAGE_VERSION) => JSON.stringify({ state, version });
  const goodChoices = { emergencySigns: ['none'], area: 'upper', side: 'center' };

  it.each([
    [
      'an answer out of range',
      saved({ choices: { ...goodChoices, severity: '99' }, coach: null }),
      'Backcheck could not use your answer to “Worst pain, out of 10”, so it has been left out. Everything else you saved is kept.',
      null,
    ],
    [
      'a question Backcheck no longer asks',
      saved({ choices: { ...goodChoices, mood: 'fine' }, coach: { name: 'Sam' } }),
      'Backcheck could not use an answer to a question Backcheck no longer asks, so it has been left out. Everything else you saved is kept.',
      'Sam',
    ],
    [
      'a coach sport that no longer exists',
      saved({ choices: goodChoices, coach: { name: 'Sam', activity: 'golf' } }),
      'Backcheck could not use the kind of training your coach Sam set, so it has been left out. Everything else you saved is kept.',
      'Sam',
    ],
  ])('should keep everything but %s, and say what was left out', async (_what, data, notice, coach) => {
    const { user } = renderApp('#/', { saved: data });
    await heading('Back pain after training?');
    expect(screen.getByRole('status')).toHaveTextContent(notice);
    if (coach) expect(screen.getByText(`Sent by your coach ${coach}`)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    await heading('What was the workout before the pain started?');
  });

  it('should say that data from a newer version is newer, and keep what it can read', async () => {
    renderApp('#/', { saved: saved({ choices: goodChoices, coach: null, checks: [] }, STORAGE_VERSION + 1) });
    await heading('Back pain after training?');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your answers were saved by a newer version of Backcheck than this page. Reload the page to get the newest version.',
    );
    expect(screen.queryByText(/older version/)).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Continue where you left off' })).toBeInTheDocument();
  });
});

describe('saved progress from version 1', () => {
  it('should keep the answers and the coach of someone halfway through when a newer version arrives', async () => {
    // Exactly what version 1 of Backcheck wrote.
    const version1 =
      '{"state":{"choices":{"emergencySigns":["none"],"area":"lower","side":"both-sides"},"coach":{"name":"Sam","activity":"running"}},"version":1}';
    const { user } = renderApp('#/', { saved: version1 });
    await heading('Back pain after training?');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText('Sent by your coach Sam, for running')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    await heading('How did it start?');
    await answerPage(user, 'Gradually, 1 to 3 days after it', 'No');
    await heading('What does the pain feel like?');
    // The next save writes today's version, with everything from version 1 in it, as answers under way since today.
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toEqual({
      state: {
        choices: { emergencySigns: ['none'], area: 'lower', side: 'both-sides', timing: 'next-day', suddenMoment: 'no' },
        coach: { name: 'Sam', activity: 'running' },
        checks: [],
        recheck: null,
        progress: { started: localDate(now()), kept: null, edited: false },
        team: [],
      },
      version: STORAGE_VERSION,
    });
  });
});

describe('two tabs', () => {
  it('should take the answers another tab saved, and say so', async () => {
    const stop = followOtherTabs();
    onTestFinished(stop);
    const { user } = renderApp('#/', { saved: savedProgress });
    await heading('Back pain after training?');
    expect(await screen.findByRole('button', { name: 'Continue where you left off' })).toBeInTheDocument();

    // The other tab started again: it saved no answers.
    const other = JSON.stringify({ state: { choices: {}, coach: null, checks: [], recheck: null, team: [] }, version: STORAGE_VERSION });
    localStorage.setItem(STORAGE_KEY, other);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: other }));

    expect(await screen.findByText('Your answers were changed in another tab or window, so this page now shows the latest.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start now' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide this message' }));
    // Nothing this tab writes back undoes the other's start again.
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toEqual({
      state: { choices: {}, coach: null, checks: [], recheck: null, progress: null, team: [] },
      version: STORAGE_VERSION,
    });
  });
});

describe('coach links', () => {
  it('should keep a coach from a link that an app added its own keys to', async () => {
    renderApp('#/?coach=Sam&utm_source=whatsapp&fbclid=Iw_AR0');
    await heading('Back pain after training?');
    expect(screen.getByText('Sent by your coach Sam')).toBeInTheDocument();
    expect(screen.queryByText(/damaged/)).not.toBeInTheDocument();
  });

  it('should forget a remembered coach from the start page, keeping the answers', async () => {
    const { user } = renderApp('#/', {
      saved: JSON.stringify({ state: { choices: { emergencySigns: ['none'] }, coach: { name: 'Sam' } }, version: STORAGE_VERSION }),
    });
    await heading('Back pain after training?');
    await user.click(screen.getByRole('button', { name: 'Forget coach Sam' }));
    expect(screen.queryByText(/Sent by your coach/)).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ state: { coach: null, choices: { emergencySigns: ['none'] } } });
    expect(await screen.findByRole('button', { name: 'Continue where you left off' })).toBeInTheDocument();
  });

  it('should offer "Send to my coach" only where there is a coach, and forget the coach from the result', async () => {
    const { user } = renderApp(sorenessLink, { saved: JSON.stringify({ state: { choices: {}, coach: { name: 'Sam' } }, version: STORAGE_VERSION }) });
    await resultHeading();
    await user.click(screen.getByRole('button', { name: 'Forget coach Sam' }));
    expect(screen.queryByRole('button', { name: /Send to my coach/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('should show the coach, skip the workout question and offer to send the result to the coach', async () => {
    const { user } = renderApp('#/?coach=Sam%20Lee&activity=running');
    await heading('Back pain after training?');
    expect(screen.getByText('Sent by your coach Sam Lee, for running')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Start now' }));
    const withoutWorkout = sorenessPages.filter((_, i) => i !== 2);
    await answerPages(user, withoutWorkout.slice(0, 2));
    await heading('How did it start?');
    expect(screen.getByText('Question 3 of 11')).toBeInTheDocument();
    await answerPages(user, withoutWorkout.slice(2));
    await heading('Check your answers');
    expect(screen.getByText('Running')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'See your result' }));
    await resultHeading();
    expect(window.location.hash).toContain('activity=running');
    expect(screen.getByRole('button', { name: 'Send to my coach Sam Lee' })).toBeInTheDocument();
    expect(screen.getByText(/Warm up by walking, then jogging slowly/)).toBeInTheDocument();
  });

  it.each([
    ['markup in the name', '#/?coach=%3Cb%3ESam%3C%2Fb%3E&activity=running'],
    ['a name far too long', `#/?coach=${'S'.repeat(60)}`],
    ['an unknown sport', '#/?coach=Sam&activity=golf'],
  ])('should ignore a coach link with %s, saying so', async (_what, fragment) => {
    renderApp(fragment);
    await heading('Back pain after training?');
    expect(screen.getByText(/The link you followed was damaged/)).toBeInTheDocument();
    expect(screen.queryByText(/Sent by your coach/)).not.toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });

  it('should let a coach make a link with their name and sport', async () => {
    const { user } = renderApp('#/coach');
    await heading('Make a link for your trainees');
    await user.click(screen.getByRole('button', { name: 'Make link' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter your name' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Your name'), 'Sam Lee');
    await user.click(screen.getByLabelText('Cycling or spinning'));
    await user.click(screen.getByRole('button', { name: 'Make link' }));
    const link = await screen.findByLabelText('Send this link to your trainees');
    expect(link).toHaveValue('http://localhost:3000/#/?coach=Sam%20Lee&activity=cycling');
  });

  it('should refuse markup in a coach name', async () => {
    const { user } = renderApp('#/coach');
    await user.type(await screen.findByLabelText('Your name'), '<script>');
    await user.click(screen.getByLabelText('Let each trainee say'));
    await user.click(screen.getByRole('button', { name: 'Make link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your name must start with a letter');
    await waitFor(() => expect(screen.queryByLabelText('Send this link to your trainees')).not.toBeInTheDocument());

    await user.clear(screen.getByLabelText('Your name'));
    await user.type(screen.getByLabelText('Your name'), 'Sam<b>');
    await user.click(screen.getByRole('button', { name: 'Make link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your name can only use letters, numbers, spaces, full stops, hyphens and apostrophes');
  });
});
