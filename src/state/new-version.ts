import { useSyncExternalStore } from 'react';

/*
 * A new release of Backcheck, fetched by the service worker while the person used the old one.
 * The worker waits until its whole release is kept on the device ("installed"); only then is the
 * person told, and the page changes only when they choose it, never by itself.
 */

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

const announce = (worker: ServiceWorker | null) => {
  if (!worker || worker === waiting || !navigator.serviceWorker.controller) return;
  waiting = worker;
  listeners.forEach((listener) => listener());
};

/** Watches a registration for a release that has finished installing beside the one in use. */
export function watchForNewVersion(registration: ServiceWorkerRegistration | undefined) {
  // Some browsers, and test harnesses that keep workers out, give no registration at all.
  if (!registration) return;
  announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') announce(installing);
    });
  });
}

/** Switches to the new release: the worker takes over, then the page loads again from it. */
export function switchToNewVersion() {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

export const useNewVersionReady = () =>
  useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => waiting !== null,
    () => false,
  );
