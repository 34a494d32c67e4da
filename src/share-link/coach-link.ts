import type { Answers } from '../triage';
import { toFragmentQuery } from './fragment-query';

/*
 * A coach's link to the start page: `#/?coach=Sam&activity=running`. The name is shown on
 * the page, so it is held to a short run of letters and simple punctuation.
 */

export const COACH_NAME_MAX = 40;

/**
 * Letters of any script first, then letters, marks, digits, spaces, full stops, hyphens and
 * apostrophes, with at most 3 marks on one letter: Vietnamese needs 2, and a taller stack is
 * drawn over the lines around the name.
 */
export const COACH_NAME_PATTERN = /^(?!.*\p{M}{4})[\p{L}\p{M}][\p{L}\p{M}\p{N} .'’-]*$/u;

export interface Coach {
  name: string;
  activity?: Answers['activity'] | undefined;
}

export type CoachLinkRead = { ok: true; coach: Coach } | { ok: false };

export function coachFragment(coach: Coach): string {
  const params: [string, string][] = [['coach', coach.name]];
  if (coach.activity) params.push(['activity', coach.activity]);
  return `#/?${toFragmentQuery(params)}`;
}
