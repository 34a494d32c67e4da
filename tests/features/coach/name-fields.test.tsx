import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resultFragment } from '../../../src/share-link/result-link';
import { answersSchema } from '../../../src/triage';
import vignettes from '../../triage/vignettes.json';
import { heading, renderApp, resultHeading } from '../../app/render-app';

// A name typed into a form is held to the same rule as a name in a link: at most 3 accents on
// one letter, and a clear error past it.

const FOUR_MARKS = 'Sa\u0301\u0302\u0303\u0323m';
const THREE_MARKS = 'Sa\u0301\u0302\u0303m';
const MESSAGE = 'Your name can only have up to 3 accents on each letter';

describe('a name with too many accents on one letter', () => {
  it('should be refused on the coach’s page, with the error by the field and in the summary', async () => {
    const { user } = renderApp('#/coach');
    await heading('Make a link for your trainees');
    await user.type(screen.getByLabelText('Your name'), FOUR_MARKS);
    await user.click(screen.getByLabelText('Running'));
    await user.click(screen.getByRole('button', { name: 'Make link' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: MESSAGE })).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(expect.stringContaining(MESSAGE));
    expect(screen.queryByLabelText('Send this link to your trainees')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Your name'));
    await user.type(screen.getByLabelText('Your name'), THREE_MARKS);
    await user.click(screen.getByRole('button', { name: 'Make link' }));
    expect(screen.getByLabelText('Send this link to your trainees')).toHaveValue(
      `http://localhost:3000/#/?coach=${encodeURIComponent(THREE_MARKS)}&activity=running`,
    );
  });

  it('should be refused as the first name sent to a coach', async () => {
    const soreness = answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers);
    const { user } = renderApp(resultFragment(soreness), { saved: JSON.stringify({ state: { choices: {}, coach: { name: 'Sam' } }, version: 1 }) });
    await resultHeading();
    await user.click(screen.getByRole('button', { name: 'Send to my coach Sam' }));
    const name = screen.getByLabelText('Your first name (optional)');
    await user.type(name, FOUR_MARKS);
    await user.click(screen.getByRole('button', { name: 'Send to Sam' }));
    expect(screen.getByText(MESSAGE)).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });
});
