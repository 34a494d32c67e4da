import { RULES_VERSION, type Answers, type Triage } from '../triage';
import type { UnsureField } from '../triage/vocabulary';
import { holdsAnswers, isFullCheck, type Check, type EmergencyStopAnswers } from '../checks/check';
import { localDate } from '../dates/dates';
import { now } from './clock';
import { chooseCountry } from './country-choice';
import { STORAGE_KEY, type Saved } from './saved';
import { lastSaveRefused, useBackcheck } from './store';

/*
 * Keeping, forgetting and deleting what Backcheck keeps on a device: a person's answers and
 * checks, and on a coach's device the results trainees sent. Every change goes through the store, so it is
 * saved at once, other tabs follow, and a device that refuses to save is noticed.
 */

/** Records one answer. Choices already checked by the page's schema. */
export const answer = (questionId: string, choice: string | string[]) =>
  useBackcheck.setState((state) => {
    const progress = state.progress ?? { started: localDate(now()), kept: null, edited: false };
    const changed = JSON.stringify(state.choices[questionId]) !== JSON.stringify(choice);
    return {
      choices: { ...state.choices, [questionId]: choice },
      // A change after a result was kept is a correction, which will replace that result's check.
      progress: { ...progress, edited: progress.edited || (progress.kept !== null && changed) },
    };
  });

/** Answers begun on an earlier day, brought up to today (questions/resume.ts), as a new day's answers. */
export const resumeAnswers = (choices: Saved['choices']) =>
  useBackcheck.setState({ choices, progress: { started: localDate(now()), kept: null, edited: false }, replaced: null });

/** The moment a check is kept names it; two kept in the same millisecond (a clock held still) still get names of their own. */
function uniqueId(moment: string, checks: readonly Check[]) {
  const taken = new Set(checks.map((check) => check.id));
  let id = moment;
  for (let n = 2; taken.has(id); n += 1) id = `${moment}-${n}`;
  return id;
}

/**
 * Keeps a finished result with today's date, and says how: one questionnaire keeps one check.
 * Seeing it again (Back, then "See your result"; a second tap) keeps that one check; a
 * correction made the same day (changed answers, an emergency stop undone) replaces it; a
 * "Check again" or a new problem adds one. False when the device refused to save it.
 */
export function keepCheck(answers: Answers | EmergencyStopAnswers, unsure: readonly UnsureField[], result: Triage): boolean {
  const moment = now();
  const date = localDate(moment);
  const { checks, progress } = useBackcheck.getState();
  const own = progress?.kept ? checks.find((check) => check.id === progress.kept) : undefined;
  const last = checks.at(-1);
  // A correction on a later day is a new day's answers: the earlier day's check stands.
  const replacing =
    own !== undefined && own.date === date ? own : last !== undefined && last.date === date && holdsAnswers(last, answers, unsure) ? last : undefined;
  const check: Check = {
    id: replacing ? replacing.id : uniqueId(moment.toISOString(), checks),
    date,
    answers,
    unsure: [...unsure],
    level: result.level,
    urgency: result.level === 'doctor' ? result.urgency : undefined,
    rulesVersion: RULES_VERSION,
  };
  const corrected = replacing !== undefined && !holdsAnswers(replacing, answers, unsure);
  useBackcheck.setState({
    checks: replacing ? checks.map((kept) => (kept.id === replacing.id ? check : kept)) : [...checks, check],
    progress: { started: progress?.started ?? date, kept: check.id, edited: false },
    replaced: corrected ? check.id : null,
  });
  if (!lastSaveRefused()) {
    // The first check kept is when the browser is asked not to clear Backcheck's data (the checks page says where it has not agreed).
    if (checks.length === 0) void navigator.storage?.persist?.().catch(() => false);
    return true;
  }
  // Not saved: not claimed as kept either, so the page can say so.
  useBackcheck.setState({ checks, progress: progress ? { ...progress, kept: null } : null, replaced: null });
  return false;
}

/**
 * The warning signs answered again with none ticked, after an emergency stop kept its check: the
 * stop was a slip, so its "get help now" is not kept.
 */
export function undoEmergencyStop() {
  const { checks, progress } = useBackcheck.getState();
  const stop = progress?.kept ? checks.find((check) => check.id === progress.kept) : undefined;
  if (!progress || !stop || isFullCheck(stop)) return;
  useBackcheck.setState({ checks: checks.filter((check) => check !== stop), progress: { ...progress, kept: null, edited: false } });
}

/** The kept check for these answers, if any: the latest. */
export const keptCheckFor = (checks: readonly Check[], answers: Answers, unsure: readonly UnsureField[]) =>
  [...checks].reverse().find((check) => holdsAnswers(check, answers, unsure));

export const forgetCheck = (id: string) =>
  useBackcheck.setState((state) => ({
    checks: state.checks.filter((check) => check.id !== id),
    recheck: state.recheck?.from === id ? null : state.recheck,
    progress: state.progress?.kept === id ? { ...state.progress, kept: null } : state.progress,
  }));

/** Starts "Check again" from a kept check: a fresh set of answers that carries the rest over. */
export const startRecheck = (from: string) => useBackcheck.setState({ choices: {}, recheck: { from }, progress: null, replaced: null });

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
  useBackcheck.setState({ choices: {}, coach: null, checks: [], recheck: null, progress: null, team: [], savedNotice: null, replaced: null });
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
