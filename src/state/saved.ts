import type { Check } from '../checks/check';
import type { TeamEntry } from '../team/team-entry';
import type { Choices } from '../questions/questions';
import type { Coach } from '../share-link/coach-link';
import type { IsoDate } from '../dates/dates';

/*
 * The only state kept: what the person chose, the coach whose link they came from, the checks
 * they kept, which check a re-check follows, and when the answers under way were begun. Answers, results, progress and the place on
 * the return-to-training ladder are all derived from these. Both the store and the reader of
 * saved data (saved-data.ts) take the shape from here, so neither imports the other.
 */

/**
 * The questionnaire under way. Its first answer's day tells a resend from today's answers; the
 * check its result kept is the one a correction replaces; an answer changed since then is a
 * correction still under way.
 */
export interface Progress {
  started: IsoDate;
  kept: string | null;
  edited: boolean;
}

export interface Saved {
  choices: Choices;
  coach: Coach | null;
  /** Oldest first. */
  checks: Check[];
  /** The kept check a "Check again" in progress follows; null for a first check. */
  recheck: { from: string } | null;
  /** Null until the first answer. */
  progress: Progress | null;
  /** On a coach's device: the results trainees sent, kept, oldest first. */
  team: TeamEntry[];
}

export interface State extends Saved {
  /** Why saved progress could not be used; never saved itself. */
  savedNotice: SavedNotice | null;
  /** The check the last result replaced (a correction), to say so on the result; never saved. */
  replaced: string | null;
}

export const STORAGE_KEY = 'backcheck';
export const STORAGE_VERSION = 3;

export const EMPTY_SAVED: Saved = { choices: {}, coach: null, checks: [], recheck: null, progress: null, team: [] };

/** A part of what was saved that could not be used, for the notice to name in the reader's language. */
export type LeftOutPart =
  | { part: 'answer'; question: { page: string; id: string; summary: string } | null }
  | { part: 'coach-activity'; coach: string }
  | { part: 'coach' }
  | { part: 'checks'; count: number }
  | { part: 'all-checks' }
  | { part: 'future-checks'; count: number }
  | { part: 'contradicted-checks'; count: number }
  | { part: 'team'; count: number }
  | { part: 'all-team' };

/** What the page says, once, about saved data it could not use; the words are the page's. */
export type SavedNotice =
  { kind: 'unreadable' | 'older' | 'newer' | 'not-read-yet' | 'other-tab' } | { kind: 'left-out'; parts: LeftOutPart[]; newer: boolean; wrongClock: boolean };
