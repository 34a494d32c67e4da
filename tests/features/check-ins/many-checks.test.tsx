import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setClock } from '../../../src/state/clock';
import { exportFile } from '../../../src/checks/check-schema';
import type { Check } from '../../../src/checks/check';
import { addDays, describeDate } from '../../../src/dates/dates';
import { answersSchema, RULES_VERSION, triage } from '../../../src/triage';
import vignettes from '../../triage/vignettes.json';
import { heading, renderApp } from '../../app/render-app';

// "Your checks" with years of daily checks: the newest show first, older ones a page at a time;
// and a file's checks are held to today and to their own answers.

const TODAY = '2026-12-04';
afterEach(() => setClock());

const strain = answersSchema.parse(vignettes.find((v) => v.id === 'p-st01')?.answers);
const result = triage(strain);

const daily = (count: number): Check[] =>
  Array.from({ length: count }, (_, n) => {
    const date = addDays(TODAY, n - count);
    return { id: `${date}T09:00:00.000Z`, date, answers: strain, unsure: [], level: result.level, rulesVersion: RULES_VERSION };
  });

const listed = () => [...document.querySelectorAll('[data-check-date]')].map((entry) => entry.getAttribute('data-check-date'));

describe('many kept checks', () => {
  it('should show the 20 newest, then older ones 20 at a time, moving to the first of them', async () => {
    setClock(() => new Date(`${TODAY}T09:00:00`));
    const checks = daily(45);
    const { user } = renderApp('#/checks', { saved: JSON.stringify({ state: { choices: {}, coach: null, checks, recheck: null, team: [] }, version: 2 }) });
    await heading('Your checks');
    expect(screen.getByText('Showing the 20 newest of 45 checks.')).toBeInTheDocument();
    expect(listed()).toEqual(
      checks
        .slice(-20)
        .map((check) => check.date)
        .reverse(),
    );

    await user.click(screen.getByRole('button', { name: 'Show 20 older checks' }));
    expect(listed()).toHaveLength(40);
    await waitFor(() => expect(document.activeElement).toHaveTextContent(describeDate(checks[24]?.date ?? '', TODAY)));
    expect(screen.getByText('Showing the 40 newest of 45 checks.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show 5 older checks' }));
    expect(listed()).toEqual(checks.map((check) => check.date).reverse());
    expect(screen.queryByText(/^Showing the/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /older check/ })).not.toBeInTheDocument();
  });

  it('should put every check on paper, however many the screen shows', async () => {
    setClock(() => new Date(`${TODAY}T09:00:00`));
    const checks = daily(45);
    renderApp('#/checks', { saved: JSON.stringify({ state: { choices: {}, coach: null, checks, recheck: null, team: [] }, version: 2 }) });
    await heading('Your checks');
    expect(listed()).toHaveLength(20);
    window.dispatchEvent(new Event('beforeprint'));
    expect(listed()).toHaveLength(45);
    expect(screen.queryByText(/^Showing the/)).not.toBeInTheDocument();
  });

  it('should load a file’s good checks, and say how many were left out and why', async () => {
    setClock(() => new Date(`${TODAY}T09:00:00`));
    const [good, later] = daily(2);
    if (!good || !later) throw new Error('No checks');
    const future = { ...later, id: '2099-01-01T09:00:00.000Z', date: '2099-01-01' };
    const contradicting = { ...later, level: 'soreness' as const };
    const { user } = renderApp('#/checks');
    await heading('Your checks');
    await user.upload(
      screen.getByLabelText('A file of checks Backcheck saved'),
      new File([exportFile([good, future, contradicting], new Date())], 'backcheck-checks.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        '1 check added from the file. 2 checks in the file were left out: 1 is dated after today and 1 has a result that does not match its answers.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(listed()).toEqual([good.date]);
  });

  it('should refuse a file over 1 MB, saying so by the field', async () => {
    const { user } = renderApp('#/checks');
    await heading('Your checks');
    const input = screen.getByLabelText('A file of checks Backcheck saved');
    await user.upload(input, new File(['x'.repeat(1_000_001)], 'big.json', { type: 'application/json' }));
    expect(await screen.findByText('This file is too big. A file of checks must be smaller than 1 MB.')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(expect.stringContaining('This file is too big.'));
  });
});
