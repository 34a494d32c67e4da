import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { Check } from '../check-ins/check';
import type { Choices } from '../questionnaire/questions';
import { coachSchema, type Coach } from '../share-link/coach-link';

/*
 * The only state kept: what the person chose, the coach whose link they came from, the checks
 * they kept, and which check a re-check follows. Answers, results, progress and the place on
 * the return-to-training ladder are all derived from these. Saved on the device as the person
 * answers, so a reload or a closed tab resumes where they were.
 *
 * localStorage holds it: a check is a few hundred bytes, so years of them fit in its 5 MB,
 * and it is read synchronously, so the first page never waits for it (IndexedDB would).
 */

export interface Saved {
  choices: Choices;
  coach: Coach | null;
  /** Oldest first. */
  checks: Check[];
  /** The kept check a "Check again" in progress follows; null for a first check. */
  recheck: { from: string } | null;
}

interface State extends Saved {
  /** Why saved progress could not be used; never saved itself. */
  savedNotice: string | null;
}

export const STORAGE_KEY = 'backcheck';
export const STORAGE_VERSION = 2;

const envelopeSchema = z.object({ state: z.unknown(), version: z.number() });
const savedShapeSchema = z.object({ choices: z.unknown(), coach: z.unknown(), checks: z.optional(z.unknown()), recheck: z.optional(z.unknown()) });
const recheckSchema = z.object({ from: z.string() });

const empty: Saved = { choices: {}, coach: null, checks: [], recheck: null };

/**
 * Version 1 kept only the answers in progress and the coach. Someone halfway through the
 * questions when version 2 arrives keeps both, with no checks yet.
 */
export const migrate = (state: unknown, version: number): unknown =>
  version === 1 && typeof state === 'object' && state !== null ? { ...state, checks: [], recheck: null } : state;

const SAVED_NOTICE = {
  unreadable: 'Your saved answers could not be read, so Backcheck has started afresh.',
  older: 'Your saved answers were from an older version of Backcheck, so it has started afresh.',
  newer: 'Your answers were saved by a newer version of Backcheck than this page. Reload the page to get the newest version.',
  otherTab: 'Your answers were changed in another tab or window, so this page now shows the latest.',
};

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
 * Keeps every saved answer the questions still accept, and the coach as far as they are valid,
 * naming what had to be left out. Saved answers are checked against the questions themselves,
 * which load only when there is something to check.
 */
async function keepValid(state: unknown): Promise<{ saved: Saved; dropped: string[] } | undefined> {
  const shape = savedShapeSchema.safeParse(state);
  if (!shape.success) return undefined;
  const { readSavedChoices } = await import('../questionnaire/questions');
  const read = readSavedChoices(shape.data.choices ?? {});
  if (!read) return undefined;
  const { choices, dropped } = read;
  let coach: Coach | null = null;
  if (shape.data.coach !== undefined && shape.data.coach !== null) {
    const whole = coachSchema.safeParse(shape.data.coach);
    const nameOnly = coachSchema.safeParse({ name: (shape.data.coach as { name?: unknown }).name });
    if (whole.success) coach = whole.data;
    else if (nameOnly.success) {
      coach = nameOnly.data;
      dropped.push(`the kind of training your coach ${nameOnly.data.name} set`);
    } else dropped.push('your coach’s details');
  }
  let checks: Check[] = [];
  if (shape.data.checks !== undefined) {
    const { readChecks } = await import('../check-ins/check-schema');
    const read = readChecks(shape.data.checks);
    checks = read?.checks ?? [];
    const lost = read ? read.dropped : 1;
    if (lost > 0) dropped.push(lost === 1 && read ? 'one of your kept checks' : `${read ? String(lost) : 'your'} kept checks`);
  }
  const recheck = recheckSchema.safeParse(shape.data.recheck);
  const follows = recheck.success && checks.some((check) => check.id === recheck.data.from) ? recheck.data : null;
  return { saved: { choices, coach, checks, recheck: follows }, dropped };
}

