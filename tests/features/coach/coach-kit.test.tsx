import { screen, within } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it, onTestFinished } from 'vitest';
import { setClock } from '../../../src/state/clock';
import { STORAGE_KEY, STORAGE_VERSION } from '../../../src/state/saved';
import { useBackcheck } from '../../../src/state/store';
import { qrGrid } from '../../../src/features/coach/qr-code';
import { forTheCoach } from '../../../src/guidance/for-the-coach';
import { readResultQuery, resultFragment } from '../../../src/share-link/result-link';
import { answersSchema, triage } from '../../../src/triage';
import vignettes from '../../triage/vignettes.json';
import { answerAll, heading, renderApp, resultHeading } from '../../app/render-app';

const answersOf = (id: string) => answersSchema.parse(vignettes.find((v) => v.id === id)?.answers);

/** The QR grid drawn as pixels, then read back by a real decoder. */
function decode(text: string) {
  const grid = qrGrid(text);
  const scale = 4;
  const width = grid.size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y += 1)
    for (let x = 0; x < width; x += 1) {
      const value = grid.dark(Math.floor(x / scale), Math.floor(y / scale)) ? 0 : 255;
      pixels.set([value, value, value, 255], (y * width + x) * 4);
    }
  return jsQR(pixels, width, width)?.data;
}

describe('the QR code', () => {
  it.each([
    'https://backcheck.example/#/?coach=Sam',
    'https://backcheck.example/team/#/?coach=Zo%C3%AB%20O%E2%80%99Neill&activity=sport',
    `https://backcheck.example/#/?coach=${'W'.repeat(40)}&activity=lifting`,
  ])('should decode to exactly the link: %s', (link) => {
    expect(decode(link)).toBe(link);
  });
});

const KINDS = [
  [
    'p-so01',
    'soreness',
    'This sounds like normal soreness. Alex can keep training, lighter for a day or two.',
    'Give them a lighter session, or work other muscle groups, for a day or two.',
  ],
  ['p-st01', 'strain', 'This sounds like a strain. Alex should not load the movement that hurts.', 'No loading of the painful movement until it has settled.'],
  ['p-s01', 'soon', 'Alex should see a doctor in the next few days.', 'No training of the back until they have been seen.'],
  ['p-t02', 'today', 'Alex needs medical help today.', 'Help them get seen today.'],
  ['p-e01', 'emergency', 'Alex needs help now.', 'If you are with Alex, call 911 now and stay with them. Do not let them drive.'],
] as const;

