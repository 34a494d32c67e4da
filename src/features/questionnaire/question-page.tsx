import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { BackLink } from '../../components/back-link';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { NotFound } from '../../components/not-found';
import { useTitle } from '../../components/use-title';
import { NotSavingNotice } from './not-saving-notice';
import { questionFragment, stepFragment } from '../../navigation/fragments';
import { navigate } from '../../navigation/navigate';
import { questionnaire } from '../../i18n/en/questionnaire';
import { useFlowContext } from '../../state/flow-context';
import { answer, keepCheck, undoEmergencyStop } from '../../state/keep';
import { useText } from '../../state/language';
import { useBackcheck } from '../../state/store';
import { derivedTrend } from '../../questions/answers-from-choices';
import { emergencySigns, firstOpenStep, isAsked, pageBefore, pageById, pagePosition, shownQuestions, stepAfter } from '../../questions/flow';
import { englishQuestionsText, pageHeading, questionWords } from '../../questions/question-words';
import { choiceSchema, type Choices, type Page, type Question } from '../../questions/questions';
import { triageWarningSigns } from '../../triage';
import { QuestionField, firstInputId, type FieldValue } from './question-fields';

/** What is wrong with an answer: none given, or (for a number) one out of range. */
type Problem = 'required' | 'invalid';

function problemWith(question: Question, value: FieldValue): Problem | undefined {
  const empty = value === undefined || (Array.isArray(value) && value.length === 0) || (value === '' && !(question.kind === 'number' && question.optional));
  if (empty) return 'required';
  if (choiceSchema(question).safeParse(value).success) return undefined;
  return question.kind === 'number' ? 'invalid' : 'required';
}

/** What a field holds once submitted: text trimmed, and an untouched optional number left blank. */
const submitted = (question: Question, value: FieldValue) =>
  typeof value === 'string' ? value.trim() : value === undefined && question.kind === 'number' && question.optional ? '' : value;

export function QuestionPage({ page, fromCheck }: { page: Page; fromCheck: boolean }) {
  const choices = useBackcheck((state) => state.choices);
  const context = useFlowContext();
  const questions = shownQuestions(page, context);
  // A worked-out answer (the trend in a re-check) starts as worked out, for the person to correct.
  const [values, setValues] = useState<Choices>(() =>
    Object.fromEntries(questions.map((q) => [q.id, choices[q.id] ?? (q.recheck === 'derived' ? derivedTrend(choices, context) : undefined)])),
  );
  const t = useText('questionnaire', questionnaire);
  const catalog = useText('questions', englishQuestionsText);
  // Problems are kept as what is wrong, and said in the language shown when drawn.
  const [problems, setProblems] = useState<{ question: Question; problem: Problem }[]>([]);
  const errors = useMemo<FieldError[]>(
    () =>
      problems.map(({ question, problem }) => {
        const words = questionWords(question, catalog);
        return { target: firstInputId(question), text: problem === 'invalid' ? (words.invalid ?? words.required) : words.required };
      }),
    [problems, catalog],
  );
  const first = page.questions[0];
  const only = questions.length === 1 ? questions[0] : undefined;
  const heading = only ? questionWords(only, catalog).legend : (pageHeading(page, catalog) ?? (first ? questionWords(first, catalog).legend : ''));
  useTitle(heading, errors.length > 0);

  // Questions are answered in order: a page further on than the first unanswered one leads back to it,
  // and so does a page the answers do not call for (painkillers, with the pain under 8).
  const open = firstOpenStep(choices, context);
  const ahead =
    !isAsked(page, choices) ||
    (!fromCheck && open.to === 'page' && pagePosition(page, choices, context).index > pagePosition(open.page, choices, context).index);
  const openFragment = stepFragment(open);
  useEffect(() => {
    if (ahead) navigate(openFragment, { replace: true });
  }, [ahead, openFragment]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = questions.flatMap((question) => {
      const problem = problemWith(question, submitted(question, values[question.id]));
      return problem ? [{ question, problem }] : [];
    });
    setProblems(found);
    if (found.length > 0) return;
    const updated = { ...choices };
    for (const question of questions) {
      const value = submitted(question, values[question.id]);
      if (value === undefined) continue;
      answer(question.id, value);
      updated[question.id] = value;
    }
    const next = fromCheck ? undefined : stepAfter(page, updated, context);
    if (page.stopsForEmergency?.(updated)) {
      // The emergency stop is a finished result too: kept with its warning signs.
      const redFlags = emergencySigns(updated);
      const result = triageWarningSigns(redFlags);
      if (result) keepCheck({ redFlags }, [], result);
    } else if (page.stopsForEmergency) {
      undoEmergencyStop();
    }
    if (fromCheck) {
      // A change returns to the summary, unless it opened a question still to answer.
      const next = firstOpenStep(updated, context);
      navigate(stepFragment(next, next.to === 'page'));
    } else if (next) {
      navigate(stepFragment(next));
    }
  };

  const previous = pageBefore(page, choices, context);
  const position = pagePosition(page, choices, context);
  const single = questions.length === 1;

  return (
    <main id="main" className="main">
      <BackLink href={fromCheck ? '#/check' : previous ? questionFragment(previous.id) : '#/'} />
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      <NotSavingNotice />
      {position.index > 0 ? <p className="caption">{t.questionOf(position.index, position.total)}</p> : null}
      {single ? null : <h1 tabIndex={-1}>{pageHeading(page, catalog)}</h1>}
      <form onSubmit={submit} noValidate>
        {questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            value={values[question.id]}
            onChange={(value) => setValues((current) => ({ ...current, [question.id]: value }))}
            error={errors.find((error) => error.target === firstInputId(question))?.text}
            isPageHeading={single}
          />
        ))}
        <button type="submit" className="button">
          {t.continueButton}
        </button>
      </form>
    </main>
  );
}

/** The question page an address names, or Page not found. */
export function QuestionRoute({ pageId, fromCheck }: { pageId: string; fromCheck: boolean }) {
  const page = pageById(pageId);
  // The page starts afresh from what is saved whenever that changes, as when another tab answers.
  const saved = useBackcheck((state) => JSON.stringify(page?.questions.map((question) => state.choices[question.id]) ?? []));
  return page ? <QuestionPage key={saved} page={page} fromCheck={fromCheck} /> : <NotFound />;
}
