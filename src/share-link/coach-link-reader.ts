import type { CoachLinkRead } from './coach-link';

/*
 * Reading a coach's link needs its schemas (coach-schema.ts), which a first visit with no link
 * never loads. main.tsx starts loading them before the first page is drawn wherever the address
 * holds a link, so a page reads the link at once; elsewhere a page asks, and is told when they come.
 */

type Reader = (query: string) => CoachLinkRead;

let reader: Reader | undefined;
let loading: Promise<Reader> | undefined;
const listeners = new Set<() => void>();

export function loadCoachReader(): Promise<Reader> {
  loading ??= import('./coach-schema').then(
    (module) => {
      reader = module.readCoachQuery;
      listeners.forEach((listener) => listener());
      return module.readCoachQuery;
    },
    (error: unknown) => {
      // Offline before the app was kept: the next try may work.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The reader, once loaded. */
export const coachReader = () => reader;

export function subscribeToCoachReader(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
