import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setClock } from '../../../src/state/clock';
import { STORAGE_KEY } from '../../../src/state/saved';
import { COUNTRY_KEY } from '../../../src/state/country-choice';
import { exportFile } from '../../../src/checks/check-schema';
import type { Check } from '../../../src/checks/check';
import { strainPages } from '../../fixtures/soreness-pages';
import { answerAll, answerPage, heading, renderApp, resultHeading } from '../../app/render-app';

/** Sets the device's clock to a local time on a day. */
const onDay = (date: string) => setClock(() => new Date(`${date}T09:00:00`));

afterEach(() => setClock());

async function strainOnDay0(user: UserEvent) {
  onDay('2026-11-30');
  await user.click(screen.getByRole('link', { name: 'Start now' }));
  await heading('Do you have any of these right now?');
  await answerAll(user, strainPages);
  await user.click(screen.getByRole('button', { name: 'See your result' }));
  expect(await resultHeading()).toHaveAttribute('data-triage', 'strain');
}

const storedChecks = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state?.checks as Check[] | undefined;

describe('keeping checks', () => {
  it('should keep a finished result with its date, say so in one line, and list it', async () => {
    const { user } = renderApp('#/');
    await strainOnDay0(user);
    expect(screen.getByText(/Kept in/)).toHaveTextContent('Kept in your checks on this device, dated Monday 30 November. Do not keep it');
    expect(storedChecks()).toMatchObject([{ date: '2026-11-30', level: 'strain', rulesVersion: 3 }]);

    await user.click(screen.getByRole('link', { name: 'your checks' }));
    await heading('Your checks');
    const entry = document.querySelector('[data-check-date="2026-11-30"]');
    expect(entry).toHaveAttribute('data-check-level', 'strain');
    expect(entry).toHaveTextContent('Result: a likely strain. Pain 6 out of 10.');
    expect(screen.getByText(/^Stage 1 of 5: Rest from the movement\./)).toBeInTheDocument();
  });

  it('should not keep a check the person chose not to keep', async () => {
    const { user } = renderApp('#/');
    await strainOnDay0(user);
    await user.click(screen.getByRole('button', { name: 'Do not keep it' }));
    expect(screen.getByText('This check is not kept on this device.')).toHaveAttribute('role', 'status');
    expect(storedChecks()).toEqual([]);
  });

  it('should keep nothing for a result opened from someone else’s link', async () => {
    renderApp(
      '#/result?area=lower&side=both-sides&activity=lifting&timing=next-day&suddenMoment=0&character=dull&severity=4&radiation=none&rest=eases&loadedArea=1&daysSince=2&trend=better&redFlags=&rules=3',
    );
    await resultHeading();
    expect(screen.queryByText(/Kept in/)).not.toBeInTheDocument();
    expect(storedChecks()).toBeUndefined();
  });

  it('should say the check could not be kept where the device refuses to save, and still give the result', async () => {
    const { user } = renderApp('#/');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Full', 'QuotaExceededError');
    });
    await strainOnDay0(user);
    expect(screen.getByText(/This check could not be kept/)).toBeInTheDocument();
  });
});

