import * as z from 'zod/mini';
import { answersSchema } from '../triage';
import { LEVELS, RED_FLAGS, UNSURE_FIELDS, URGENCIES } from '../triage/vocabulary';
import type { Check } from './check';
import { ISO_DATE } from '../dates/dates';

/* Kept checks, read back from storage or a file, through the contract's own answers schema. */

const emergencyStopSchema = z.strictObject({ redFlags: z.array(z.enum(RED_FLAGS)) });

export const checkSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[\w:.-]{1,40}$/)),
    date: z.string().check(z.regex(ISO_DATE)),
    // Either whole answers, or an emergency stop's warning signs. (Kept to the schema kinds the
    // start page already uses: zod's other kinds would come with it on a first visit.)
    answers: z.unknown().check(z.refine((answers) => answersSchema.safeParse(answers).success || emergencyStopSchema.safeParse(answers).success)),
    unsure: z.array(z.enum(UNSURE_FIELDS)),
    level: z.enum(LEVELS),
    urgency: z.optional(z.enum(URGENCIES)),
    rulesVersion: z.number().check(z.refine((version) => Number.isInteger(version) && version >= 1 && version <= 999)),
  })
  .check(z.refine((check) => (check.level === 'doctor') === (check.urgency !== undefined)));

/** Checks read back from outside (storage, a file): each is kept if valid, and the rest counted. */
export function readChecks(value: unknown): { checks: Check[]; dropped: number } | undefined {
  const list = z.array(z.unknown()).safeParse(value);
  if (!list.success) return undefined;
  const checks: Check[] = [];
  const seen = new Set<string>();
  for (const entry of list.data) {
    const parsed = checkSchema.safeParse(entry);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      checks.push(parsed.data as Check);
    }
  }
  checks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { checks, dropped: list.data.length - checks.length };
}

/** The file "Save as a file" writes, and "Load checks from a file" reads. */
export const EXPORT_FORMAT = 'backcheck-checks';

const exportSchema = z.object({ format: z.enum([EXPORT_FORMAT]), version: z.number().check(z.refine((version) => version === 1)), checks: z.unknown() });

export function exportFile(checks: readonly Check[], made: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: made.toISOString(), checks }, null, 2)}\n`;
}

export type ImportRead = { ok: true; checks: Check[]; dropped: number } | { ok: false; problem: string };

export function readExportFile(text: string): ImportRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'This file is not one Backcheck saved: it could not be read.' };
  }
  const file = exportSchema.safeParse(json);
  if (!file.success) return { ok: false, problem: 'This file is not one Backcheck saved.' };
  const read = readChecks(file.data.checks);
  if (!read) return { ok: false, problem: 'This file is not one Backcheck saved.' };
  if (read.checks.length === 0) return { ok: false, problem: 'This file has no checks Backcheck can read.' };
  return { ok: true, ...read };
}
