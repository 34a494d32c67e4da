import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mixedPicture, rules, SOURCES } from '../../../src/triage';
import { heading, renderApp } from '../../app/render-app';

const GROUP_OF = {
  emergency: 'Call the emergency number now',
  today: 'Get medical help today',
  soon: 'See a doctor in the next few days',
  strain: 'A likely strain',
  soreness: 'Normal soreness',
};

describe('the rules page', () => {
  it.each([...rules, mixedPicture].map((rule) => [rule.id, rule] as const))('should list %s with what sets it off, why, and its sources', async (id, rule) => {
    renderApp('#/rules');
    await heading('How Backcheck decides');
    const entry = document.getElementById(`rule-${id}`);
    if (!entry) throw new Error(`The rules page has no entry for ${id}.`);

    expect(within(entry).getByRole('heading', { level: 3 })).toHaveTextContent(rule.title);
    expect(entry).toHaveTextContent(rule.trigger);
    expect(entry).toHaveTextContent(rule.why);
    for (const key of rule.sources) expect(entry).toHaveTextContent(SOURCES[key].citation);
    const group = entry.closest('section:not(.rule)');
    const outcome = rule.outcome.level === 'doctor' ? rule.outcome.urgency : rule.outcome.level;
    expect(within(group as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent(GROUP_OF[outcome]);
  });

  it('should list the rules in the order they are applied, and no others', async () => {
    renderApp('#/rules');
    await heading('How Backcheck decides');
    const shown = [...document.querySelectorAll('[id^="rule-"].rule')].map((entry) => entry.id);
    expect(shown).toEqual(
      [
        ...rules.filter((r) => r.outcome.level === 'doctor'),
        ...rules.filter((r) => r.outcome.level === 'strain'),
        mixedPicture,
        ...rules.filter((r) => r.outcome.level === 'soreness'),
      ].map((r) => `rule-${r.id}`),
    );
  });

  it('should link public sources, and say what Backcheck is not, the version and when it changed', async () => {
    renderApp('#/rules');
    await heading('How Backcheck decides');
    expect(screen.getAllByRole('link', { name: SOURCES['NHS-BP'].citation })[0]).toHaveAttribute('href', 'https://www.nhs.uk/conditions/back-pain/');
    expect(screen.getByText('It is not a diagnosis. It cannot examine you, and it knows only what you tell it.')).toBeInTheDocument();
    expect(screen.getByText(/It is not a medical device/)).toBeInTheDocument();
    expect(screen.getByText(/fewer than 1 in 100 \(0\.9%\) had one, yet 80% of them had at least one warning sign/)).toBeInTheDocument();
    expect(screen.getByText('Rules version 3, last changed 4 December 2026.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Version 3, 4 December 2026' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Version 2, 30 November 2026' })).toBeInTheDocument();
    expect(document.title).toBe('How Backcheck decides – Backcheck');
  });
});
