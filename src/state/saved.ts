import type { Check } from '../checks/check';
import type { TeamEntry } from '../team/team-entry';
import type { Choices } from '../questions/questions';
import type { Coach } from '../share-link/coach-link';

/*
 * The only state kept: what the person chose, the coach whose link they came from, the checks
 * they kept, and which check a re-check follows. Answers, results, progress and the place on
 * the return-to-training ladder are all derived from these. Both the store and the reader of
 * saved data (saved-data.ts) take the shape from here, so neither imports the other.
 */

export interface Saved {
  choices: Choices;
  coach: Coach | null;
  /** Oldest first. */
  checks: Check[];
  /** The kept check a "Check again" in progress follows; null for a first check. */
  recheck: { from: string } | null;
  /** On a coach's device: the results trainees sent, kept, oldest first. */
  team: TeamEntry[];
}

export interface State extends Saved {
  /** Why saved progress could not be used; never saved itself. */
  savedNotice: string | null;
}

export const STORAGE_KEY = 'backcheck';
export const STORAGE_VERSION = 2;

export const EMPTY_SAVED: Saved = { choices: {}, coach: null, checks: [], recheck: null, team: [] };
