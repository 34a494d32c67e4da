import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Check } from '../../../src/checks/check';
import { setClock } from '../../../src/state/clock';
import { STORAGE_KEY } from '../../../src/state/saved';
import { strainPages } from '../../fixtures/soreness-pages';
import { answerAll, answerPage, answerPages, heading, renderApp, resultHeading } from '../../app/render-app';

// The start page, the result and the question pages over several days, as a person meets them.

const onDay = (date: string) => setClock(() => new Date(`${date}T09:00:00`));
const stored = () => localStorage.getItem(STORAGE_KEY) ?? '';
const storedChecks = () => (JSON.parse(stored()).state?.checks ?? []) as Check[];

afterEach(() => setClock());

async function start(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: 'Start now' }));
  await heading('Do you have any of these right now?');
}

async function strainSeen(user: UserEvent) {
  await start(user);
  await answerAll(user, strainPages);
  await user.click(screen.getByRole('button', { name: 'See your result' }));
  return resultHeading();
}

describe('a finished result, days later', () => {
  it('should offer Check again and a new problem on a later day, never the old answers', async () => {
    onDay('2026-11-30');
    let { user, unmount } = renderApp('#/');
    await strainSeen(user);
    unmount();

    onDay('2026-12-04');
    ({ user, unmount } = renderApp('#/', { saved: stored() }));
    await heading('Back pain after training?');
    expect(await screen.findByText('Your last check was on Monday 30 November.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue where you left off' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start about a new problem' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await heading('Do you have any of these right now?');
    await answerPages(user, [
      ['None of these'],
      ['Sharp or stabbing'],
      ['3'],
      ['No, it stays in my back'],
      ['It is better when I rest, but still aches'],
      ['None of these'],
    ]);
    await heading('Check your answers');
    // The days are worked out from the first check: it started on 30 November.
    expect(screen.getByText('4 days')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    await resultHeading();
    expect(storedChecks().map((check) => check.date)).toEqual(['2026-11-30', '2026-12-04']);
  });

  it('should offer the result itself the same day', async () => {
    onDay('2026-11-30');
    const { user } = renderApp('#/');
    await strainSeen(user);
    await user.click(screen.getByRole('link', { name: 'Backcheck' }));
    await heading('Back pain after training?');
    expect(await screen.findByText('You have a result from today.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    expect(await resultHeading()).toHaveAttribute('data-triage', 'strain');
    expect(storedChecks()).toHaveLength(1);
  });

  it('should not offer to change the answers of a result kept on an earlier day', async () => {
    onDay('2026-11-30');
    let { user, unmount } = renderApp('#/');
    await strainSeen(user);
    const link = window.location.hash;
    unmount();
    onDay('2026-12-02');
    ({ user, unmount } = renderApp(link, { saved: stored() }));
    await resultHeading();
    expect(screen.queryByRole('link', { name: 'Change your answers' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();
  });
});

describe('answers begun on an earlier day', () => {
  it('should ask again how it is now, work out the days, and carry the rest over', async () => {
    onDay('2026-11-30');
    let { user, unmount } = renderApp('#/');
    await start(user);
    // Half-way: up to how long it has lasted.
    await answerPages(user, strainPages.slice(0, 10));
    unmount();

    onDay('2026-12-03');
    ({ user, unmount } = renderApp('#/', { saved: stored() }));
    await heading('Back pain after training?');
    expect(await screen.findByText(/You began answering on Monday 30 November\./)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    await heading('Do you have any of these right now?');
    await answerPage(user, 'None of these');
    // Where it hurts, the workout and how it started are carried over: shown as they were answered.
    await heading('Where does it hurt?');
    expect(screen.getByLabelText('On one side only')).toBeChecked();
    await answerPages(user, [[], [], [], ['A dull ache'], ['3'], ['No, it stays in my back'], ['It only hurts when I move, bend or stretch'], []]);
    await heading('How long have you had it?');
    // 0 days on 30 November is 3 days on 3 December; whether it is better is asked again.
    expect(screen.getByLabelText('How many days ago did it start?')).toHaveValue('3');
    expect(screen.getByRole('radio', { name: 'Getting better' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'About the same' })).not.toBeChecked();
    await answerPage(user, 'Getting better');
    await answerAll(user, [['None of these'], []]);
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(/Which sideOn one side only/);
    expect(main).toHaveTextContent(/Days since it started3 days/);
  });
});

describe('corrections', () => {
  it('should replace the kept check when an answer is changed from the result, and say so', async () => {
    onDay('2026-11-30');
    const { user } = renderApp('#/');
    await strainSeen(user);
    await user.click(screen.getByRole('link', { name: 'Change your answers' }));
    await heading('Check your answers');
    await user.click(screen.getByRole('link', { name: 'Change worst pain, out of 10' }));
    await answerPage(user, '9');
    // At 9 out of 10 the painkillers question comes next, then the summary again.
    await heading('Have painkillers helped?');
    await answerPage(user, 'I have not taken any');
    await heading('Check your answers');
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    await resultHeading();
    expect(screen.getByText(/This replaces the result you saw a moment ago/)).toBeInTheDocument();
    expect(storedChecks()).toHaveLength(1);
    expect(storedChecks()[0]?.answers).toMatchObject({ severity: 9 });
  });

  it('should keep no "get help now" for a warning sign ticked by mistake and undone', async () => {
    onDay('2026-11-30');
    const { user } = renderApp('#/');
    await start(user);
    await answerPage(user, 'Dark brown or cola-coloured pee, or hardly any pee for 12 hours even though you are drinking');
    expect(await resultHeading()).toHaveAttribute('data-urgency', 'emergency');
    expect(storedChecks()).toHaveLength(1);
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await heading('Do you have any of these right now?');
    await user.click(screen.getByLabelText('Dark brown or cola-coloured pee, or hardly any pee for 12 hours even though you are drinking'));
    await answerPage(user, 'None of these');
    await heading('Where does it hurt?');
    expect(storedChecks()).toEqual([]);
  });
});

describe('coach links', () => {
  const samKept = () => JSON.stringify({ state: { choices: {}, coach: { name: 'Sam Lee' }, checks: [], recheck: null, progress: null, team: [] }, version: 3 });

  it('should ask before a link from another coach replaces the one remembered', async () => {
    const { user } = renderApp('#/?coach=Alex%20Kim', { saved: samKept() });
    const question = await screen.findByRole('group', { name: 'Switch from Sam Lee to Alex Kim?' });
    expect(screen.queryByText(/Sent by your coach/)).not.toBeInTheDocument();
    expect(JSON.parse(stored()).state.coach).toEqual({ name: 'Sam Lee' });
    await user.click(within(question).getByRole('button', { name: 'Switch to Alex Kim' }));
    expect(await screen.findByText('Sent by your coach Alex Kim')).toBeInTheDocument();
    expect(JSON.parse(stored()).state.coach).toEqual({ name: 'Alex Kim' });
  });

  it('should keep the remembered coach when the person says so', async () => {
    const { user } = renderApp('#/?coach=Alex%20Kim', { saved: samKept() });
    await user.click(await screen.findByRole('button', { name: 'Keep Sam Lee' }));
    expect(await screen.findByText('Sent by your coach Sam Lee')).toBeInTheDocument();
    expect(JSON.parse(stored()).state.coach).toEqual({ name: 'Sam Lee' });
  });

  it('should show no coach for a damaged coach link, even with one remembered', async () => {
    renderApp('#/?coach=%3Cb%3E', { saved: samKept() });
    await screen.findByText(/The link you followed was damaged/);
    expect(screen.queryByText(/Sent by your coach/)).not.toBeInTheDocument();
  });
});

describe('a device that does not save', () => {
  it('should say so on the question where saving failed, and not promise it on the start page', async () => {
    const { user } = renderApp('#/');
    await start(user);
    await answerPages(user, strainPages.slice(0, 2));
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await answerPage(user, ...(strainPages[2] ?? []));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your answers are not being saved on this device.');
    expect(alert).toHaveTextContent('you will get your result');
    await user.click(screen.getByRole('link', { name: 'Backcheck' }));
    await heading('Back pain after training?');
    expect(screen.queryByText(/your answers stay on this device/)).not.toBeInTheDocument();
    expect(screen.getByText(/this device is not saving them, so they will go when you close this page/)).toBeInTheDocument();
    setItem.mockRestore();
  });

  it('should say a chosen country holds for this visit only', async () => {
    const { user } = renderApp('#/');
    await heading('Back pain after training?');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.selectOptions(screen.getByLabelText('Your country, for the emergency number'), 'FR');
    expect(await screen.findByText(/This device is not saving your choice: it holds until you close this page\./)).toBeInTheDocument();
  });
});

describe('keeping checks where the browser may clear them', () => {
  const withPersisted = (persisted: boolean, userAgent: string) => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: () => Promise.resolve(persisted), persist: () => Promise.resolve(persisted) },
    });
  };
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage');
  });

  it.each([
    {
      browser: 'Safari',
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      says: /Safari may clear your checks if you do not open Backcheck for 7 days/,
    },
    {
      browser: 'Chrome',
      userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
      says: /Your browser may clear your checks/,
    },
  ])('should say how to keep them in $browser where the browser has not agreed to keep them', async ({ userAgent, says }) => {
    withPersisted(false, userAgent);
    onDay('2026-11-30');
    const { user } = renderApp('#/');
    await strainSeen(user);
    await user.click(screen.getByRole('link', { name: 'your checks' }));
    await heading('Your checks');
    expect(await screen.findByText(says)).toBeInTheDocument();
    expect(screen.getByText(/Add to Home Screen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Save as a file' })).toHaveAttribute('href', '#take-to-physio');
  });

  it('should say nothing where the browser keeps them', async () => {
    withPersisted(true, 'Mozilla/5.0 Firefox/128.0');
    onDay('2026-11-30');
    const { user } = renderApp('#/');
    await strainSeen(user);
    await user.click(screen.getByRole('link', { name: 'your checks' }));
    await heading('Your checks');
    await waitFor(() => expect(screen.getByText(/Kept on this device only/)).toBeInTheDocument());
    expect(screen.queryByText(/may clear your checks/)).not.toBeInTheDocument();
  });
});
