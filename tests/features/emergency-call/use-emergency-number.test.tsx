import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COUNTRY_KEY } from '../../../src/state/country-choice';
import { DETECTED_LOCAL, DETECTED_REGION } from '../../../src/features/emergency-call/use-emergency-number';

/** The emergency number on the start page, as a person sees it, with a fresh copy of the app's modules. */
async function startPage() {
  vi.resetModules();
  const { StartPage } = await import('../../../src/features/start/start-page');
  const user = userEvent.setup();
  render(<StartPage query="" />);
  return user;
}

const callLink = () => screen.getByRole('link', { name: /^\d+$/ });

describe('the emergency number on the page', () => {
  beforeEach(() => localStorage.clear());

  it('should use where the start page’s script found the browser to be', async () => {
    document.documentElement.setAttribute(DETECTED_REGION, 'AU');
    document.documentElement.setAttribute(DETECTED_LOCAL, 'false');
    await startPage();
    expect(callLink()).toHaveAttribute('href', 'tel:000');
    expect(screen.getByText('(or your local emergency number)')).toBeInTheDocument();
    expect(screen.getByLabelText('Your country, for the emergency number')).toHaveDisplayValue('Australia (000)');
  });

  it('should work it out itself where the page has no answer', async () => {
    document.documentElement.removeAttribute(DETECTED_REGION);
    document.documentElement.removeAttribute(DETECTED_LOCAL);
    await startPage();
    // jsdom speaks en-US, and the tests run in New York: they agree.
    await vi.waitFor(() => expect(callLink()).toHaveAttribute('href', 'tel:911'));
    expect(screen.queryByText('(or your local emergency number)')).not.toBeInTheDocument();
  });

  it('should follow the country picked, in one step, and remember it', async () => {
    document.documentElement.setAttribute(DETECTED_REGION, 'US');
    document.documentElement.setAttribute(DETECTED_LOCAL, 'false');
    const user = await startPage();
    await user.selectOptions(screen.getByLabelText('Your country, for the emergency number'), 'Australia (000)');
    expect(callLink()).toHaveAttribute('href', 'tel:000');
    expect(screen.queryByText('(or your local emergency number)')).not.toBeInTheDocument();
    expect(localStorage.getItem(COUNTRY_KEY)).toBe('AU');

    await user.selectOptions(screen.getByLabelText('Your country, for the emergency number'), 'Not listed: use 112');
    expect(callLink()).toHaveAttribute('href', 'tel:112');
    expect(screen.getByText('(or your local emergency number)')).toBeInTheDocument();
  });

  it('should ignore a saved country it does not know', async () => {
    localStorage.setItem(COUNTRY_KEY, '<b>ZZ');
    document.documentElement.setAttribute(DETECTED_REGION, 'GB');
    document.documentElement.setAttribute(DETECTED_LOCAL, 'true');
    await startPage();
    expect(callLink()).toHaveAttribute('href', 'tel:999');
  });
});
