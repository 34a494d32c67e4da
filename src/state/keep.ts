import { RULES_VERSION, type Answers, type Triage } from '../triage';
import type { UnsureField } from '../triage/vocabulary';
import type { Check, EmergencyStopAnswers } from '../checks/check';
import { localDate } from '../dates/dates';
import { now } from './clock';
import { chooseCountry } from './country-choice';
import { STORAGE_KEY } from './saved';
import { lastSaveRefused, useBackcheck } from './store';

/*
 * Keeping, forgetting and deleting what Backcheck keeps on a device: a person's checks, and on
 * a coach's device the results trainees sent. Every change goes through the store, so it is
 * saved at once, other tabs follow, and a device that refuses to save is noticed.
 */

const sameAnswers = (a: Check, answers: Answers | EmergencyStopAnswers, unsure: readonly UnsureField[]) =>
  JSON.stringify([a.answers, a.unsure]) === JSON.stringify([answers, unsure]);

/**
 * Keeps a finished result with today's date. Seeing the same result again the same day (Back,
 * then "See your result") keeps one check, not two. False when the device refused to save it.
 */
export function keepCheck(answers: Answers | EmergencyStopAnswers, unsure: readonly UnsureField[], result: Triage): boolean {
  const moment = now();
  const date = localDate(moment);
  const { checks } = useBackcheck.getState();
  const last = checks.at(-1);
  const repeat = last !== undefined && last.date === date && sameAnswers(last, answers, unsure);
  const check: Check = {
    id: repeat ? last.id : moment.toISOString(),
    date,
    answers,
    unsure: [...unsure],
    level: result.level,
    urgency: result.level === 'doctor' ? result.urgency : undefined,
    rulesVersion: RULES_VERSION,
  };
  useBackcheck.setState({ checks: repeat ? [...checks.slice(0, -1), check] : [...checks, check] });
  if (!lastSaveRefused()) return true;
  // Not saved: not claimed as kept either, so the page can say so.
  useBackcheck.setState({ checks });
  return false;
}

/** The kept check for these answers, if any: the latest. */
export const keptCheckFor = (checks: readonly Check[], answers: Answers, unsure: readonly UnsureField[]) =>
  [...checks].reverse().find((check) => sameAnswers(check, answers, unsure));

export const forgetCheck = (id: string) =>
  useBackcheck.setState((state) => ({ checks: state.checks.filter((check) => check.id !== id), recheck: state.recheck?.from === id ? null : state.recheck }));

/** Starts "Check again" from a kept check: a fresh set of answers that carries the rest over. */
export const startRecheck = (from: string) => useBackcheck.setState({ choices: {}, recheck: { from } });

/** Adds checks from a file; a check already kept (the same id) is kept once. */
export function addChecks(imported: readonly Check[]): number {
  const { checks } = useBackcheck.getState();
  const known = new Set(checks.map((check) => check.id));
  const added = imported.filter((check) => !known.has(check.id));
  useBackcheck.setState({ checks: [...checks, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) });
  return added.length;
}

/** Everything Backcheck keeps on this device goes: the answers, the coach, the checks, the trainees' list and the country. */
export function deleteEverything() {
  useBackcheck.setState({ choices: {}, coach: null, checks: [], recheck: null, team: [], savedNotice: null });
  chooseCountry(undefined);
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing could be stored, so nothing is left.
  }
}

/** Keeps a result a trainee sent in the coach's list; one entry per link. False when the device refused to save it. */
export function keepForTeam(query: string): boolean {
  const { team } = useBackcheck.getState();
  if (team.some((entry) => entry.query === query)) return true;
  const moment = now();
  useBackcheck.setState({ team: [...team, { id: moment.toISOString(), kept: localDate(moment), query }] });
  if (!lastSaveRefused()) return true;
  useBackcheck.setState({ team });
  return false;
}

export const forgetTeamEntry = (id: string) => useBackcheck.setState((state) => ({ team: state.team.filter((entry) => entry.id !== id) }));

export const forgetTeam = () => useBackcheck.setState({ team: [] });
