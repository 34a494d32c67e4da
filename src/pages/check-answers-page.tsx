import { useEffect } from 'react';
import { SummaryList } from '../components/summary-list';
import { useTitle } from '../components/use-title';
import { useBackcheck } from '../app/store';
import { navigate, stepFragment } from '../app/router';
import { completeAnswers } from '../questionnaire/answers-from-choices';
import { firstOpenStep } from '../questionnaire/flow';
import { unsureFields } from '../questionnaire/questions';
import { summaryRows } from '../questionnaire/summary';
import { resultFragment } from '../share-link/result-link';
import { BackLink } from '../components/back-link';
import { useFlowContext } from './use-flow-context';

export function CheckAnswersPage() {
  useTitle('Check your answers');
  const choices = useBackcheck((state) => state.choices);
  const context = useFlowContext();
  const open = firstOpenStep(choices, context);
  const answers = completeAnswers(choices, context);
  const redirect = open.to !== 'check' || !answers ? stepFragment(open) : undefined;

  // Only a complete set of answers can be checked: anything missing leads back to it.
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);
  if (redirect || !answers) return null;

  const rows = summaryRows(answers, context, choices);
  const last = rows.at(-1);

  return (
    <main id="main" className="main">
      <BackLink href={last ? `#/q/${last.page.id}` : '#/'} />
      <h1 tabIndex={-1}>Check your answers</h1>
      <SummaryList rows={rows} changeable />
      <h2>Now see your result</h2>
      <p>Your result is worked out on this device. Nothing is sent anywhere.</p>
      <button type="button" className="button" onClick={() => navigate(resultFragment(answers, unsureFields(choices)))}>
        See your result
      </button>
    </main>
  );
}
