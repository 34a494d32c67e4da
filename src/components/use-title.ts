import { useEffect } from 'react';
import { app } from '../i18n/en/app';
import { useText } from '../state/language';

/** Each page names itself in the browser tab, which is also the first thing a screen reader reads. */
export function useTitle(title: string, hasError = false) {
  const t = useText('app', app);
  useEffect(() => {
    document.title = hasError ? t.errorTitle(title) : t.title(title);
  }, [t, title, hasError]);
}
