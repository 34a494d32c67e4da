import * as z from 'zod/mini';
import { answersSchema, RULES_VERSION, triage, triageWarningSigns } from '../triage';
import { LEVELS, RED_FLAGS, UNSURE_FIELDS, URGENCIES } from '../triage/vocabulary';
import { isFullCheck, type Check } from './check';
import { addDays, ISO_DATE, type IsoDate } from '../dates/dates';
import { checks as checksText, type ChecksText } from '../i18n/en/checks';

/* Kept checks, read back from storage or a file, through the contract's own answers schema. */

const emergencyStopSchema = z.strictObject({ redFlags: z.array(z.enum(RED_FLAGS)) });

export const checkSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[\w:.-]{1,40}$/)),
    // A day on the calendar: 31 February passes the pattern, but not a day's arithmetic.
    date: z.string().check(
      z.regex(ISO_DATE),
      z.refine((date) => addDays(date, 0) === date),
    ),
    // Either whole answers, or an emergency stop's warning signs. (Kept to the schema kinds the
    // start page already uses: zod's other kinds would come with it on a first visit.)
    answers: z.unknown().check(z.refine((answers) => answersSchema.safeParse(answers).success || emergencyStopSchema.safeParse(answers).success)),
    unsure: z.array(z.enum(UNSURE_FIELDS)),
    level: z.enum(LEVELS),
    urgency: z.optional(z.enum(URGENCIES)),
    rulesVersion: z.number().check(z.refine((version) => Number.isInteger(version) && version >= 1 && version <= 999)),
  })
  .check(z.refine((check) => (check.level === 'doctor') === (check.urgency !== undefined)));

/** Why checks read back were left out, each counted. */
export interface LeftOut {
  /** Not a check Backcheck keeps, or the same check twice. */
  unreadable: number;
  /** Dated after today: a clock set wrong, or a changed file. */
  future: number;
  /** Its result is not what its answers give under the rules it names, which are today's. */
  contradicted: number;
}

export const leftOutCount = (leftOut: LeftOut) => leftOut.unreadable + leftOut.future + leftOut.contradicted;

/**
 * Whether a check's result is the one its own answers give, when it names today's rules. A check
 * kept under older rules keeps the result it was given then: those rules are gone, so it cannot
 * be held to them.
 */
function holdsTogether(check: Check): boolean {
  if (check.rulesVersion !== RULES_VERSION) return true;
  const result = isFullCheck(check) ? triage(check.answers, { unsure: check.unsure }) : triageWarningSigns(check.answers.redFlags);
  if (!result) return false;
  return result.level === check.level && (result.level === 'doctor' ? result.urgency : undefined) === check.urgency;
}

/**
 * Checks read back from outside (storage, a file), oldest first: each kept if it is valid, dated
 * no later than `today`, and its result is what its answers give; the rest counted by reason.
 */
export function sortOutChecks(value: unknown, today: IsoDate): { checks: Check[]; leftOut: LeftOut } | undefined {
  const list = z.array(z.unknown()).safeParse(value);
  if (!list.success) return undefined;
  const checks: Check[] = [];
  const leftOut: LeftOut = { unreadable: 0, future: 0, contradicted: 0 };
  const seen = new Set<string>();
  for (const entry of list.data) {
    const parsed = checkSchema.safeParse(entry);
    if (!parsed.success || seen.has(parsed.data.id)) leftOut.unreadable += 1;
    else {
      const check = parsed.data as Check;
      seen.add(check.id);
      // ISO dates sort as text.
      if (check.date > today) leftOut.future += 1;
      else if (!holdsTogether(check)) leftOut.contradicted += 1;
      else checks.push(check);
    }
  }
  checks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { checks, leftOut };
}

/** Checks read back from outside, as sortOutChecks reads them, with the ones left out counted together. */
export function readChecks(value: unknown, today: IsoDate): { checks: Check[]; dropped: number } | undefined {
  const read = sortOutChecks(value, today);
  return read && { checks: read.checks, dropped: leftOutCount(read.leftOut) };
}

/** The file "Save as a file" writes, and "Load checks from a file" reads. */
export const EXPORT_FORMAT = 'backcheck-checks';

/** Years of daily checks fit with room to spare; a file past either is not one to read on a phone. */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_FILE_CHECKS = 1000;

/** Why a file too big to read is refused, in the reader's language. */
export const fileTooBig = (words: ChecksText = checksText) => words.fileTooBig(MAX_FILE_BYTES / 1_000_000);

const exportSchema = z.object({ format: z.enum([EXPORT_FORMAT]), version: z.number().check(z.refine((version) => version === 1)), checks: z.unknown() });

export function exportFile(checks: readonly Check[], made: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: made.toISOString(), checks }, null, 2)}\n`;
}

/** Why some checks in a file were left out, when some were. */
export type ImportRead = { ok: true; checks: Check[]; dropped: number; leftOut?: LeftOut } | { ok: false; problem: string };

const LEFT_OUT_REASONS = ['unreadable', 'future', 'contradicted'] as const satisfies readonly (keyof LeftOut)[];

/**
 * Why checks were left out, in a sentence: "2 checks in the file were left out: 1 could not be
 * read and 1 is dated after today." `where` says where they were, in the words' language.
 */
export function whyLeftOut(leftOut: LeftOut, where: string, words: ChecksText = checksText): string {
  const total = leftOutCount(leftOut);
  const reasons = LEFT_OUT_REASONS.filter((key) => leftOut[key] > 0);
  const only = reasons.length === 1 ? reasons[0] : undefined;
  if (only) return words.leftOutBecause[only](total, where);
  return words.leftOutFor(total, where, words.leftOutReasons(reasons.map((key) => words.leftOutReason[key](leftOut[key]))));
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * Reads a file of checks; `today` is the device's date, after which no check can have been made.
 * A problem is said in `words`, the reader's language.
 */
export function readExportFile(text: string, today: IsoDate, words: ChecksText = checksText): ImportRead {
  if (text.length > MAX_FILE_BYTES || byteLength(text) > MAX_FILE_BYTES) return { ok: false, problem: fileTooBig(words) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: words.notReadable };
  }
  const file = exportSchema.safeParse(json);
  if (!file.success) return { ok: false, problem: words.notBackcheckFile };
  if (Array.isArray(file.data.checks) && file.data.checks.length > MAX_FILE_CHECKS) return { ok: false, problem: words.tooManyChecks(MAX_FILE_CHECKS) };
  const read = sortOutChecks(file.data.checks, today);
  if (!read) return { ok: false, problem: words.notBackcheckFile };
  const dropped = leftOutCount(read.leftOut);
  if (read.checks.length === 0) {
    return {
      ok: false,
      problem: dropped === read.leftOut.unreadable ? words.noReadableChecks : words.noUsableChecks(whyLeftOut(read.leftOut, words.inTheFile, words)),
    };
  }
  return dropped === 0 ? { ok: true, checks: read.checks, dropped } : { ok: true, checks: read.checks, dropped, leftOut: read.leftOut };
}
