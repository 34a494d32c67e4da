import { useSaveRefused } from '../../state/store';

/** Said on the page where saving first fails, and on every page after, while the device refuses. */
export function NotSavingNotice() {
  const refused = useSaveRefused();
  if (!refused) return null;
  return (
    <div className="inset-text inset-text--warning" role="alert">
      <p>
        <strong>Your answers are not being saved on this device.</strong> Its storage may be full or turned off, so if you close or reload this page your
        answers will be lost.
      </p>
      <p>You can still answer every question: you will get your result, and a link to it that you can keep or share.</p>
    </div>
  );
}
