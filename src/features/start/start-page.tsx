import { useEffect, useState } from 'react';
import { useTitle } from '../../components/use-title';
import { navigate } from '../../navigation/navigate';
import { stepFragment } from '../../navigation/fragments';
import { now } from '../../state/clock';
import { canSave, forgetCoach, rememberCoach, resumeAnswers, startAgain, useBackcheck, useSaveRefused } from '../../state/store';
import { isFullCheck } from '../../checks/check';
import { describeDate, localDate } from '../../dates/dates';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import { readCoachQuery } from '../../share-link/coach-link';
import { EmergencyCountry } from '../emergency-call/emergency-country';
import { useEmergencyNumber } from '../emergency-call/use-emergency-number';
import { ACTIVITY_WORDS } from './activity-words';

export function StartPage({ query }: { query: string }) {
  useTitle('Back pain after training?');
  const choices = useBackcheck((state) => state.choices);
  const coach = useBackcheck((state) => state.coach);
  const { number, local } = useEmergencyNumber();
  const coachLink = query === '' ? undefined : readCoachQuery(query);
  const linkedCoach = coachLink?.ok ? coachLink.coach : undefined;

  // A coach's link is remembered, so the note and the skipped workout question last the whole way;
  // a different coach from the one remembered is asked about first, never swapped in silently.
  const linkedName = linkedCoach?.name;
  const linkedActivity = linkedCoach?.activity;
  const switching = linkedCoach !== undefined && coach !== null && coach.name !== linkedCoach.name;
  useEffect(() => {
    if (linkedName !== undefined && !switching) rememberCoach({ name: linkedName, activity: linkedActivity });
  }, [linkedName, linkedActivity, switching]);

  // A damaged coach link shows no coach: not the link's, which could not be read, nor one from before.
  const shownCoach = coachLink && !coachLink.ok ? undefined : switching ? undefined : (linkedCoach ?? coach ?? undefined);
  const hasProgress = Object.keys(choices).length > 0;
  const checks = useBackcheck((state) => state.checks);
  const progress = useBackcheck((state) => state.progress);
  const checkCount = checks.length;
  const refused = useSaveRefused();
  // Tried once a visit: a few bytes written and taken away.
  const [canSaveNow] = useState(() => import.meta.env.SSR || canSave());
  const saving = canSaveNow && !refused;
  const today = localDate(now());
  // A result seen and not changed since ends that questionnaire: its answers are never sent again.
  const finished = progress?.kept && !progress.edited ? checks.find((check) => check.id === progress.kept) : undefined;
  const begunEarlier = hasProgress && !finished && progress !== null && progress.started < today;
  const firstPage = FIRST_PAGE_ID;
  // The questions, and a re-check's context, load after the start page.
  const continueWhereLeft = async () => {
    const [{ firstOpenStep }, { flowContextOf }, { resumeOnLaterDay }] = await Promise.all([
      import('../../questions/flow'),
      import('../../state/flow-context'),
      import('../../questions/resume'),
    ]);
    if (begunEarlier && progress) resumeAnswers(resumeOnLaterDay(choices, progress.started, today));
    const state = useBackcheck.getState();
    navigate(stepFragment(firstOpenStep(state.choices, flowContextOf(state))));
  };
  const seeResult = async () => {
    if (!finished) return;
    if (!isFullCheck(finished)) return navigate('#/emergency');
    const { resultFragment } = await import('../../share-link/result-link');
    navigate(resultFragment(finished.answers, finished.unsure));
  };
  const checkAgainNow = async () => {
    const { checkAgain } = await import('../check-ins/check-again');
    checkAgain(useBackcheck.getState().checks);
  };
  const startAboutNewProblem = () => {
    startAgain(shownCoach);
    navigate(`#/q/${firstPage}`);
  };

  return (
    <main id="main" className="main">
      {coachLink && !coachLink.ok ? (
        <div className="notice" role="status">
          <p>The link you followed was damaged, so your coach’s details could not be read. You can still answer the questions.</p>
        </div>
      ) : null}
      {switching && coach && linkedCoach ? (
        <div className="notice" role="group" aria-labelledby="switch-coach">
          <p id="switch-coach">{`Switch from ${coach.name} to ${linkedCoach.name}?`}</p>
          <p>{`This link is from ${linkedCoach.name}. Backcheck remembers one coach on this device, and offers to send your result to them.`}</p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => rememberCoach(linkedCoach)}>
              {`Switch to ${linkedCoach.name}`}
            </button>
            <button type="button" className="button button--secondary" onClick={() => navigate('#/', { replace: true })}>
              {`Keep ${coach.name}`}
            </button>
          </div>
        </div>
      ) : null}
      {shownCoach ? (
        <p className="coach-note">
          Sent by your coach {shownCoach.name}
          {shownCoach.activity ? `, for ${ACTIVITY_WORDS[shownCoach.activity]}` : ''}
        </p>
      ) : null}
      <h1 tabIndex={-1}>Back pain after training?</h1>
      <p className="lead">Answer a few short questions to find out if it is normal soreness, a likely strain, or a reason to see a doctor.</p>
      <p>
        {saving
          ? 'It takes about 2 minutes. There is no account, and your answers stay on this device.'
          : 'It takes about 2 minutes. There is no account, and your answers are not sent anywhere. This device is not letting Backcheck save them, so they will be gone if you close this page.'}
      </p>
      <div className="inset-text inset-text--warning">
        <p>
          <strong>This is not a diagnosis.</strong> If you feel very unwell, call{' '}
          <a href={`tel:${number}`} data-emergency-number>
            {number}
          </a>{' '}
          now.
          {local ? null : <span data-fallback-note> (or your local emergency number)</span>}
        </p>
        <EmergencyCountry />
      </div>
      {finished ? (
        <>
          <p>{finished.date === today ? 'You have a result from today.' : `Your last check was on ${describeDate(finished.date, today)}.`}</p>
          <div className="button-group">
            {finished.date === today ? (
              <button type="button" className="button" onClick={() => void seeResult()}>
                See your result
              </button>
            ) : null}
            <button type="button" className={finished.date === today ? 'button button--secondary' : 'button'} onClick={() => void checkAgainNow()}>
              Check again
            </button>
            <button type="button" className="button button--secondary" onClick={startAboutNewProblem}>
              Start about a new problem
            </button>
          </div>
        </>
      ) : hasProgress ? (
        <>
          <p>
            {begunEarlier && progress
              ? `You began answering on ${describeDate(progress.started, today)}. Backcheck will ask again how it is now, and work out the days since it started.`
              : 'You have answers saved on this device.'}
          </p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => void continueWhereLeft()}>
              Continue where you left off
            </button>
            <button type="button" className="button button--secondary" onClick={startAboutNewProblem}>
              Start again
            </button>
          </div>
        </>
      ) : (
        <a className="button button--start" href={`#/q/${firstPage}`} data-start-link>
          Start now
        </a>
      )}
      {checkCount > 0 ? (
        <p>
          {`You have ${checkCount === 1 ? '1 check' : `${checkCount} checks`} kept on this device. `}
          <a href="#/checks">See your checks, or check again</a>
        </p>
      ) : null}
      {shownCoach ? (
        <p className="forget-coach">
          {/* Below the start button, so the note above never moves when the app takes over the page. */}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              forgetCoach();
              // The coach's link would name them again: the page goes on without it.
              if (linkedCoach) navigate('#/', { replace: true });
            }}
          >
            {`Forget coach ${shownCoach.name}`}
          </button>
        </p>
      ) : null}
    </main>
  );
}