describe('check again', () => {
  it('should ask only what changes, work out the days, and say what changed', async () => {
    const { user } = renderApp('#/');
    await strainOnDay0(user);

    onDay('2026-12-03');
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await heading('Do you have any of these right now?');
    const screens: string[] = [];
    const pages = [
      ['None of these'],
      ['Sharp or stabbing'],
      ['8'],
      // Asked again at 8 or more, never carried over.
      ['I have not taken any'],
      ['No, it stays in my back'],
      ['It is better when I rest, but still aches'],
      ['None of these'],
    ];
    for (const page of pages) {
      const h1 = await screen.findByRole('heading', { level: 1 });
      screens.push(h1.textContent ?? '');
      await answerPage(user, ...page);
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(screens.at(-1)));
    }
    await heading('Check your answers');
    screens.push('Check your answers');
    // At most 8 screens from "Check again" to the result.
    expect(screens.length).toBeLessThanOrEqual(8);
    expect(screens).not.toContain('Where does it hurt?');

    const rows = Object.fromEntries(screen.getAllByRole('term').map((term) => [term.textContent, term.parentElement as HTMLElement]));
    expect(rows['Days since it started']).toHaveTextContent('3 days');
    expect(within(rows['Days since it started'] as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
    expect(rows['Getting better or worse']).toHaveTextContent('Getting worse');
    expect(within(rows['Where in your back'] as HTMLElement).queryByRole('link')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'See your result' }));
    const result = await resultHeading();
    expect(result).toHaveAttribute('data-urgency', 'soon');
    expect(window.location.hash).toContain('daysSince=3');
    expect(screen.getByText('Your pain went from 6 to 8 out of 10 since Monday 30 November.')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Last time the answer was a likely strain; now it is see a doctor within days\. The main reason: it started 3 days ago and is getting worse\./,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getAllByRole('link', { name: 'Your checks' })[0] as HTMLElement);
    await heading('Your checks');
    expect(document.querySelector('[data-check-date="2026-12-03"]')).toHaveAttribute('data-check-urgency', 'soon');
    expect(screen.getByRole('img', { name: /Your pain out of 10/ })).toHaveAccessibleDescription(
      'Pain out of 10: 6 on Monday 30 November; 8 on Thursday 3 December.',
    );
    expect(screen.getByText(/^A doctor result takes you off the ladder/)).toBeInTheDocument();
  });

  it('should let the person correct the worked-out trend', async () => {
    const { user } = renderApp('#/');
    await strainOnDay0(user);
    onDay('2026-12-02');
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await heading('Do you have any of these right now?');
    for (const page of [
      ['None of these'],
      ['A dull ache'],
      ['6'],
      ['No, it stays in my back'],
      ['It is better when I rest, but still aches'],
      ['None of these'],
    ]) {
      const before = window.location.hash;
      await answerPage(user, ...page);
      await waitFor(() => expect(window.location.hash).not.toBe(before));
    }
    await heading('Check your answers');
    await user.click(screen.getByRole('link', { name: 'Change getting better or worse' }));
    await heading('Since it started, is it getting better or worse?');
    expect(screen.getByLabelText('About the same')).toBeChecked();
    await answerPage(user, 'Getting better');
    await heading('Check your answers');
    expect(screen.getByText('Getting better')).toBeInTheDocument();
  });
});

describe('kept checks read back', () => {
  it('should drop a damaged check with a notice, and keep the others', async () => {
    const good = {
      id: '2026-11-30T09:00:00.000Z',
      date: '2026-11-30',
      answers: {
        area: 'lower',
        side: 'one-side',
        activity: 'lifting',
        timing: 'during',
        suddenMoment: true,
        character: 'sharp',
        severity: 6,
        radiation: 'none',
        rest: 'partly',
        loadedArea: true,
        daysSince: 0,
        trend: 'same',
        redFlags: [],
      },
      unsure: [],
      level: 'strain',
      rulesVersion: 2,
    };
    const damaged = { ...good, id: '2026-12-01T09:00:00.000Z', date: '2026-12-01', answers: { ...good.answers, severity: 'very bad' } };
    onDay('2026-12-02');
    renderApp('#/checks', { saved: JSON.stringify({ state: { choices: {}, coach: null, checks: [good, damaged], recheck: null }, version: 2 }) });
    await heading('Your checks');
    expect(
      await screen.findByText(/Backcheck could not use one of your kept checks, so it has been left out\. Everything else you saved is kept\./),
    ).toBeInTheDocument();
    expect(document.querySelector('[data-check-date="2026-11-30"]')).toBeInTheDocument();
    expect(document.querySelector('[data-check-date="2026-12-01"]')).toBeNull();
  });

  it('should re-check a check made under older rules, and say the rules changed', async () => {
    const old = {
      id: '2026-11-20T09:00:00.000Z',
      date: '2026-11-20',
      answers: {
        area: 'lower',
        side: 'both-sides',
        activity: 'lifting',
        timing: 'next-day',
        suddenMoment: false,
        character: 'dull',
        severity: 5,
        radiation: 'none',
        rest: 'eases',
        loadedArea: true,
        daysSince: 1,
        trend: 'same',
        redFlags: [],
      },
      unsure: [],
      level: 'soreness',
      rulesVersion: 1,
    };
    onDay('2026-11-22');
    const { user } = renderApp('#/checks', { saved: JSON.stringify({ state: { choices: {}, coach: null, checks: [old], recheck: null }, version: 2 }) });
    await heading('Your checks');
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await heading('Do you have any of these right now?');
    for (const page of [
      ['None of these'],
      ['A dull ache'],
      ['3'],
      ['No, it stays in my back'],
      ['It only hurts when I move, bend or stretch'],
      ['None of these'],
    ]) {
      const before = window.location.hash;
      await answerPage(user, ...page);
      await waitFor(() => expect(window.location.hash).not.toBe(before));
    }
    await user.click(await screen.findByRole('button', { name: 'See your result' }));
    await resultHeading();
    expect(window.location.hash).toContain('daysSince=3');
    expect(
      screen.getByText('Backcheck’s rules have changed since your last check (version 1 then, 3 now), so part of any change may come from that.'),
    ).toBeInTheDocument();
  });
});

