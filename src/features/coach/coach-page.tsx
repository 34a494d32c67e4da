import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { BackLink } from '../../components/back-link';
import { copyText } from '../../components/copy-text';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { TextField } from '../../components/text-field';
import { useTitle } from '../../components/use-title';
import { pages, type RadiosQuestion } from '../../questions/questions';
import { COACH_NAME_MAX, coachFragment, type Coach } from '../../share-link/coach-link';
import { coachNameSchemaIn } from '../../share-link/coach-schema';
import { coach as coachText, type CoachText } from '../../i18n/en/coach';
import { useText } from '../../state/language';
import type { QuestionText } from '../../i18n/question-text';
import { englishQuestionsText, questionWords } from '../../questions/question-words';
import { QuestionField } from '../questionnaire/question-fields';
import { CoachKit } from './coach-kit';

const EACH_TRAINEE = 'each';

const workoutQuestion = pages.flatMap((page) => page.questions).find((q): q is RadiosQuestion => q.id === 'activity');

const sportQuestionIn = (t: CoachText): RadiosQuestion | undefined =>
  workoutQuestion && {
    ...workoutQuestion,
    id: 'coachActivity',
    legend: t.sportLegend,
    hint: t.sportHint,
    required: t.sportRequired,
    options: [...workoutQuestion.options, { value: EACH_TRAINEE, label: t.letEachTraineeSay }],
  };

/** What the coach's question says: the coach's own words, and the workout question's options in the reader's language. */
const sportWordsIn = (t: CoachText, workout: QuestionText): QuestionText => ({
  legend: t.sportLegend,
  hint: t.sportHint,
  summary: workout.summary,
  required: t.sportRequired,
  options: { ...workout.options, [EACH_TRAINEE]: { label: t.letEachTraineeSay } },
});

function CoachLink({ url, coach }: { url: string; coach: Coach }) {
  const t = useText('coach', coachText);
  const [copied, setCopied] = useState<boolean | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [url]);
  return (
    <section className="panel" aria-labelledby="coach-link-title">
      <h2 id="coach-link-title" tabIndex={-1} ref={heading}>
        {t.yourLink}
      </h2>
      <div className="form-group">
        <label className="label" htmlFor="coach-link">
          {t.sendThisLink}
        </label>
        <input className="input" id="coach-link" type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
      </div>
      <button type="button" className="button button--secondary" onClick={async () => setCopied(await copyText(url))}>
        {t.copyLink}
      </button>
      <p role="status">{copied === undefined ? '' : copied ? t.linkCopied : t.selectAndCopy}</p>
      <CoachKit url={url} coach={coach} />
    </section>
  );
}

/** The form's errors in the words of `t`, and the coach once there are none. */
function checkForm(name: string, sport: string | undefined, t: CoachText, sportQuestion: RadiosQuestion | undefined) {
  const parsedName = coachNameSchemaIn(t).safeParse(name);
  const errors: FieldError[] = [];
  if (!parsedName.success) errors.push({ target: 'coach-name', text: parsedName.error.issues[0]?.message ?? t.nameRequired });
  if (!sport && sportQuestion) errors.push({ target: `q-${sportQuestion.id}-${sportQuestion.options[0]?.value ?? ''}`, text: sportQuestion.required });
  const coach: Coach | null =
    errors.length === 0 && parsedName.success ? { name: parsedName.data, activity: sport === EACH_TRAINEE ? undefined : (sport as Coach['activity']) } : null;
  return { errors, coach };
}

export function CoachPage() {
  const [name, setName] = useState('');
  const [sport, setSport] = useState<string | undefined>();
  // What a failed "Make link" was given: its errors are worked out again in the language shown.
  const [refused, setRefused] = useState<{ name: string; sport: string | undefined } | null>(null);
  const [coach, setCoach] = useState<Coach | null>(null);
  const t = useText('coach', coachText);
  const questionsText = useText('questions', englishQuestionsText);
  const sportQuestion = useMemo(() => sportQuestionIn(t), [t]);
  const sportWords = useMemo(() => workoutQuestion && sportWordsIn(t, questionWords(workoutQuestion, questionsText)), [t, questionsText]);
  const errors = useMemo(() => (refused ? checkForm(refused.name, refused.sport, t, sportQuestion).errors : []), [refused, t, sportQuestion]);
  useTitle(t.makeLinkTitle, errors.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkForm(name, sport, t, sportQuestion);
    setRefused(checked.coach ? null : { name, sport });
    if (checked.coach) setCoach(checked.coach);
  };

  const nameError = errors.find((error) => error.target === 'coach-name')?.text;

  return (
    <main id="main" className="main coach-page">
      <BackLink href="#/" />
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      <h1 tabIndex={-1}>{t.makeLinkTitle}</h1>
      <p>{t.makeLinkIntro}</p>
      <ul className="list list--bullet">
        <li>{t.traineesAnswer}</li>
        <li>{t.theySendResult}</li>
        <li>
          {t.youSeeWhatItMeans} <a href="#/team">{t.seeTraineesList}</a>
        </li>
      </ul>
      <form onSubmit={submit} noValidate>
        <TextField id="coach-name" label={t.yourName} hint={t.nameHint(COACH_NAME_MAX)} error={nameError} value={name} onChange={setName} autoComplete="name" />
        {sportQuestion ? (
          <QuestionField
            question={sportQuestion}
            words={sportWords}
            value={sport}
            onChange={(value) => typeof value === 'string' && setSport(value)}
            error={errors.find((error) => error.target.startsWith(`q-${sportQuestion.id}`))?.text}
            isPageHeading={false}
          />
        ) : null}
        <button type="submit" className="button">
          {t.makeLink}
        </button>
      </form>
      {coach ? <CoachLink url={`${window.location.origin}${window.location.pathname}${coachFragment(coach)}`} coach={coach} /> : null}
    </main>
  );
}
