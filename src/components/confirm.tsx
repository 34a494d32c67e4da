import { components } from '../i18n/en/components';
import { useText } from '../state/language';

/** One confirmation before something that cannot be undone: the question, a warning button, and Cancel. */
export function Confirm({ question, yes, onYes, onNo }: { question: string; yes: string; onYes: () => void; onNo: () => void }) {
  const t = useText('components', components);
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="button button--secondary" onClick={onNo}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
