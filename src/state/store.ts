import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { Coach } from '../share-link/coach-link';
import { EMPTY_SAVED, STORAGE_KEY, STORAGE_VERSION, type Saved, type SavedNotice, type State } from './saved';

/*
 * The store of what is kept (saved.ts has its shape), saved on the device as the person
 * answers, so a reload or a closed tab resumes where they were.
 *
 * localStorage holds it: a check is a few hundred bytes, so years of them fit in its 5 MB,
 * and it is read synchronously, so the first page never waits for it (IndexedDB would).
 */

const empty = EMPTY_SAVED;

const NOT_READ_YET: SavedNotice = { kind: 'not-read-yet' };

/**
 * True while something is saved that could not be read, because the code that reads it could not
 * load (offline on a visit before Backcheck was kept on the device). Backcheck starts afresh, but
 * writes nothing over what is saved, and reads it again once it can.
 */
let savedUnread = false;
const OTHER_TAB: SavedNotice = { kind: 'other-tab' };

const readJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

/** Storage can be missing or refuse writes (private browsing, a full disk); the app works on without it. */
const attempt = <T>(action: () => T): T | undefined => {
  try {
    return action();
  } catch {
    return undefined;
  }
};

/**
 * Saved progress is read through the questions' and the checks' own schemas (saved-data.ts),
 * which load only when something was saved: a first visit starts without them. If they cannot
 * load (offline on a first visit that left answers), Backcheck starts afresh and says so.
 */
async function readSaved(raw: string): Promise<State> {
  const saved = readJson(raw);
  return import('./saved-data').then(
    ({ readSavedEnvelope }) => readSavedEnvelope(saved, STORAGE_VERSION),
    () => {
      savedUnread = true;
      return { ...empty, savedNotice: NOT_READ_YET, replaced: null };
    },
  );
}

let lastWriteRefused = false;
const refusalListeners = new Set<() => void>();

const noteWrite = (refused: boolean) => {
  if (refused === lastWriteRefused) return;
  lastWriteRefused = refused;
  refusalListeners.forEach((listener) => listener());
};

/** True when the device refused the last save (storage full or turned off): the app works on, and says what was not kept. */
export const lastSaveRefused = () => lastWriteRefused;

/** The same, for a page that must say so the moment it happens. */
export const useSaveRefused = () =>
  useSyncExternalStore(
    (onChange) => {
      refusalListeners.add(onChange);
      return () => refusalListeners.delete(onChange);
    },
    lastSaveRefused,
    () => false,
  );

// Whether this device saves at all is tried once, with a few bytes, before anything is promised.
if (typeof localStorage !== 'undefined')
  noteWrite(
    attempt(() => {
      localStorage.setItem('backcheck-probe', '1');
      localStorage.removeItem('backcheck-probe');
      return false;
    }) ?? true,
  );

const validatedStorage: PersistStorage<Saved & Partial<Pick<State, 'savedNotice'>>> = {
  getItem: (name) => {
    const raw = attempt(() => localStorage.getItem(name));
    if (raw === null || raw === undefined) return null;
    return readSaved(raw).then((state) => ({ state, version: STORAGE_VERSION }));
  },
  setItem: (name, value) => {
    if (savedUnread) return;
    try {
      localStorage.setItem(name, JSON.stringify(value));
      noteWrite(false);
    } catch {
      noteWrite(true);
    }
  },
  removeItem: (name) => attempt(() => localStorage.removeItem(name)),
};

export const useBackcheck = create<State>()(
  persist((): State => ({ ...empty, savedNotice: null, replaced: null }), {
    name: STORAGE_KEY,
    version: STORAGE_VERSION,
    storage: validatedStorage,
    partialize: ({ choices, coach, checks, recheck, progress, team }) => ({ choices, coach, checks, recheck, progress, team }),
  }),
);

/** True once saved answers have been read (at once when there are none). */
export const useHydrated = () =>
  useSyncExternalStore(
    (onChange) => {
      const unsubscribe = [useBackcheck.persist.onHydrate(onChange), useBackcheck.persist.onFinishHydration(onChange)];
      return () => unsubscribe.forEach((stop) => stop());
    },
    () => useBackcheck.persist.hasHydrated(),
  );

/** Clears every answer, for a new problem; the coach whose link this came from stays. */
export const startAgain = (coach: Coach | null = useBackcheck.getState().coach) =>
  useBackcheck.setState({ choices: {}, coach, recheck: null, progress: null, savedNotice: null, replaced: null });

export const dismissSavedNotice = () => useBackcheck.setState({ savedNotice: null });

export const rememberCoach = (coach: Coach) => useBackcheck.setState({ coach });

/** Forgets the coach; the answers stay. */
export const forgetCoach = () => useBackcheck.setState({ coach: null });

/*
 * Another tab saved: take what it saved, so the last tab to save does not silently undo the
 * other (answers lost, "Start again" reversed). Writing the same data back raises no event.
 */
/** Reads saved answers again where they could not be read before; nothing happens otherwise. */
export async function readSavedAgain(): Promise<void> {
  if (!savedUnread) return;
  const raw = attempt(() => localStorage.getItem(STORAGE_KEY));
  const state = raw === null || raw === undefined ? undefined : await readSaved(raw);
  // Still not readable: nothing is written, and the next try may work.
  if (state?.savedNotice === NOT_READ_YET) return;
  savedUnread = false;
  if (state) useBackcheck.setState({ ...state, replaced: null });
}

export function followOtherTabs() {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    const raw = attempt(() => localStorage.getItem(STORAGE_KEY));
    const next = raw === null || raw === undefined ? Promise.resolve({ ...empty, savedNotice: null, replaced: null }) : readSaved(raw);
    void next.then((state) =>
      useBackcheck.setState({
        choices: state.choices,
        coach: state.coach,
        checks: state.checks,
        recheck: state.recheck,
        progress: state.progress,
        team: state.team,
        savedNotice: state.savedNotice ?? OTHER_TAB,
      }),
    );
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
