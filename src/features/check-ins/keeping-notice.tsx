import { useEffect, useState } from 'react';
import { checks } from '../../i18n/en/checks';
import { useText } from '../../state/language';

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
  const t = useText('checks', checks);
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
      <p>{isSafari(navigator.userAgent) ? t.safariMayClear : t.browserMayClear}</p>
      <p>
        {t.howToAdd} {t.howToSave} <a href="#take-to-physio">{t.saveAsFile}</a>
      </p>
    </div>
  );
}
