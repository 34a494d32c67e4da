import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { setClock } from '../../src/state/clock';
import { STORAGE_KEY } from '../../src/state/saved';
import { severePages, sorenessPages, sorenessPagesWith } from '../fixtures/soreness-pages';
import { answerAll, answerPage, answerPages, heading, renderApp, resultHeading } from './render-app';

describe('the questionnaire', () => {
  it('should stop at the first question with an emergency result when an urgent sign is ticked', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await heading('Do you have any of these right now?');
    await answerPage(user, 'Dark brown or cola-coloured pee, or hardly any pee for 12 hours even though you are drinking');

    const result = await heading('Call 911 now');
    expect(result).toHaveAttribute('data-triage', 'doctor');
    expect(result).toHaveAttribute('data-urgency', 'emergency');
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByText('Your pee is dark brown or cola-coloured, or you have hardly peed for 12 hours even though you are drinking.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'While you wait' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What to say when you call' })).toBeInTheDocument();
  });

  it('should tell a lifter with a day-after ache that it is normal soreness', async () => {
    setClock(() => new Date('2026-12-01T09:00:00'));
    onTestFinished(() => setClock());
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    const result = await resultHeading();
    expect(result).toHaveTextContent('This sounds like normal soreness');
    expect(result).toHaveAttribute('data-triage', 'soreness');
    expect(result).not.toHaveAttribute('data-urgency');
    expect(screen.getByText('It came on gradually, the day after the workout, as soreness does.')).toBeInTheDocument();
    expect(screen.getByText(/Warm up with a few light sets before your working weight/)).toBeInTheDocument();
    expect(window.location.hash).toBe(
      '#/result?area=lower&side=both-sides&activity=lifting&timing=next-day&suddenMoment=0&character=dull&severity=4&radiation=none&rest=eases&loadedArea=1&daysSince=1&trend=same&redFlags=&on=2026-12-01&rules=3',
    );
    expect(screen.queryByText(/came from a link/)).not.toBeInTheDocument();
  });

  it('should call a sudden sharp one-sided pain mid-run a strain, with running advice and the strength programme', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    const pages = sorenessPagesWith({ 1: ['Lower back', 'On one side only'], 2: ['Running'], 3: ['During the workout', 'Yes'], 4: ['Sharp or stabbing'] });
    await answerAll(user, pages);
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    const result = await resultHeading();
    expect(result).toHaveAttribute('data-triage', 'strain');
    expect(screen.getByText('You can name the moment it started, like a twinge, pop or catch. Soreness comes on gradually.')).toBeInTheDocument();
    expect(screen.getByText('Running until it has settled. Walk instead.')).toBeInTheDocument();
    // The programme is for later, so it starts folded; each exercise says how to do it.
    const toggle = screen.getByRole('button', { name: 'Later: build strength so it does not come back' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const programme = toggle.closest('section') as HTMLElement;
    const exercises = within(programme).getAllByRole('listitem');
    expect(exercises).toHaveLength(10);
    expect(exercises[0]).toHaveTextContent('SupermanLie on your front, arms overhead.');
    expect(programme).not.toHaveTextContent(/V-ups|jump squats/i);
    expect(screen.getByText(/Stop if the sharp pain comes back\. If it does, or the next morning is worse, go back one stage\./)).toBeInTheDocument();
  });

  it('should say which answers the person was not sure about, and that the careful answer was taken', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerAll(user, sorenessPagesWith({ 3: ['Gradually, 1 to 3 days after it', 'I’m not sure'] }));
    expect(screen.getByText('I’m not sure')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    expect(await resultHeading()).toHaveAttribute('data-triage', 'strain');
    const notSure = screen.getByText('Where you were not sure:').parentElement as HTMLElement;
    expect(within(notSure).getByRole('listitem')).toHaveTextContent('Can you name the moment it started? You answered “I’m not sure”.');
    expect(notSure).toHaveTextContent('For these, Backcheck took the more careful answer');
    expect(
      screen.getByText(/^You were not sure whether it started at one moment, like a twinge, pop or catch, so Backcheck took the careful answer\./),
    ).toBeInTheDocument();
    expect(screen.queryByText(/You can name the moment it started/)).not.toBeInTheDocument();
    expect(window.location.hash).toMatch(/&unsure=suddenMoment&on=\d{4}-\d{2}-\d{2}&rules=3$/);
  });

  it('should ask about swollen, rock-hard back muscles with the emergency signs, and stop there', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await heading('Do you have any of these right now?');
    const sign = screen.getByLabelText('Your sore back muscles are swollen, hard or tight as a drum, or the skin over them is numb');
    expect(sign).toHaveAccessibleDescription('Much more than the usual stiffness after training: they look swollen or feel rock-hard when you press them.');
    await answerPage(user, 'Your sore back muscles are swollen, hard or tight as a drum, or the skin over them is numb');

    const result = await heading('Call 911 now');
    expect(result).toHaveAttribute('data-urgency', 'emergency');
    expect(screen.getByText('Your sore back muscles are swollen, feel hard or tight as a drum, or the skin over them is numb.')).toBeInTheDocument();
  });

  it.each([
    ['Pain, numbness or tingling that travels from your back down both legs', 'Not sore leg muscles from training, such as tight hamstrings after deadlifts.'],
    [
      'Dark brown or cola-coloured pee, or hardly any pee for 12 hours even though you are drinking',
      'Not just dark yellow pee, which usually means you need to drink more.',
    ],
    [
      'Chest pain or pressure, shortness of breath, coughing up blood, pain spreading to your arm or jaw, or a cold sweat',
      'Not being out of breath from hard exercise that settles when you stop.',
    ],
  ])('should say what does not count as the warning sign "%s"', async (label, hint) => {
    renderApp('#/q/emergency-signs');
    expect(await screen.findByLabelText(label)).toHaveAccessibleDescription(hint);
  });

  it('should ask about sharp pain when breathing in with the other signs, and send it to a doctor today', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerAll(user, sorenessPagesWith({ 10: ['Sharp pain in your upper back, side or chest when you breathe in deeply'] }));
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    const result = await resultHeading();
    expect(result).toHaveAttribute('data-urgency', 'today');
    expect(screen.getByText('You have a sharp pain in your upper back, side or chest when you breathe in deeply.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Call 911 at once if you get chest pain or shortness of breath, or cough up blood; your pee turns dark brown or cola-coloured; the sore muscles swell or go hard; you get numbness around your genitals or bottom, or trouble peeing; or a leg goes weak or numb.',
      ),
    ).toBeInTheDocument();
  });

  it('should send a severe ache the day after a hard workout to be seen today, with the blood test to ask about', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerAll(user, severePages('9', 'I have not taken any'));
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    const result = await resultHeading();
    expect(result).toHaveTextContent('Get medical help today');
    expect(screen.getByText(/You rated it 9 out of 10, in the muscles you trained/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Get seen today, at an urgent care centre or an emergency department. Say that it came on after a hard workout, and ask whether you need a blood test for muscle damage (called CK).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Call 911 at once if you get chest pain or shortness of breath, or cough up blood; your pee turns dark brown or cola-coloured; the sore muscles swell or go hard; you get numbness around your genitals or bottom, or trouble peeing; or a leg goes weak or numb.',
      ),
    ).toBeInTheDocument();
  });

  it('should use the age: 50 or over with pain not linked to a workout sees a doctor within days', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerAll(
      user,
      sorenessPagesWith({ 3: ['It is not clearly linked to a workout', 'No'], 11: [{ label: 'How old are you? (optional)', fill: '58' }] }),
    );
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    expect(await resultHeading()).toHaveAttribute('data-urgency', 'soon');
    expect(screen.getByText(/You are 58, and the pain is not clearly linked to a workout/)).toBeInTheDocument();
    expect(screen.getByText('That your back pain is not clearly linked to a workout.')).toBeInTheDocument();
    expect(screen.queryByText('That your back started hurting after training, and which workout it was.')).not.toBeInTheDocument();
  });

  it('should send someone with a fever to a doctor today', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerAll(user, sorenessPagesWith({ 10: ['A fever, chills, or feeling generally unwell'] }));
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    const result = await resultHeading();
    expect(result).toHaveTextContent('Get medical help today');
    expect(result).toHaveAttribute('data-urgency', 'today');
    expect(screen.getByRole('heading', { name: 'What to tell the doctor' })).toBeInTheDocument();
  });

  it('should ask someone whose pain spreads below the knee to see a doctor within days', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerAll(user, sorenessPagesWith({ 6: ['Below the knee, into the calf or foot'] }));
    await user.click(screen.getByRole('button', { name: 'See your result' }));

    const result = await resultHeading();
    expect(result).toHaveTextContent('See a doctor in the next few days');
    expect(result).toHaveAttribute('data-urgency', 'soon');
    expect(screen.getByText('The pain spreads below your knee. A doctor should check the nerves there.')).toBeInTheDocument();
  });

  it('should return to the summary after a change, showing the new answer', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerAll(user);
    expect(screen.getByText('A dull ache')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Change what it feels like' }));
    await heading('What does the pain feel like?');
    expect(screen.getByLabelText('A dull ache')).toBeChecked();
    await answerPage(user, 'Burning');

    await heading('Check your answers');
    expect(screen.getByText('Burning')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    expect(await resultHeading()).toHaveAttribute('data-triage', 'strain');
  });

  it('should show an error summary that takes focus when a question is not answered', async () => {
    const { user } = renderApp('#/q/emergency-signs');
    await heading('Do you have any of these right now?');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: 'Select any signs you have, or select ‘None of these’' });
    expect(document.title).toBe('Error: Do you have any of these right now? – Backcheck');

    await user.click(link);
    expect(screen.getByLabelText('Numbness or tingling around your genitals, bottom or inner thighs')).toHaveFocus();
    expect(window.location.hash).toBe('#/q/emergency-signs');
  });

  it('should reject a number of days that is not a whole number in range', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerPages(user, sorenessPages.slice(0, 9));
    await heading('How long have you had it?');
    await answerPage(user, { label: 'How many days ago did it start?', fill: '400' }, 'Getting better');

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Days must be a whole number from 0 to 365' })).toBeInTheDocument();
    expect(screen.getByLabelText('How many days ago did it start?')).toHaveAccessibleDescription(/Days must be a whole number from 0 to 365/);
  });

  it('should untick the signs when None of these is chosen, and the other way round', async () => {
    const { user } = renderApp('#/q/emergency-signs');
    const sign = await screen.findByLabelText('Pain, numbness or tingling that travels from your back down both legs');
    const none = screen.getByLabelText('None of these');
    await user.click(sign);
    await user.click(none);
    expect(sign).not.toBeChecked();
    await user.click(sign);
    expect(none).not.toBeChecked();
  });

  it('should keep answers through a reload and resume at the next question', async () => {
    const { user, unmount } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerPages(user, sorenessPages.slice(0, 3));
    await heading('How did it start?');
    const saved = localStorage.getItem(STORAGE_KEY) ?? '';
    unmount();

    const again = renderApp('#/', { saved });
    await again.user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    await heading('How did it start?');
    await again.user.click(screen.getByRole('link', { name: 'Back' }));
    await heading('What was the workout before the pain started?');
    expect(screen.getByLabelText('Weights or CrossFit')).toBeChecked();
  });

  it('should clear saved answers when the person starts again', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerPages(user, sorenessPages.slice(0, 2));
    await user.click(screen.getByRole('link', { name: 'Backcheck' }));
    await user.click(await screen.findByRole('button', { name: 'Start again' }));

    await heading('Do you have any of these right now?');
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
    await waitFor(() => expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.choices).toEqual({}));
  });

  it('should reach any result in at most 14 screens from the start', async () => {
    const { user } = renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    let screens = 1;
    for (const page of sorenessPages) {
      const before = window.location.hash;
      await answerPage(user, ...page);
      await waitFor(() => expect(window.location.hash).not.toBe(before));
      screens += 1;
    }
    await heading('Check your answers');
    screens += 1;
    expect(screens).toBeLessThanOrEqual(14);
  });
});
