import { questionnaire } from '../../i18n/en/questionnaire';
import { useText } from '../../state/language';
import { useSaveRefused } from '../../state/store';

/** Said on the page where saving first fails, and on every page after, while the device refuses. */
export function NotSavingNotice() {
  const t = useText('questionnaire', questionnaire);
  const refused = useSaveRefused();
  if (!refused) return null;
  return (
    <div className="inset-text inset-text--warning" role="alert">
      <p>
        <strong>{t.notSaving}</strong> {t.notSavingWhy}
      </p>
      <p>{t.stillAnswer}</p>
    </div>
  );
}
