import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { App } from '../../src/app/app';
import { STORAGE_KEY } from '../../src/state/saved';
import { useBackcheck } from '../../src/state/store';
import { sorenessPages, type PageAnswer } from '../fixtures/soreness-pages';

/** Renders the app at a fragment, as a fresh visit: with nothing saved, or with `saved` as the stored data. */
export function renderApp(fragment = '#/', { saved }: { saved?: string } = {}) {
  // Resetting the store saves its empty state, so the seeded data goes in after it.
  useBackcheck.setState(useBackcheck.getInitialState(), true);
  localStorage.clear();
  if (saved !== undefined) localStorage.setItem(STORAGE_KEY, saved);
  void useBackcheck.persist.rehydrate();
  history.replaceState(null, '', `/${fragment}`);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

/** Chooses options by their labels, fills numbers, then presses Continue. */
export async function answerPage(user: UserEvent, ...choices: PageAnswer[]) {
  for (const choice of choices) {
    if (typeof choice === 'string') await user.click(screen.getByLabelText(choice, { exact: true }));
    else {
      const input = screen.getByLabelText(choice.label);
      await user.clear(input);
      if (choice.fill !== '') await user.type(input, choice.fill);
    }
  }
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

export const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

/** Answers pages in turn, waiting for each to give way to the next. */
export async function answerPages(user: UserEvent, pages: typeof sorenessPages) {
  for (const page of pages) {
    const before = window.location.hash;
    await answerPage(user, ...page);
    await waitFor(() => expect(window.location.hash).not.toBe(before));
  }
}

export async function answerAll(user: UserEvent, pages = sorenessPages) {
  await answerPages(user, pages);
  await heading('Check your answers');
}

export async function resultHeading() {
  const result = await screen.findByRole('heading', { level: 1 });
  expect(result).toHaveAttribute('data-triage');
  return result;
}
