export interface SummaryListRow {
  id: string;
  key: string;
  value: string;
  /** Where "Change" leads; a row without it cannot be changed here. */
  changeHref?: string | undefined;
}

/** Question and answer pairs, GOV.UK's summary list; a row with a `changeHref` has a Change link. */
export function SummaryList({ rows }: { rows: readonly SummaryListRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.id}>
          {/* A key that is a question ends in its own mark: printed on one line with its answer, it takes no colon. */}
          <dt className={`summary-list__key${row.key.endsWith('?') ? ' summary-list__key--question' : ''}`}>{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.changeHref ? (
            <dd className="summary-list__actions">
              <a href={row.changeHref}>
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
