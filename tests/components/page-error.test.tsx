import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary, retryableLazy } from '../../src/components/page-error';

const Page = () => <h1>The page</h1>;

function renderInBoundary(children: React.ReactNode) {
  return render(
    <PageErrorBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </PageErrorBoundary>,
  );
}

describe('a page that cannot load or draw', () => {
  it('should say a page could not be loaded, that nothing is lost, and load it on Try again', async () => {
    let attempts = 0;
    const Lazy = retryableLazy(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module: /assets/page.js');
      return Page;
    });
    renderInBoundary(<Lazy />);

    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText('Nothing you answered has been lost: your answers are kept on this device.')).toBeInTheDocument();
    await vi.waitFor(() => expect(document.title).toBe('This page could not be loaded – Backcheck'));

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The page' })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('should show the same kind of page for an error inside a page, never an empty screen', async () => {
    let broken = true;
    const Breaks = () => {
      if (broken) throw new Error('Cannot read properties of undefined');
      return <Page />;
    };
    renderInBoundary(<Breaks />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start' })).toHaveAttribute('href', '#/');
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The page' })).toBeInTheDocument();
  });
});
