import { lazy, Suspense, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useTitle } from '../../components/use-title';
import { navigate } from '../../navigation/navigate';
import { forgetCoach, rememberCoach, useBackcheck, useSaveRefused } from '../../state/store';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import { coachReader, loadCoachReader, subscribeToCoachReader } from '../../share-link/coach-link-reader';
import { EmergencyCountry } from '../emergency-call/emergency-country';
import { useEmergencyNumber } from '../emergency-call/use-emergency-number';
import { start } from '../../i18n/en/start';
import { useText } from '../../state/language';

// Only someone with something saved needs these; main.tsx fetches them beside the saved data.
const SavedProgress = lazy(() => import('./saved-progress').then((m) => ({ default: m.SavedProgress })));
const SwitchCoach = lazy(() => import('./saved-progress').then((m) => ({ default: m.SwitchCoach })));

// Marks where an element goes in a sentence from the catalog, so a translation can put it anywhere.
const SLOT = '\u{E000}';

/** A sentence with an element (a link) where the sentence places its inserted part; never lost, should a translation leave it out. */
function withElement(sentence: (slot: string) => string, element: ReactNode) {
  const text = sentence(SLOT);
  const at = text.indexOf(SLOT);
  const before = at === -1 ? `${text} ` : text.slice(0, at);
  const after = at === -1 ? '' : text.slice(at + SLOT.length);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}

export function StartPage({ query }: { query: string }) {
  const t = useText('start', start);
  useTitle(t.title);
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
          <p>{t.damagedCoachLink}</p>
        </div>
      ) : null}
      {switching && coach && linkedCoach ? (
        <Suspense fallback={null}>
          <SwitchCoach from={coach} to={linkedCoach} />
        </Suspense>
      ) : null}
      {shownCoach ? (
        <p className="coach-note">
          {shownCoach.activity ? t.sentByCoachFor(shownCoach.name, t.activities[shownCoach.activity]) : t.sentByCoach(shownCoach.name)}
        </p>
      ) : null}
      <h1 tabIndex={-1}>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>{saving ? t.takesTwoMinutes : t.takesTwoMinutesNotSaving}</p>
      <div className="inset-text inset-text--warning">
        <p>
          <strong>{t.notADiagnosis}</strong>{' '}
          {withElement(
            t.callIfUnwell,
            <a href={`tel:${number}`} data-emergency-number>
              {number}
            </a>,
          )}
          {local ? null : <span data-fallback-note> {t.orLocalNumber}</span>}
        </p>
        <EmergencyCountry />
      </div>
      {hasSaved ? (
        <Suspense fallback={null}>
          <SavedProgress shownCoach={shownCoach} />
        </Suspense>
      ) : (
        <a className="button button--start" href={`#/q/${FIRST_PAGE_ID}`} data-start-link>
          {t.startNow}
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
            {t.forgetCoach(shownCoach.name)}
          </button>
        </p>
      ) : null}
    </main>
  );
}
