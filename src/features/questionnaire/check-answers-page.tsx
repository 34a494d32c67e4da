import { useEffect } from 'react';
import { BackLink } from '../../components/back-link';
import { SummaryList } from '../../components/summary-list';
import { useTitle } from '../../components/use-title';
import { NotSavingNotice } from './not-saving-notice';
import { questionFragment, stepFragment } from '../../navigation/fragments';
import { navigate } from '../../navigation/navigate';
import { dates } from '../../i18n/en/dates';
import { questionnaire } from '../../i18n/en/questionnaire';
import { now } from '../../state/clock';
import { useFlowContext } from '../../state/flow-context';
import { keepCheck } from '../../state/keep';
import { useLanguage, useText } from '../../state/language';
import { useBackcheck } from '../../state/store';
import { describeDate, localDate } from '../../dates/dates';
import { completeAnswers, unsureOf } from '../../questions/answers-from-choices';
import { firstOpenStep } from '../../questions/flow';
import { englishQuestionsText } from '../../questions/question-words';
import { summaryRows } from '../../questions/summary';
import { resultFragment } from '../../share-link/result-link';
import { triage } from '../../triage';

export function CheckAnswersPage() {
  const t = useText('questionnaire', questionnaire);
  const questions = useText('questions', englishQuestionsText);
  const dateWords = useText('dates', dates);
  const language = useLanguage();
  useTitle(t.checkAnswersTitle);
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

  const unsure = unsureOf(choices, context);
  const rows = summaryRows(answers, context, choices, unsure, { language, questions, text: t });
  const last = rows.filter((row) => !row.carried).at(-1);
  const seeResult = () => {
    // The result is kept as a check the moment the person asks for it, not each time it is drawn.
    keepCheck(answers, unsure, triage(answers, { unsure }));
    navigate(resultFragment(answers, unsure, { on: localDate(now()) }));
  };

  return (
    <main id="main" className="main">
      <BackLink href={last ? `#/q/${last.page.id}` : '#/'} />
      <h1 tabIndex={-1}>{t.checkAnswersTitle}</h1>
      <NotSavingNotice />
      {context.recheck ? <p>{t.carriedOver(describeDate(context.recheck.lastDate, context.recheck.today, dateWords))}</p> : null}
      <SummaryList
        rows={rows.map((row) => ({
          id: row.questionId,
          key: row.key,
          value: row.value,
          changeHref: row.carried ? undefined : questionFragment(row.page.id, true),
        }))}
      />
      <h2>{t.seeResultHeading}</h2>
      <p>{t.workedOutHere}</p>
      <button type="button" className="button" onClick={seeResult}>
        {t.seeResult}
      </button>
    </main>
  );
}