const droppedNotice = (dropped: string[], prefix = '') =>
  `${prefix}${prefix ? ' ' : ''}Backcheck could not use ${dropped.join(', ')}, so ${dropped.length === 1 ? 'it has' : 'they have'} been left out. Everything else you saved is kept.`;

/**
 * Reads saved progress through the questions' schemas. What is valid is kept, what is not is
 * left out and named in a notice, which the page shows once and which is never written back.
 * With nothing saved (a first visit) it answers at once, so the app starts without waiting.
 */
async function readSaved(raw: string): Promise<State> {
  const envelope = envelopeSchema.safeParse(readJson(raw));
  if (!envelope.success) return { ...empty, savedNotice: SAVED_NOTICE.unreadable };
  const { version, state } = envelope.data;
  if (version < 1) return { ...empty, savedNotice: SAVED_NOTICE.older };
  const newer = version > STORAGE_VERSION ? SAVED_NOTICE.newer : '';
  // The questions could not load (offline on a first visit that left answers): start afresh, saying so.
  const kept = await keepValid(migrate(state, version)).catch(() => undefined);
  if (!kept) return { ...empty, savedNotice: newer || SAVED_NOTICE.unreadable };
  const notice = kept.dropped.length > 0 ? droppedNotice(kept.dropped, newer) : newer || null;
  return { ...kept.saved, savedNotice: notice };
}

let lastWriteRefused = false;

/** True when the device refused the last save (storage full or turned off): the app works on, and says what was not kept. */
export const lastSaveRefused = () => lastWriteRefused;

const validatedStorage: PersistStorage<Saved & Partial<Pick<State, 'savedNotice'>>> = {
  getItem: (name) => {
    const raw = attempt(() => localStorage.getItem(name));
    if (raw === null || raw === undefined) return null;
    return readSaved(raw).then((state) => ({ state, version: STORAGE_VERSION }));
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, JSON.stringify(value));
      lastWriteRefused = false;
    } catch {
      lastWriteRefused = true;
    }
  },
  removeItem: (name) => attempt(() => localStorage.removeItem(name)),
};

export const useBackcheck = create<State>()(
  persist((): State => ({ ...empty, savedNotice: null }), {
    name: STORAGE_KEY,
    version: STORAGE_VERSION,
    storage: validatedStorage,
    partialize: ({ choices, coach, checks, recheck }) => ({ choices, coach, checks, recheck }),
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

/** Records one answer. Choices already checked by the page's schema. */
export const answer = (questionId: string, choice: string | string[]) =>
  useBackcheck.setState((state) => ({ choices: { ...state.choices, [questionId]: choice } }));

/** Clears every answer; the coach whose link this came from stays. */
export const startAgain = (coach: Coach | null = useBackcheck.getState().coach) =>
  useBackcheck.setState({ choices: {}, coach, recheck: null, savedNotice: null });

export const dismissSavedNotice = () => useBackcheck.setState({ savedNotice: null });

export const rememberCoach = (coach: Coach) => useBackcheck.setState({ coach });

/** Forgets the coach; the answers stay. */
export const forgetCoach = () => useBackcheck.setState({ coach: null });

/*
 * Another tab saved: take what it saved, so the last tab to save does not silently undo the
 * other (answers lost, "Start again" reversed). Writing the same data back raises no event.
 */
export function followOtherTabs() {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    const raw = attempt(() => localStorage.getItem(STORAGE_KEY));
    const next = raw === null || raw === undefined ? Promise.resolve({ ...empty, savedNotice: null }) : readSaved(raw);
    void next.then((state) =>
      useBackcheck.setState({ choices: state.choices, coach: state.coach, checks: state.checks, recheck: state.recheck, savedNotice: state.savedNotice ?? SAVED_NOTICE.otherTab }),
    );
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
