import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTitle } from '../../components/use-title';
import { navigate } from '../../navigation/navigate';
import { forgetCoach, rememberCoach, useBackcheck, useSaveRefused } from '../../state/store';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import { coachReader, loadCoachReader, subscribeToCoachReader } from '../../share-link/coach-link-reader';
import { EmergencyCountry } from '../emergency-call/emergency-country';
import { useEmergencyNumber } from '../emergency-call/use-emergency-number';
import { ACTIVITY_WORDS } from './activity-words';

// Only someone with something saved needs these; main.tsx fetches them beside the saved data.
const SavedProgress = lazy(() => import('./saved-progress').then((m) => ({ default: m.SavedProgress })));
const SwitchCoach = lazy(() => import('./saved-progress').then((m) => ({ default: m.SwitchCoach })));

export function StartPage({ query }: { query: string }) {
  useTitle('Back pain after training?');
  const coach = useBackcheck((state) => state.coach);
  const { number, local } = useEmergencyNumber();
  // main.tsx has the link's reader loaded before this page is drawn; one that is still coming shows no coach until it has.
  const reader = useSyncExternalStore(subscribeToCoachReader, coachReader, coachReader);
  useEffect(() => {
    if (query !== '' && !reader) loadCoachReader().catch(() => undefined);
  }, [query, reader]);
  const coachLink = query === '' || !reader ? undefined : reader(query);
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
  const hasSaved = useBackcheck((state) => Object.keys(state.choices).length > 0 || state.checks.length > 0);
  const saving = !useSaveRefused();

  return (
    <main id="main" className="main">
      {coachLink && !coachLink.ok ? (
        <div className="notice" role="status">
          <p>The link you followed was damaged, so your coach’s details could not be read. You can still answer the questions.</p>
        </div>
      ) : null}
      {switching && coach && linkedCoach ? (
        <Suspense fallback={null}>
          <SwitchCoach from={coach} to={linkedCoach} />
        </Suspense>
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
          : 'It takes about 2 minutes. There is no account, and your answers are not sent anywhere; but this device is not saving them, so they will go when you close this page.'}
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
      {hasSaved ? (
        <Suspense fallback={null}>
          <SavedProgress shownCoach={shownCoach} />
        </Suspense>
      ) : (
        <a className="button button--start" href={`#/q/${FIRST_PAGE_ID}`} data-start-link>
          Start now
        </a>
      )}
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
