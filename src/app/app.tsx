import { Suspense, useEffect, useRef, type RefObject } from 'react';
import { NotFound } from '../components/not-found';
import { PageErrorBoundary, retryableLazy } from '../components/page-error';
import { StartPage } from '../features/start/start-page';
import { questionFragment } from '../navigation/fragments';
import { navigate } from '../navigation/navigate';
import { loadCoachReader } from '../share-link/coach-link-reader';
import { rememberCoach, useBackcheck, useHydrated } from '../state/store';
import { Layout } from './layout';
import { NewVersion } from './new-version';
import { parseHash, useHash, type Route } from './router';

// The start page comes with the first load; everything after it loads while the person reads it.
const QuestionRoute = retryableLazy(() => import('../features/questionnaire/question-page').then((m) => m.QuestionRoute));
const CheckAnswersPage = retryableLazy(() => import('../features/questionnaire/check-answers-page').then((m) => m.CheckAnswersPage));
const EmergencyPage = retryableLazy(() => import('../features/questionnaire/emergency-page').then((m) => m.EmergencyPage));
const ResultPage = retryableLazy(() => import('../features/result/result-page').then((m) => m.ResultPage));
const CoachPage = retryableLazy(() => import('../features/coach/coach-page').then((m) => m.CoachPage));
const RulesPage = retryableLazy(() => import('../features/rules-page/rules-page').then((m) => m.RulesPage));
const ChecksPage = retryableLazy(() => import('../features/check-ins/checks-page').then((m) => m.ChecksPage));
const TeamPage = retryableLazy(() => import('../features/coach/team-page').then((m) => m.TeamPage));

/** Keeps the coach of a link carried into the questionnaire, then goes on without it in the address. */
function CoachFromLink({ query, pageId }: { query: string; pageId: string }) {
  useEffect(() => {
    let current = true;
    const follow = (read: ReturnType<Awaited<ReturnType<typeof loadCoachReader>>> | undefined) => {
      if (!current) return;
      const remembered = useBackcheck.getState().coach;
      // A different coach from the one remembered is asked about on the start page, never swapped in silently.
      if (read?.ok && remembered && remembered.name !== read.coach.name) return navigate(`#/?${query}`, { replace: true });
      if (read?.ok) rememberCoach(read.coach);
      navigate(questionFragment(pageId), { replace: true });
    };
    // A link that cannot be read just now (offline before the app was kept) still leads on to the questions.
    loadCoachReader().then(
      (read) => follow(read(query)),
      () => follow(undefined),
    );
    return () => {
      current = false;
    };
  }, [query, pageId]);
  return null;
}

function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <StartPage query={route.query} />;
    case 'question': {
      if (route.coachQuery !== undefined) return <CoachFromLink query={route.coachQuery} pageId={route.pageId} />;
      return <QuestionRoute key={`${route.pageId}-${String(route.fromCheck)}`} pageId={route.pageId} fromCheck={route.fromCheck} />;
    }
    case 'check':
      return <CheckAnswersPage />;
    case 'emergency':
      return <EmergencyPage />;
    case 'result':
      return <ResultPage query={route.query} />;
    case 'coach':
      return <CoachPage />;
    case 'rules':
      return <RulesPage query={route.query} />;
    case 'checks':
      return <ChecksPage />;
    case 'team':
      return <TeamPage />;
    case 'not-found':
      return <NotFound />;
  }
}

/**
 * Moves focus to the new page's heading, so keyboard and screen reader users start there, or to
 * the part of the page the address points at (`data-focus-on-open`), scrolled into view. It
 * sits inside the Suspense boundary, keyed by the address, so it mounts only once the page it
 * follows has loaded and drawn its heading.
 */
function FocusHeading({ firstPageRef }: { firstPageRef: RefObject<boolean> }) {
  useEffect(() => {
    const target = document.querySelector<HTMLElement>('main [data-focus-on-open]');
    if (firstPageRef.current) {
      firstPageRef.current = false;
      // A visit that opens on a part of a page still lands on it.
      if (!target) return;
    }
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
      return;
    }
    // Every new page opens at its top: not every engine scrolls a focused heading into view.
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [firstPageRef]);
  return null;
}

export function App() {
  const hash = useHash();
  // Saved answers are read before any page is drawn, so no page acts on an empty store.
  const hydrated = useHydrated();
  // The page a visit opens on keeps the browser's own focus; every page after it gets its heading focused.
  const isFirstPageRef = useRef(true);

  if (!hydrated) return null;
  const route = parseHash(hash);
  // In the middle of the questions, a new version waits until the result.
  const answering = route.name === 'question' || route.name === 'check';
  return (
    <Layout hash={hash}>
      {answering ? null : <NewVersion />}
      <PageErrorBoundary key={hash}>
        <Suspense fallback={null}>
          <RoutePage route={route} />
          <FocusHeading key={hash} firstPageRef={isFirstPageRef} />
        </Suspense>
      </PageErrorBoundary>
    </Layout>
  );
}
