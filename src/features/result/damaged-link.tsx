import { useTitle } from '../../components/use-title';

const MAX_PROBLEMS_SHOWN = 5;

/** A result link that cannot be read: no result is shown, since it could be wrong. */
export function DamagedLink({ problems, hasSaved }: { problems: string[]; hasSaved: boolean }) {
  useTitle('This link does not work');
  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>This link does not work</h1>
      <p>It may have been cut short or changed when it was copied. Backcheck has not shown a result, because it could be wrong.</p>
      <p>
        You can answer the questions yourself instead.
        {hasSaved ? ' Anything you have already answered on this device is still saved.' : ''}
      </p>
      <details className="details">
        <summary>What is wrong with the link</summary>
        <ul className="list list--bullet">
          {problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </details>
      <a className="button" href="#/">
        {hasSaved ? 'Go to your saved answers' : 'Answer the questions yourself'}
      </a>
    </main>
  );
}
