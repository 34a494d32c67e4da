import { useEffect } from 'react';

/** Each page names itself in the browser tab, which is also the first thing a screen reader reads. */
export function useTitle(title: string, hasError = false) {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – Backcheck`;
  }, [title, hasError]);
}
