import { useEffect } from 'react';
import { triageWarningSigns } from '../triage';
import { BackLink } from '../components/back-link';
import { ResultView } from '../components/result-view';
import { useTitle } from '../components/use-title';
import { useBackcheck } from '../app/store';
import { navigate, questionFragment, stepFragment } from '../app/router';
import { emergencySigns, firstOpenStep } from '../questionnaire/flow';
import { FIRST_PAGE_ID } from '../questionnaire/first-page';
import { summaryRows } from '../questionnaire/summary';
import { useFlowContext } from './use-flow-context';

/** The questionnaire's emergency stop: an urgent sign ends it at once, with no more questions. */
export function EmergencyPage() {
  useTitle('Get help now');
  const choices = useBackcheck((state) => state.choices);
  const context = useFlowContext();
  const redFlags = emergencySigns(choices);
  const result = triageWarningSigns(redFlags);
  const redirect = result ? undefined : stepFragment(firstOpenStep(choices, context));
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);
  if (!result) return null;

  return (
    <main id="main" className="main">
      <BackLink href={questionFragment(FIRST_PAGE_ID)} />
      <ResultView result={result} answers={{ redFlags }} rows={summaryRows({ redFlags }, context, choices)} />
    </main>
  );
}
