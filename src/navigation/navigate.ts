/*
 * Pages move the person on by changing the address's fragment (`#/q/where`): the app's routes
 * live there, so any static host serves the app from one file and Back and Forward move
 * between pages.
 */

/** Goes to a fragment such as `#/check`, as a new history entry unless `replace`. */
export function navigate(fragment: string, { replace = false } = {}) {
  if (replace) {
    history.replaceState(history.state, '', fragment);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = fragment;
  }
}
