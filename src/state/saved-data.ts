import * as z from 'zod/mini';
import { holdsAnswers, type Check } from '../checks/check';
import { sortOutChecks } from '../checks/check-schema';
import { recheckContext } from '../checks/recheck';
import { ISO_DATE, localDate, type IsoDate } from '../dates/dates';
import { completeAnswers, unsureOf } from '../questions/answers-from-choices';
import type { TeamEntry } from '../team/team-entry';
import { readTeam } from '../team/team-schema';
import { pages, readSavedChoices, type Question } from '../questions/questions';
import type { Coach } from '../share-link/coach-link';
import { coachSchema } from '../share-link/coach-schema';
import { now } from './clock';
import { EMPTY_SAVED, type LeftOutPart, type Progress, type Saved, type SavedNotice, type State } from './saved';

/*
 * Saved progress, read back through the questions' and the checks' own schemas. What is valid
 * is kept; what is not is left out and named in a notice, which the page shows once and which
 * is never written back. Loaded only when there is something saved to read.
 */

const empty = EMPTY_SAVED;

const savedShapeSchema = z.object({
  choices: z.unknown(),
  coach: z.unknown(),
  checks: z.optional(z.unknown()),
  recheck: z.optional(z.unknown()),
  progress: z.optional(z.unknown()),
  team: z.optional(z.unknown()),
});
const recheckSchema = z.object({ from: z.string() });
const progressSchema = z.object({ started: z.string().check(z.regex(ISO_DATE)), kept: z.nullable(z.string()), edited: z.boolean() });

/**
 * Version 1 kept only the answers in progress and the coach. Someone halfway through the
 * questions when version 2 arrives keeps both, with no checks and no trainees' list yet.
 * Version 2 did not keep when the answers under way were begun: see progressOf.
 */
export const migrate = (state: unknown, version: number): unknown =>
  version === 1 && typeof state === 'object' && state !== null ? { ...state, checks: [], recheck: null, team: [] } : state;

/**
 * Where the answers under way stand. Saved before version 3, that was not kept: answers whose
 * result is the last kept check are that check's, finished on its day; any others were begun
 * no earlier than today, as far as anyone can tell.
 */
function progressOf(saved: Omit<Saved, 'progress'>, stored: unknown, version: number, today: IsoDate): Progress | null {
  if (version >= 3) {
    const read = progressSchema.safeParse(stored);
    if (!read.success) return null;
    const kept = read.data.kept !== null && saved.checks.some((check) => check.id === read.data.kept) ? read.data.kept : null;
    return { ...read.data, kept };
  }
  if (Object.keys(saved.choices).length === 0) return null;
  const context = { coachActivity: saved.coach?.activity, recheck: recheckContext(saved.checks, saved.recheck, today) };
  const answers = completeAnswers(saved.choices, context);
  const last = saved.checks.at(-1);
  return answers && last && holdsAnswers(last, answers, unsureOf(saved.choices, context))
    ? { started: last.date, kept: last.id, edited: false }
    : { started: today, kept: null, edited: false };
}

const answerPart = (question: Question | null): LeftOutPart => {
  const page = question ? pages.find((candidate) => candidate.questions.includes(question)) : undefined;
  return { part: 'answer', question: question && page ? { page: page.id, id: question.id, summary: question.summary } : null };
};

/**
 * Keeps every saved answer the questions still accept, the coach as far as it is valid, and every
 * check a file could bring in too (valid, not dated after today, its result what its answers give),
 * naming what had to be left out.
 */
function keepValid(state: unknown, version: number, today: IsoDate): { saved: Saved; dropped: LeftOutPart[]; wrongClock: boolean } | undefined {
  const shape = savedShapeSchema.safeParse(state);
  if (!shape.success) return undefined;
  const read = readSavedChoices(shape.data.choices ?? {});
  if (!read) return undefined;
  const { choices } = read;
  const dropped: LeftOutPart[] = [];
  let coach: Coach | null = null;
  if (shape.data.coach !== undefined && shape.data.coach !== null) {
    const whole = coachSchema.safeParse(shape.data.coach);
    const nameOnly = coachSchema.safeParse({ name: (shape.data.coach as { name?: unknown }).name });
    if (whole.success) coach = whole.data;
    else if (nameOnly.success) {
      coach = nameOnly.data;
      dropped.push({ part: 'coach-activity', coach: nameOnly.data.name });
    } else dropped.push({ part: 'coach' });
  }
  let checks: Check[] = [];
  let wrongClock = false;
  if (shape.data.checks !== undefined) {
    const read = sortOutChecks(shape.data.checks, today);
    checks = read?.checks ?? [];
    const { unreadable = 1, future = 0, contradicted = 0 } = read?.leftOut ?? {};
    if (unreadable > 0) dropped.push(read ? { part: 'checks', count: unreadable } : { part: 'all-checks' });
    if (future > 0) {
      dropped.push({ part: 'future-checks', count: future });
      // Until something is saved again they are still on the device, so a wrong clock loses nothing.
      wrongClock = true;
    }
    if (contradicted > 0) {
      dropped.push({ part: 'contradicted-checks', count: contradicted });
    }
  }
  const recheck = recheckSchema.safeParse(shape.data.recheck);
  const follows = recheck.success && checks.some((check) => check.id === recheck.data.from) ? recheck.data : null;
  let team: TeamEntry[] = [];
  if (shape.data.team !== undefined) {
    const read = readTeam(shape.data.team);
    team = read?.team ?? [];
    const lost = read ? read.dropped : 1;
    if (lost > 0) dropped.push(read ? { part: 'team', count: lost } : { part: 'all-team' });
  }
  const progress = progressOf({ choices, coach, checks, recheck: follows, team }, shape.data.progress, version, today);
  return {
    saved: { choices, coach, checks, recheck: follows, progress, team },
    dropped: [...read.dropped.map((question) => answerPart(question)), ...dropped],
    wrongClock,
  };
}

/**
 * Saved data of any version this page can read, as the store holds it, with a notice where
 * something was left out. `today` is the device's date, after which no check can have been made.
 */
const envelopeSchema = z.object({ state: z.unknown(), version: z.number() });

/** What localStorage held, as JSON: the store's envelope of a version and the state it saved. */
export function readSavedEnvelope(saved: unknown, currentVersion: number): State {
  const envelope = envelopeSchema.safeParse(saved);
  if (!envelope.success) return { ...empty, savedNotice: { kind: 'unreadable' }, replaced: null };
  return readSavedData(envelope.data.state, envelope.data.version, currentVersion);
}

export function readSavedData(state: unknown, version: number, currentVersion: number, today: IsoDate = localDate(now())): State {
  if (version < 1) return { ...empty, savedNotice: { kind: 'older' }, replaced: null };
  const newer = version > currentVersion;
  const kept = keepValid(migrate(state, version), version, today);
  if (!kept) return { ...empty, savedNotice: { kind: newer ? 'newer' : 'unreadable' }, replaced: null };
  const notice: SavedNotice | null =
    kept.dropped.length > 0 ? { kind: 'left-out', parts: kept.dropped, newer, wrongClock: kept.wrongClock } : newer ? { kind: 'newer' } : null;
  return { ...kept.saved, savedNotice: notice, replaced: null };
}
