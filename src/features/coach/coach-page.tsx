import { useEffect, useRef, useState, type FormEvent } from 'react';
import { BackLink } from '../../components/back-link';
import { copyText } from '../../components/copy-text';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { TextField } from '../../components/text-field';
import { useTitle } from '../../components/use-title';
import { pages, type RadiosQuestion } from '../../questions/questions';
import { COACH_NAME_MAX, coachFragment, type Coach } from '../../share-link/coach-link';
import { coachNameSchema } from '../../share-link/coach-schema';
import { QuestionField } from '../questionnaire/question-fields';
import { CoachKit } from './coach-kit';

const EACH_TRAINEE = 'each';

const workoutQuestion = pages.flatMap((page) => page.questions).find((q): q is RadiosQuestion => q.id === 'activity');

const sportQuestion: RadiosQuestion | undefined = workoutQuestion && {
  ...workoutQuestion,
  id: 'coachActivity',
  legend: 'Which sport do you coach?',
  hint: 'Your trainees will not be asked about their workout.',
  required: 'Select the sport you coach, or let each trainee say',
  options: [...workoutQuestion.options, { value: EACH_TRAINEE, label: 'Let each trainee say' }],
};

function CoachLink({ url, coach }: { url: string; coach: Coach }) {
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [url]);
  return (
    <section className="panel" aria-labelledby="coach-link-title">
      <h2 id="coach-link-title" tabIndex={-1} ref={heading}>
        Your link
      </h2>
      <div className="form-group">
        <label className="label" htmlFor="coach-link">
          Send this link to your trainees
        </label>
        <input className="input" id="coach-link" type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={async () => setStatus((await copyText(url)) ? 'Link copied.' : 'Select the link above and copy it.')}
      >
        Copy link
      </button>
      <p role="status">{status}</p>
      <CoachKit url={url} coach={coach} />
    </section>
  );
}

export function CoachPage() {
  const [name, setName] = useState('');
  const [sport, setSport] = useState<string | undefined>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [coach, setCoach] = useState<Coach | null>(null);
  useTitle('Make a link for your trainees', errors.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsedName = coachNameSchema.safeParse(name);
    const found: FieldError[] = [];
    if (!parsedName.success) found.push({ target: 'coach-name', text: parsedName.error.issues[0]?.message ?? 'Enter your name' });
    if (!sport && sportQuestion) found.push({ target: `q-${sportQuestion.id}-${sportQuestion.options[0]?.value ?? ''}`, text: sportQuestion.required });
    setErrors(found);
    if (found.length > 0 || !parsedName.success) return;
    setCoach({ name: parsedName.data, activity: sport === EACH_TRAINEE ? undefined : (sport as Coach['activity']) });
  };

  const nameError = errors.find((error) => error.target === 'coach-name')?.text;

  return (
    <main id="main" className="main coach-page">
      <BackLink href="#/" />
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      <h1 tabIndex={-1}>Make a link for your trainees</h1>
      <p>Send your trainees a link to Backcheck with your name on it, or put its QR code on the wall.</p>
      <ul className="list list--bullet">
        <li>Your trainees answer a few short questions on their own phone, and see what to do. Nothing is sent to you or anyone else.</li>
        <li>If they choose, they send you their result as a link, with their first name if they want.</li>
        <li>
          You see what it means for their training, and can keep it in <a href="#/team">your trainees’ list</a>, on this device only.
        </li>
      </ul>
      <form onSubmit={submit} noValidate>
        <TextField
          id="coach-name"
          label="Your name"
          hint={`Your trainees will see ‘Sent by your coach’ and this name. Up to ${COACH_NAME_MAX} characters.`}
          error={nameError}
          value={name}
          onChange={setName}
          autoComplete="name"
        />
        {sportQuestion ? (
          <QuestionField
            question={sportQuestion}
            value={sport}
            onChange={(value) => typeof value === 'string' && setSport(value)}
            error={errors.find((error) => error.target.startsWith(`q-${sportQuestion.id}`))?.text}
            isPageHeading={false}
          />
        ) : null}
        <button type="submit" className="button">
          Make link
        </button>
      </form>
      {coach ? <CoachLink url={`${window.location.origin}${window.location.pathname}${coachFragment(coach)}`} coach={coach} /> : null}
    </main>
  );
}
