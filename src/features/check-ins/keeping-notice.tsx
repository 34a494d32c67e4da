import { useEffect, useState } from 'react';

/*
 * Browsers may clear a site's storage to free space or after it goes unused; Safari does after 7
 * days of no use, unless the site was added to the Home Screen. Backcheck asks to be kept when
 * the first check is kept (state/keep.ts); where the browser has not agreed, the checks page
 * says so, with the two ways to keep them.
 */

const isSafari = (userAgent: string) => /safari/i.test(userAgent) && !/chrome|chromium|crios|fxios|edg|android/i.test(userAgent);

const onHomeScreen = () =>
  window.matchMedia?.('(display-mode: standalone)').matches === true || (navigator as Navigator & { standalone?: boolean }).standalone === true;

export function KeepingNotice() {
  const [kept, setKept] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const persisted = navigator.storage?.persisted?.();
    if (!persisted || onHomeScreen()) return;
    persisted.then(
      (yes) => live && setKept(yes),
      () => live && setKept(false),
    );
    return () => {
      live = false;
    };
  }, []);
  if (kept !== false) return null;
  return (
    <div className="inset-text no-print" data-keeping-notice>
      {isSafari(navigator.userAgent) ? (
        <p>Safari may clear your checks if you do not open Backcheck for 7 days. To keep them, add Backcheck to your Home Screen, or save them as a file.</p>
      ) : (
        <p>
          Your browser may clear your checks if it runs short of space or Backcheck goes unused for a while. To keep them, add Backcheck to your home screen, or
          save them as a file.
        </p>
      )}
      <p>
        To add it, open your browser’s menu (in Safari, the Share button) and choose Add to Home Screen. To save a file, use{' '}
        <a href="#take-to-physio">Save as a file</a> below.
      </p>
    </div>
  );
}
