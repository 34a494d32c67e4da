import { useEffect } from 'react';
import { useTitle } from '../../components/use-title';
import { navigate } from '../../navigation/navigate';
import { stepFragment } from '../../navigation/fragments';
import { forgetCoach, rememberCoach, startAgain, useBackcheck } from '../../state/store';
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

  // A coach's link is remembered, so the note and the skipped workout question last the whole way.
  const linkedName = linkedCoach?.name;
  const linkedActivity = linkedCoach?.activity;
  useEffect(() => {
    if (linkedName !== undefined) rememberCoach({ name: linkedName, activity: linkedActivity });
  }, [linkedName, linkedActivity]);

  const shownCoach = linkedCoach ?? coach;
  const hasProgress = Object.keys(choices).length > 0;
  const checkCount = useBackcheck((state) => state.checks.length);
  const firstPage = FIRST_PAGE_ID;
  // The questions, and a re-check's context, load after the start page.
  const continueWhereLeft = async () => {
    const [{ firstOpenStep }, { flowContextOf }] = await Promise.all([import('../../questions/flow'), import('../../state/flow-context')]);
    navigate(stepFragment(firstOpenStep(choices, flowContextOf(useBackcheck.getState()))));
  };

  return (
    <main id="main" className="main">
      {coachLink && !coachLink.ok ? (
        <div className="notice" role="status">
          <p>The link you followed was damaged, so your coach’s details could not be read. You can still answer the questions.</p>
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
      <p>It takes about 2 minutes. There is no account, and your answers stay on this device.</p>
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
      {hasProgress ? (
        <>
          <p>You have answers saved on this device.</p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => void continueWhereLeft()}>
              Continue where you left off
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                startAgain(shownCoach);
                navigate(`#/q/${firstPage}`);
              }}
            >
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
