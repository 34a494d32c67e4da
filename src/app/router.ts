import { useSyncExternalStore } from 'react';

/*
 * Routes live in the URL fragment (`#/q/where`), so any static host serves the app from one
 * file, Back and Forward move between pages, and answers in a link never reach a server.
 */

export type Route =
  | { name: 'start'; query: string }
  /** `coachQuery`: a coach's link carried by the start page's "Start now" when tapped before the app loaded. */
  | { name: 'question'; pageId: string; fromCheck: boolean; coachQuery?: string }
  | { name: 'check' }
  | { name: 'emergency' }
  | { name: 'result'; query: string }
  | { name: 'coach' }
  | { name: 'rules'; query: string }
  | { name: 'checks' }
  | { name: 'team' }
  | { name: 'not-found' };

export function parseHash(hash: string): Route {
  const fragment = hash.replace(/^#/, '');
  const cut = fragment.indexOf('?');
  const path = (cut === -1 ? fragment : fragment.slice(0, cut)).replace(/\/+$/, '');
  const query = cut === -1 ? '' : fragment.slice(cut + 1);
  if (path === '') return { name: 'start', query };
  if (path === '/check') return { name: 'check' };
  if (path === '/emergency') return { name: 'emergency' };
  if (path === '/result') return { name: 'result', query };
  if (path === '/coach') return { name: 'coach' };
  if (path === '/rules') return { name: 'rules', query };
  if (path === '/checks') return { name: 'checks' };
  if (path === '/team') return { name: 'team' };
  const question = /^\/q\/([a-z-]+)$/.exec(path);
  if (question?.[1]) {
    const fromCheck = query === 'from=check';
    return fromCheck || query === ''
      ? { name: 'question', pageId: question[1], fromCheck }
      : { name: 'question', pageId: question[1], fromCheck, coachQuery: query };
  }
  return { name: 'not-found' };
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useHash = () => useSyncExternalStore(subscribe, () => window.location.hash);
