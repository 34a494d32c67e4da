import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../../src/state/clock';
import { STORAGE_VERSION } from '../../../src/state/saved';
import { resultFragment, type LinkDetails } from '../../../src/share-link/result-link';
import { teamCards } from '../../../src/team/team-groups';
import type { TeamEntry } from '../../../src/team/team-entry';
import { answersSchema, type Answers } from '../../../src/triage';
import vignettes from '../../triage/vignettes.json';
import { heading, renderApp } from '../../app/render-app';

const answersOf = (id: string, changes: Partial<Answers> = {}) => answersSchema.parse({ ...vignettes.find((v) => v.id === id)?.answers, ...changes });

/** A kept entry, as "Keep in my trainees' list" stores it: the link's query and the day it was kept. */
const kept = (id: string, keptOn: string, answers: Answers, details: LinkDetails): TeamEntry => ({
  id,
  kept: keptOn,
  query: resultFragment(answers, [], { to: 'coach', ...details }).slice('#/result?'.length),
});

const TEAM: TeamEntry[] = [
  kept('2026-11-20T18:00:00.000Z', '2026-11-20', answersOf('p-so01'), { from: 'Sam' }),
  kept('2026-11-29T18:00:00.000Z', '2026-11-29', answersOf('p-st01', { severity: 7 }), { from: 'Alex', on: '2026-11-29' }),
  kept('2026-12-01T08:00:00.000Z', '2026-12-01', answersOf('p-st01', { severity: 5, daysSince: 2, trend: 'better' }), { from: 'Alex', on: '2026-12-01' }),
  // The same day again, as Alex typed it the second time.
  kept('2026-12-01T19:00:00.000Z', '2026-12-01', answersOf('p-t02'), { from: 'alex', on: '2026-12-01' }),
  kept('2026-12-02T10:00:00.000Z', '2026-12-02', answersOf('p-so01'), { on: '2026-12-02' }),
  kept('2026-12-02T11:00:00.000Z', '2026-12-02', answersOf('p-so01'), { on: '2026-12-02' }),
];

const saved = JSON.stringify({ state: { choices: {}, coach: null, checks: [], recheck: null, team: TEAM }, version: STORAGE_VERSION });

beforeEach(() => setClock(() => new Date('2026-12-04T09:00:00')));
afterEach(() => setClock());

describe('the trainees’ list, trainee by trainee', () => {
  it('should group each trainee’s results under their name, newest first, and keep results without a name apart', async () => {
    renderApp('#/team', { saved });
    await heading('Your trainees’ results');
    const cards = screen.getAllByRole('heading', { level: 2 }).map((card) => card.textContent);
    expect(cards).toEqual(['A trainee, Wednesday 2 December', 'A trainee, Wednesday 2 December', 'alex', 'Sam']);
    expect(document.querySelectorAll('[data-team-entry]')).toHaveLength(6);

    const alex = screen.getByRole('heading', { level: 2, name: 'alex' }).closest('li') as HTMLElement;
    const entries = alex.querySelectorAll('[data-team-entry]');
    expect([...entries].map((entry) => entry.querySelector('h3')?.textContent)).toEqual(['Tuesday 1 December', 'Tuesday 1 December', 'Sunday 29 November']);
    // The latest at a glance, with its level and urgency.
    const latest = within(alex)
      .getByText(/^Latest result:/)
      .closest('p') as HTMLElement;
    expect(latest).toHaveTextContent('Latest result: see a doctor today, from Tuesday 1 December.');
    expect(latest).toHaveAttribute('data-level', 'doctor');
    expect(latest).toHaveAttribute('data-urgency', 'today');
    expect(within(alex).getByRole('img', { name: 'alex’s pain out of 10, result by result' })).toBeInTheDocument();
    expect(
      within(alex).getByText('Pain out of 10 at each result: 7 on Sunday 29 November; 5 on Tuesday 1 December; 5 on Tuesday 1 December.'),
    ).toBeInTheDocument();

    // Only a trainee with a name is charted; a result without one stands alone.
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('should count the days from the date of the answers, not from the day it was kept or opened', async () => {
    renderApp('#/team', { saved });
    await heading('Your trainees’ results');
    const alex = screen.getByRole('heading', { level: 2, name: 'alex' }).closest('li') as HTMLElement;
    const [, second, first] = alex.querySelectorAll('[data-team-entry]');
    expect(first).toHaveTextContent('It began on Sunday 29 November, the day these answers were given.');
    expect(second).toHaveTextContent('It began on Sunday 29 November, 2 days before these answers were given.');
    const sam = screen.getByRole('heading', { level: 2, name: 'Sam' }).closest('li') as HTMLElement;
    expect(within(sam).getByRole('heading', { level: 3 })).toHaveTextContent('Date not known');
    expect(sam).toHaveTextContent('It began 2 days before these answers were given (the date they were given is not known).');
    expect(sam).toHaveTextContent('Latest result: normal soreness, from a date not known.');
  });

  it('should give every result a link and a delete button with a name of its own, the date included', async () => {
    renderApp('#/team', { saved });
    await heading('Your trainees’ results');
    const names = [
      'a trainee’s result of Wednesday 2 December, 2 of 2',
      'a trainee’s result of Wednesday 2 December, 1 of 2',
      'alex’s result of Tuesday 1 December, 2 of 2',
      'alex’s result of Tuesday 1 December, 1 of 2',
      'alex’s result of Sunday 29 November',
      'Sam’s result of a date not known, kept Friday 20 November',
    ];
    expect(screen.getAllByRole('link', { name: /^See / })).toEqual(names.map((name) => screen.getByRole('link', { name: `See ${name}` })));
    expect(screen.getAllByRole('button', { name: /^Delete .* from the list$/ })).toEqual(
      names.map((name) => screen.getByRole('button', { name: `Delete ${name} from the list` })),
    );
  });

  it('should read the list again from the kept links alone, and leave out one that no longer reads', () => {
    const cards = teamCards([...TEAM, { id: 'x', kept: '2026-12-01', query: 'area=neck' }], '2026-12-04');
    expect(cards.map((card) => (card.kind === 'trainee' ? `${card.name}: ${card.results.length}` : 'unnamed'))).toEqual([
      'unnamed',
      'unnamed',
      'alex: 3',
      'Sam: 1',
    ]);
  });
});
