import { questionFragment } from '../app/router';
import type { SummaryRow } from '../questionnaire/summary';

/** Question and answer pairs; with `changeable`, each has a Change link that comes back here. */
export function SummaryList({ rows, changeable = false }: { rows: SummaryRow[]; changeable?: boolean }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.questionId}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {changeable && !row.carried ? (
            <dd className="summary-list__actions">
              <a href={questionFragment(row.page.id, true)}>
                {/* The whole phrase in one text, so no engine can lose the space between the words. */}
                <span aria-hidden="true">Change</span>
                <span className="visually-hidden">{row.key.endsWith('?') ? `Change your answer to: ${row.key}` : `Change ${row.key.toLowerCase()}`}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
