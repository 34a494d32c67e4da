import { useEffect } from 'react';
import { BackLink } from '../../components/back-link';
import { useTitle } from '../../components/use-title';
import { questionFragment, stepFragment } from '../../navigation/fragments';
import { navigate } from '../../navigation/navigate';
import { questionnaire } from '../../i18n/en/questionnaire';
import { now } from '../../state/clock';
import { useFlowContext } from '../../state/flow-context';
import { useLanguage, useText } from '../../state/language';
import { useBackcheck } from '../../state/store';
import { localDate } from '../../dates/dates';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import { emergencySigns, firstOpenStep } from '../../questions/flow';
import { englishQuestionsText } from '../../questions/question-words';
import { summaryRows } from '../../questions/summary';
import { triageWarningSigns } from '../../triage';
import { ResultView } from '../result/result-view';

/** The questionnaire's emergency stop: an urgent sign ends it at once, with no more questions. */
export function EmergencyPage() {
  const t = useText('questionnaire', questionnaire);
  const questions = useText('questions', englishQuestionsText);
  const language = useLanguage();
  useTitle(t.emergencyTitle);
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
      <ResultView
        result={result}
        answers={{ redFlags }}
        rows={summaryRows({ redFlags }, context, choices, [], { language, questions, text: t })}
        answeredOn={localDate(now())}
      />
    </main>
  );
}