describe('a result written for the coach', () => {
  it.each(KINDS)('should tell the coach what %s (%s) means for training, straight after what to do now', async (id, _kind, lead, first) => {
    renderApp(resultFragment(answersOf(id), [], { from: 'Alex', to: 'coach' }));
    await resultHeading();
    const section = document.getElementById('for-the-coach') as HTMLElement;
    expect(within(section).getByRole('heading', { level: 2, name: 'For the coach' })).toBeInTheDocument();
    expect(within(section).getByText(lead)).toBeInTheDocument();
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(first);
    // What to do now first, for whoever reads it; then the coach's part.
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .slice(0, 2)
        .map((heading) => heading.textContent),
    ).toEqual(['What to do now', 'For the coach']);
    expect(screen.getByText('These are Alex’s answers, from a link they shared. The result is for them.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^If you are helping/ })).not.toBeInTheDocument();
  });

  it.each(KINDS)('should give a link not sent to a coach (%s) a short part for whoever is helping, and nothing for a coach', async (id, kind) => {
    renderApp(resultFragment(answersOf(id), [], { from: 'Alex', on: '2026-11-29' }));
    await resultHeading();
    expect(document.getElementById('for-the-coach')).toBeNull();
    expect(screen.queryByText(/For the coach/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keep in my trainees’ list' })).not.toBeInTheDocument();
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .slice(0, 2)
        .map((heading) => heading.textContent),
    ).toEqual(['What to do now', 'If you are helping Alex']);
    const helping = screen.getByRole('region', { name: 'If you are helping Alex' });
    // When to call for help, in every kind of result.
    expect(helping).toHaveTextContent(/call 911|Call 911/);
    if (kind === 'emergency') expect(helping).toHaveTextContent('If you are with them, call 911 now and stay with them.');
    expect(helping).not.toHaveTextContent(/\btrain/);
  });

  it('should name no one in the helper’s part of a link sent without a name', async () => {
    renderApp(resultFragment(answersOf('p-t02')));
    await resultHeading();
    const helping = screen.getByRole('region', { name: 'If you are helping the person who answered' });
    expect(within(helping).getByText('They need medical help today.')).toBeInTheDocument();
  });

  it('should put “Keep in my trainees’ list” with the actions at the end, only on a link sent to the coach', async () => {
    renderApp(resultFragment(answersOf('p-st01'), [], { from: 'Alex', to: 'coach', on: '2026-11-29' }));
    await resultHeading();
    const keep = screen.getByRole('button', { name: 'Keep in my trainees’ list' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(-3)).toEqual(['Share this result', 'Keep a copy', 'Your trainees’ list']);
    expect(within(screen.getByRole('region', { name: 'Your trainees’ list' })).getByRole('button')).toBe(keep);
  });

  it('should not show the coach’s part on a person’s own result', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await heading('Do you have any of these right now?');
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    await resultHeading();
    expect(document.getElementById('for-the-coach')).toBeNull();
  });

  it('should always remind the coach not to push anyone to train through pain', () => {
    for (const id of ['p-so01', 'p-st01', 'p-s01', 'p-t02'])
      expect(forTheCoach(triage(answersOf(id)), answersOf(id), '999').items).toContain('Do not push anyone to train through pain.');
  });

  it('should say who sent it as plain text, and call a link with markup in the name damaged', async () => {
    const link = resultFragment(answersOf('p-so01'), [], { from: 'Zoë O’Neill' });
    expect(readResultQuery(link.slice('#/result?'.length), '2026-12-01')).toMatchObject({ ok: true, from: 'Zoë O’Neill' });
    for (const bad of ['%3Cb%3EAlex%3C%2Fb%3E', '', '1Alex', 'A'.repeat(41)]) {
      expect(readResultQuery(`${link.slice('#/result?'.length).replace(/&from=.*$/, '')}&from=${bad}`, '2026-12-01').ok).toBe(false);
    }
    renderApp(`${resultFragment(answersOf('p-so01'))}&from=%3Cimg%20src%3Dx%3E`);
    await heading('This link does not work');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('sending the result to the coach', () => {
  it('should ask for a first name, never require it, and put it in the link', async () => {
    const { user } = renderApp(resultFragment(answersOf('p-so01')), { saved: JSON.stringify({ state: { choices: {}, coach: { name: 'Sam' } }, version: 1 }) });
    await resultHeading();
    await user.click(screen.getByRole('button', { name: 'Send to my coach Sam' }));
    const name = screen.getByLabelText('Your first name (optional)');
    await user.type(name, '<b>');
    await user.click(screen.getByRole('button', { name: 'Send to Sam' }));
    expect(screen.getByText('Your name must start with a letter')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.clear(name);
    await user.type(name, 'Alex');
    await user.click(screen.getByRole('button', { name: 'Send to Sam' }));
    expect(await screen.findByText('Message copied. Paste it into a message to your coach.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toMatch(/^Hi Sam, here is my Backcheck result: http:\/\/localhost:3000\/#\/result\?.*&rules=3&from=Alex$/);

    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Send to Sam' }));
    expect(await navigator.clipboard.readText()).toMatch(/&rules=3$/);
  });
});

describe('the link sent to the coach', () => {
  it('should carry the date the answers were given and to=coach, while Copy link carries the date alone', async () => {
    setClock(() => new Date('2026-12-01T09:00:00'));
    onTestFinished(() => setClock());
    const { user } = renderApp(resultFragment(answersOf('p-so01'), [], { on: '2026-11-30' }), {
      saved: JSON.stringify({ state: { choices: {}, coach: { name: 'Sam' } }, version: 1 }),
    });
    await resultHeading();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toMatch(/&on=2026-11-30&rules=3$/);
    await user.click(screen.getByRole('button', { name: 'Send to my coach Sam' }));
    await user.type(screen.getByLabelText('Your first name (optional)'), 'Alex');
    await user.click(screen.getByRole('button', { name: 'Send to Sam' }));
    await screen.findByText('Message copied. Paste it into a message to your coach.');
    const sent = (await navigator.clipboard.readText()).replace(/^Hi Sam, here is my Backcheck result: http:\/\/localhost:3000\/#\/result\?/, '');
    expect(readResultQuery(sent, '2026-12-01')).toMatchObject({ ok: true, on: '2026-11-30', to: 'coach', from: 'Alex' });
  });
});

describe('the trainees’ list', () => {
  it('should keep a result a trainee sent, list it newest first, survive a reload, and delete one or all', async () => {
    const first = renderApp(resultFragment(answersOf('p-st01'), [], { from: 'Alex', to: 'coach' }));
    const { user } = first;
    await resultHeading();
    await user.click(screen.getByRole('button', { name: 'Keep in my trainees’ list' }));
    expect(screen.getByText('Alex is kept in your trainees’ list, on this device only.')).toBeInTheDocument();

    window.location.hash = resultFragment(answersOf('p-so01'), [], { to: 'coach' });
    await resultHeading();
    await user.click(await screen.findByRole('button', { name: 'Keep in my trainees’ list' }));

    // A reload reads the list back from storage.
    const saved = localStorage.getItem(STORAGE_KEY) ?? '';
    expect(JSON.parse(saved)).toMatchObject({ version: STORAGE_VERSION, state: { team: [{}, {}] } });
    first.unmount();
    renderApp('#/team', { saved });
    await heading('Your trainees’ results');
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeInTheDocument();
    const entries = document.querySelectorAll('[data-team-entry]');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('A trainee');
    expect(entries[0]).toHaveTextContent('Result: normal soreness.');
    expect(entries[1]).toHaveTextContent('Alex');
    expect(entries[1]).toHaveTextContent('Result: a likely strain.');

    await user.click(within(entries[1] as HTMLElement).getByRole('button', { name: /^Delete Alex’s result/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(document.querySelectorAll('[data-team-entry]')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete them all' }));
    expect(document.querySelectorAll('[data-team-entry]')).toHaveLength(0);
    expect(useBackcheck.getState().team).toEqual([]);
  });
});
