import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { Choices } from '../questionnaire/questions';
import { coachSchema, type Coach } from '../share-link/coach-link';

/*
 * The only state kept: what the person chose, and the coach whose link they came from.
 * Answers, results and progress are all derived from these. Saved on the device as the
 * person answers, so a reload or a closed tab resumes where they were.
 */

interface Saved {
  choices: Choices;
  coach: Coach | null;
}

interface State extends Saved {
  /** Why saved progress could not be used; never saved itself. */
  savedNotice: string | null;
}

export const STORAGE_KEY = 'backcheck';
export const STORAGE_VERSION = 1;

const envelopeSchema = z.object({ state: z.unknown(), version: z.number() });
const savedShapeSchema = z.object({ choices: z.unknown(), coach: z.unknown() });

const empty: Saved = { choices: {}, coach: null };

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
  return { saved: { choices, coach }, dropped };
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
  if (version < STORAGE_VERSION) return { ...empty, savedNotice: SAVED_NOTICE.older };
  const newer = version > STORAGE_VERSION ? SAVED_NOTICE.newer : '';
  // The questions could not load (offline on a first visit that left answers): start afresh, saying so.
  const kept = await keepValid(state).catch(() => undefined);
  if (!kept) return { ...empty, savedNotice: newer || SAVED_NOTICE.unreadable };
  const notice = kept.dropped.length > 0 ? droppedNotice(kept.dropped, newer) : newer || null;
  return { ...kept.saved, savedNotice: notice };
}

const validatedStorage: PersistStorage<Saved & Partial<Pick<State, 'savedNotice'>>> = {
  getItem: (name) => {
    const raw = attempt(() => localStorage.getItem(name));
    if (raw === null || raw === undefined) return null;
    return readSaved(raw).then((state) => ({ state, version: STORAGE_VERSION }));
  },
  setItem: (name, value) => attempt(() => localStorage.setItem(name, JSON.stringify(value))),
  removeItem: (name) => attempt(() => localStorage.removeItem(name)),
};

export const useBackcheck = create<State>()(
  persist((): State => ({ ...empty, savedNotice: null }), {
    name: STORAGE_KEY,
    version: STORAGE_VERSION,
    storage: validatedStorage,
    partialize: ({ choices, coach }) => ({ choices, coach }),
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
  useBackcheck.setState({ choices: {}, coach, savedNotice: null });

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
    void next.then((state) => useBackcheck.setState({ choices: state.choices, coach: state.coach, savedNotice: state.savedNotice ?? SAVED_NOTICE.otherTab }));
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
