import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * Offline on a visit before Backcheck was kept on the device, the code that reads saved progress
 * cannot load. The store starts afresh by design; these tests prove that nothing it writes then
 * replaces what is still in storage, that it says so, and that it reads it all again once it can.
 */

const SAVED = JSON.stringify({
  state: {
    choices: { emergencySigns: ['none'], area: 'lower' },
    coach: null,
    checks: [],
    recheck: null,
    progress: { started: '2026-12-04', kept: null, edited: false },
    team: [],
  },
  version: 3,
});

afterEach(() => {
  vi.doUnmock('../../src/state/saved-data');
  vi.resetModules();
  localStorage.clear();
});

async function storeWithoutItsReader() {
  localStorage.setItem('backcheck', SAVED);
  vi.resetModules();
  vi.doMock('../../src/state/saved-data', () => {
    throw new TypeError('Failed to fetch dynamically imported module: /assets/saved-data.js');
  });
  const store = await import('../../src/state/store');
  await vi.waitFor(() => expect(store.useBackcheck.persist.hasHydrated()).toBe(true));
  return store;
}

describe('saved progress whose reader cannot load', () => {
  it('should start afresh, say the answers could not be read just now, and write nothing over them', async () => {
    const { useBackcheck, startAgain } = await storeWithoutItsReader();

    expect(useBackcheck.getState().choices).toEqual({});
    expect(useBackcheck.getState().savedNotice).toEqual({ kind: 'not-read-yet' });
    useBackcheck.setState({ choices: { emergencySigns: ['saddle-numbness'] } });
    startAgain();

    expect(localStorage.getItem('backcheck')).toBe(SAVED);
  });

  it('should read them again once the reader loads, and save again from then on', async () => {
    const { useBackcheck, readSavedAgain } = await storeWithoutItsReader();
    await readSavedAgain();
    expect(useBackcheck.getState().choices).toEqual({});

    vi.doUnmock('../../src/state/saved-data');
    await readSavedAgain();

    expect(useBackcheck.getState().choices).toEqual({ emergencySigns: ['none'], area: 'lower' });
    expect(useBackcheck.getState().savedNotice).toBeNull();
    useBackcheck.setState({ choices: { emergencySigns: ['none'], area: 'upper' } });
    expect(localStorage.getItem('backcheck')).toContain('"area":"upper"');
  });
});
