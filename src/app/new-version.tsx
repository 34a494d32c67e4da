import { app } from '../i18n/en/app';
import { useText } from '../state/language';
import { switchToNewVersion, useNewVersionReady } from '../state/new-version';

/** Says a new release is ready, with the choice to use it; the page never reloads by itself. */
export function NewVersion() {
  const t = useText('app', app);
  const ready = useNewVersionReady();
  if (!ready) return null;
  return (
    <section className="notice no-print" aria-label={t.newVersionLabel} data-new-version>
      <p role="status">{t.newVersionReady}</p>
      <button type="button" className="button button--secondary" onClick={switchToNewVersion}>
        {t.useNewVersion}
      </button>
    </section>
  );
}
