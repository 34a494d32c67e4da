import { switchToNewVersion, useNewVersionReady } from '../state/new-version';

/** Says a new release is ready, with the choice to use it; the page never reloads by itself. */
export function NewVersion() {
  const ready = useNewVersionReady();
  if (!ready) return null;
  return (
    <section className="notice no-print" aria-label="A new version" data-new-version>
      <p role="status">A new version of Backcheck is ready.</p>
      <button type="button" className="button button--secondary" onClick={switchToNewVersion}>
        Use the new version
      </button>
    </section>
  );
}