describe('your checks', () => {
  const checks: Check[] = [
    {
      id: '2026-11-30T09:00:00.000Z',
      date: '2026-11-30',
      answers: {
        area: 'lower',
        side: 'one-side',
        activity: 'lifting',
        timing: 'during',
        suddenMoment: true,
        character: 'sharp',
        severity: 6,
        radiation: 'none',
        rest: 'partly',
        loadedArea: true,
        daysSince: 0,
        trend: 'same',
        redFlags: [],
      },
      unsure: [],
      level: 'strain',
      rulesVersion: 2,
    },
  ];

  it('should load checks from a saved file, and refuse a file that is not one', async () => {
    onDay('2026-12-01');
    const { user } = renderApp('#/checks');
    await heading('Your checks');
    const input = screen.getByLabelText('A file of checks Backcheck saved');
    await user.upload(input, new File(['{"hello":1}'], 'other.json', { type: 'application/json' }));
    expect(await screen.findByText('This file is not one Backcheck saved.')).toBeInTheDocument();

    await user.upload(input, new File([exportFile(checks, new Date())], 'backcheck-checks.json', { type: 'application/json' }));
    expect(await screen.findByText('1 check added from the file.')).toBeInTheDocument();
    expect(document.querySelector('[data-check-date="2026-11-30"]')).toBeInTheDocument();
    expect(screen.queryByText('This file is not one Backcheck saved.')).not.toBeInTheDocument();
  });

  it('should delete one check, and everything, each with one confirmation', async () => {
    onDay('2026-12-01');
    localStorage.setItem(COUNTRY_KEY, 'GB');
    const saved = JSON.stringify({
      state: {
        choices: { emergencySigns: ['none'] },
        coach: { name: 'Sam' },
        checks: [...checks, { ...checks[0], id: '2026-12-01T09:00:00.000Z', date: '2026-12-01' }],
        recheck: null,
      },
      version: 2,
    });
    const { user } = renderApp('#/checks', { saved });
    await heading('Your checks');
    localStorage.setItem(COUNTRY_KEY, 'GB');

    await user.click(screen.getByRole('button', { name: 'Delete the check of Tuesday 1 December' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(document.querySelector('[data-check-date="2026-12-01"]')).toBeNull();
    expect(storedChecks()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(screen.getByText('Everything Backcheck kept on this device has been deleted.')).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem(COUNTRY_KEY)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('should say there are none yet, and how checks come to be kept', async () => {
    renderApp('#/checks');
    await heading('Your checks');
    expect(screen.getByText(/No checks are kept on this device yet/)).toBeInTheDocument();
  });
});
