import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
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

/** Saved answers are checked against the questions themselves, which load only when there is something to check. */
const savedSchema = async () => {
  const { choicesSchema } = await import('../questionnaire/questions');
  return z.strictObject({ choices: choicesSchema, coach: z.nullable(coachSchema) });
};

const envelopeSchema = z.object({ state: z.unknown(), version: z.number() });

const empty: Saved = { choices: {}, coach: null };

const SAVED_NOTICE = {
  unreadable: 'Your saved answers could not be read, so Backcheck has started afresh.',
  older: 'Your saved answers were from an older version of Backcheck, so it has started afresh.',
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
 * Reads saved progress through the schema. Data that is corrupt or from another version comes
 * back as a fresh start carrying a notice, which the page shows once and is never written back.
 * With nothing saved (a first visit) it answers at once, so the app starts without waiting.
 */
const validatedStorage: PersistStorage<Saved & Partial<Pick<State, 'savedNotice'>>> = {
  getItem: (name) => {
    const raw = attempt(() => localStorage.getItem(name));
    if (raw === null || raw === undefined) return null;
    const fresh = (notice: string): StorageValue<State> => ({ state: { ...empty, savedNotice: notice }, version: STORAGE_VERSION });
    const envelope = envelopeSchema.safeParse(readJson(raw));
    if (!envelope.success) return fresh(SAVED_NOTICE.unreadable);
    if (envelope.data.version !== STORAGE_VERSION) return fresh(SAVED_NOTICE.older);
    const state = envelope.data.state;
    return savedSchema().then(
      (schema): StorageValue<State> | StorageValue<Saved> => {
        const saved = schema.safeParse(state);
        return saved.success ? { state: saved.data, version: STORAGE_VERSION } : fresh(SAVED_NOTICE.unreadable);
      },
      // The questions could not load (offline on a first visit that left answers): start afresh, saying so.
      () => fresh(SAVED_NOTICE.unreadable),
    );
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
