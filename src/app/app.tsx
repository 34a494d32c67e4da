import { useEffect, useRef } from 'react';
import { pageById } from '../questionnaire/flow';
import { CheckAnswersPage } from '../pages/check-answers-page';
import { CoachPage } from '../pages/coach-page';
import { EmergencyPage } from '../pages/emergency-page';
import { NotFoundPage } from '../pages/not-found-page';
import { QuestionPage } from '../pages/question-page';
import { ResultPage } from '../pages/result-page';
import { StartPage } from '../pages/start-page';
import { Layout } from './layout';
import { parseHash, useHash, type Route } from './router';

function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <StartPage query={route.query} />;
    case 'question': {
      const page = pageById(route.pageId);
      return page ? <QuestionPage key={`${page.id}-${String(route.fromCheck)}`} page={page} fromCheck={route.fromCheck} /> : <NotFoundPage />;
    }
    case 'check':
      return <CheckAnswersPage />;
    case 'emergency':
      return <EmergencyPage />;
    case 'result':
      return <ResultPage query={route.query} />;
    case 'coach':
      return <CoachPage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

export function App() {
  const hash = useHash();
  const firstRender = useRef(true);

  // On every new page, focus its heading, so keyboard and screen reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [hash]);

  return (
    <Layout>
      <RoutePage route={parseHash(hash)} />
    </Layout>
  );
}
