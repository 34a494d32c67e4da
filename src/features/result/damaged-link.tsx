import { useTitle } from '../../components/use-title';
import { result } from '../../i18n/en/result';
import { useText } from '../../state/language';

const MAX_PROBLEMS_SHOWN = 5;

/** A result link that cannot be read: no result is shown, since it could be wrong. */
export function DamagedLink({ problems, hasSaved }: { problems: string[]; hasSaved: boolean }) {
  const t = useText('result', result);
  useTitle(t.damagedTitle);
  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>{t.damagedTitle}</h1>
      <p>{t.damagedWhy}</p>
      <p>{hasSaved ? t.answerYourselfSaved : t.answerYourself}</p>
      <details className="details">
        <summary>{t.whatIsWrong}</summary>
        <ul className="list list--bullet">
          {problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </details>
      <a className="button" href="#/">
        {hasSaved ? t.goToSaved : t.answerQuestions}
      </a>
    </main>
  );
}
