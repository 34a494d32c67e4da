import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { severePages, sorenessPages } from '../../fixtures/soreness-pages';
import { answerAll, answerPage, answerPages, heading, renderApp, resultHeading } from '../../app/render-app';

// Rules v3: whether painkillers have helped, asked on a page of its own after the severity, only at 8 or more.

const PAINKILLERS = 'Have painkillers helped?';

async function start(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: 'Start now' }));
  await heading('Do you have any of these right now?');
}

/** Starts the questions and answers them up to the severity page. */
async function upToSeverity(user: UserEvent) {
  await start(user);
  await answerPages(user, sorenessPages.slice(0, 5));
  await heading('How bad has the pain been at its worst in the last 24 hours?');
}

const summaryRow = (key: string) => screen.queryAllByRole('term').find((term) => term.textContent === key)?.parentElement;

describe('the painkillers question', () => {
  it.each(['8', '9'])('should ask it on its own page after a severity of %s, with no medicine named', async (severity) => {
    const { user } = renderApp('#/');
    await upToSeverity(user);
    expect(screen.getByText('Question 6 of 12')).toBeInTheDocument();
    await answerPage(user, severity);

    await heading(PAINKILLERS);
    expect(window.location.hash).toBe('#/q/painkillers');
    expect(screen.getByText('Question 7 of 13')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: PAINKILLERS });
    expect(group).toHaveAccessibleDescription('Any you can buy without a prescription.');
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['helped', 'not-helped', 'not-taken']);
    expect(screen.getByLabelText('Yes, they help')).not.toBeChecked();
    expect(screen.getByLabelText('No, they have not helped')).not.toBeChecked();
    expect(screen.getByLabelText('I have not taken any')).not.toBeChecked();
    expect(screen.getByRole('main')).not.toHaveTextContent(/ibuprofen|paracetamol|acetaminophen|aspirin|naproxen|codeine/i);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select whether painkillers have helped' })).toBeInTheDocument();

    await answerPage(user, 'I have not taken any');
    await heading('Does the pain spread anywhere?');
    expect(screen.getByText('Question 8 of 13')).toBeInTheDocument();
  });

  it('should not ask it at 7, and go straight on to where the pain spreads', async () => {
    const { user } = renderApp('#/');
    await upToSeverity(user);
    await answerPage(user, '7');

    await heading('Does the pain spread anywhere?');
    expect(screen.getByText('Question 7 of 12')).toBeInTheDocument();
    expect(screen.queryByText(PAINKILLERS)).not.toBeInTheDocument();
  });

  it('should lead a page it is not asked on back to the questions, as if it were not there', async () => {
    const { user } = renderApp('#/');
    await upToSeverity(user);
    await answerPage(user, '5');
    await heading('Does the pain spread anywhere?');

    window.location.hash = '#/q/painkillers';
    await heading('Does the pain spread anywhere?');
    expect(window.location.hash).toBe('#/q/spread');
  });

  it('should drop the page, and its answer, when Back and a new severity take the pain from 9 to 5', async () => {
    const { user } = renderApp('#/');
    await upToSeverity(user);
    await answerPage(user, '9');
    await heading(PAINKILLERS);
    await answerPage(user, 'No, they have not helped');
    await heading('Does the pain spread anywhere?');
    expect(screen.getByText('Question 8 of 13')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await heading(PAINKILLERS);
    expect(screen.getByLabelText('No, they have not helped')).toBeChecked();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await heading('How bad has the pain been at its worst in the last 24 hours?');
    expect(screen.getByText('Question 6 of 13')).toBeInTheDocument();
    await answerPage(user, '5');

    await heading('Does the pain spread anywhere?');
    expect(screen.getByText('Question 7 of 12')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await heading('How bad has the pain been at its worst in the last 24 hours?');
    expect(screen.getByText('Question 6 of 12')).toBeInTheDocument();
    await answerPage(user, '5');

    await answerAll(user, sorenessPages.slice(6));
    expect(summaryRow(PAINKILLERS)).toBeUndefined();
    expect(summaryRow('Worst pain, out of 10')).toHaveTextContent('5');
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    await resultHeading();
    expect(window.location.hash).not.toContain('painkillers');
    expect(screen.queryByText(/painkillers/i)).not.toBeInTheDocument();
  });

  it('should show the answer in words on Check your answers, and ask it when a change there takes the pain to 8 or more', async () => {
    const { user } = renderApp('#/');
    await start(user);
    await answerAll(user);
    expect(summaryRow(PAINKILLERS)).toBeUndefined();

    await user.click(screen.getByRole('link', { name: 'Change worst pain, out of 10' }));
    await answerPage(user, '8');
    await heading(PAINKILLERS);
    expect(window.location.hash).toBe('#/q/painkillers?from=check');
    await answerPage(user, 'Yes, they help');

    await heading('Check your answers');
    expect(summaryRow(PAINKILLERS)).toHaveTextContent('Yes, they help');
    await user.click(screen.getByRole('link', { name: `Change your answer to: ${PAINKILLERS}` }));
    await heading(PAINKILLERS);
    expect(screen.getByLabelText('Yes, they help')).toBeChecked();
    await answerPage(user, 'No, they have not helped');
    await heading('Check your answers');
    expect(summaryRow(PAINKILLERS)).toHaveTextContent('No, they have not helped');
  });
});

describe('the results the painkillers answer leads to', () => {
  it('should send severe muscle pain the day after a workout that painkillers have not helped to an emergency department', async () => {
    const { user } = renderApp('#/');
    await start(user);
    await answerAll(user, severePages('9', 'No, they have not helped'));
    expect(summaryRow(PAINKILLERS)).toHaveTextContent('No, they have not helped');
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    const result = await resultHeading();
    expect(result).toHaveAttribute('data-triage', 'doctor');
    expect(result).toHaveAttribute('data-urgency', 'emergency');
    expect(window.location.hash).toContain('&painkillers=not-helped&redFlags=');
    const reasons = screen.getByRole('heading', { name: 'Why this result' }).nextElementSibling as HTMLElement;
    const reason = within(reasons).getByText(/^You rated it 9 out of 10, it did not start at one moment, .* and painkillers have not helped\./);
    expect(within(reason).getByRole('link', { name: 'About this rule: Severe muscle pain after a workout that painkillers have not helped' })).toHaveAttribute(
      'href',
      '#/rules?rule=muscle-pain-despite-painkillers',
    );
  });

  it('should send severe pain that is not easing 5 days on to be seen today, whatever the painkillers did', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    const pages = severePages('9', 'Yes, they help');
    pages[10] = [{ label: 'How many days ago did it start?', fill: '5' }, 'About the same'];
    await answerAll(user, pages);
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    const result = await resultHeading();
    expect(result).toHaveAttribute('data-triage', 'doctor');
    expect(result).toHaveAttribute('data-urgency', 'today');
    const reasons = screen.getByRole('heading', { name: 'Why this result' }).nextElementSibling as HTMLElement;
    const reason = within(reasons).getByText(/it is not getting better\. Pain this bad should be easing after 3 days, so it should be checked today\./);
    expect(within(reason).getByRole('link', { name: 'About this rule: Severe pain that is not easing after 3 days' })).toHaveAttribute(
      'href',
      '#/rules?rule=severe-not-easing',
    );
  });
});
