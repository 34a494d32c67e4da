import { components } from '../i18n/en/components';
import { useText } from '../state/language';

/** A key that is a question ends in the language's own question mark. */
const isQuestion = (key: string) => /[?؟]$/.test(key);

export interface SummaryListRow {
  id: string;
  key: string;
  value: string;
  /** Where "Change" leads; a row without it cannot be changed here. */
  changeHref?: string | undefined;
}

/** Question and answer pairs, GOV.UK's summary list; a row with a `changeHref` has a Change link. */
export function SummaryList({ rows }: { rows: readonly SummaryListRow[] }) {
  const t = useText('components', components);
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.id}>
          {/* A key that is a question ends in its own mark: printed on one line with its answer, it takes no colon. */}
          <dt className={`summary-list__key${isQuestion(row.key) ? ' summary-list__key--question' : ''}`}>{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.changeHref ? (
            <dd className="summary-list__actions">
              <a href={row.changeHref}>
                {/* The whole phrase in one text, so no engine can lose the space between the words. */}
                <span aria-hidden="true">{t.change}</span>
                <span className="visually-hidden">{isQuestion(row.key) ? t.changeAnswerTo(row.key) : t.changeThing(row.key)}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
