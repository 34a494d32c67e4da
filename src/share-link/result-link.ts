import * as z from 'zod/mini';
import { answersSchema, RULES_VERSION, type Answers } from '../triage';
import { FIELD_NAMES, type Field } from '../triage/answers';
import { UNSURE_FIELDS, type UnsureField } from '../triage/vocabulary';
import { carefulAnswers } from '../questions/questions';
import { toFragmentQuery } from './fragment-query';
import { readFragmentQuery } from './read-fragment-query';
import { COACH_NAME_MAX, COACH_NAME_PATTERN } from './coach-link';
import { daysBetween, isRealDate, type IsoDate } from '../dates/dates';
import { result, type ResultText } from '../i18n/en/result';

/*
 * Result links, as the triage contract sets them: `#/result?area=lower&...`. The answers sit
 * in the fragment, which browsers never send to a server. Beside the answers a link may say
 * which of them the person was not sure of (`unsure`), the local date they were given (`on`;
 * links made before dates were added have none), whom it was sent to (`to=coach`, from "Send
 * to my coach"), which rules version it was made under (`rules`; a link without it was made
 * under version 1), and the sender's first name (`from`).
 */

export const RESULT_ROUTE = '/result';

const FIELD_ORDER = [
  'area',
  'side',
  'activity',
  'timing',
  'suddenMoment',
  'character',
  'severity',
  'radiation',
  'rest',
  'loadedArea',
  'daysSince',
  'trend',
  'age',
  'painkillers',
  'redFlags',
] as const satisfies readonly (keyof Answers)[];
const BOOLEANS = new Set(['suddenMoment', 'loadedArea']);
const NUMBERS = new Set(['severity', 'daysSince', 'age']);

/** The rules version of a link that does not say: every link made before versions were recorded. */
const FIRST_RULES_VERSION = 1;

/**
 * Time zones differ by up to a day, so a link made where it is already tomorrow is still good;
 * a date any later than that was not given yet, and the link was changed.
 */
const DAYS_AHEAD_ALLOWED = 1;

/** Who a link was sent to: only "Send to my coach" says, and only then does the page speak to a coach. */
export const RECIPIENTS = ['coach'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export interface ResultLink {
  answers: Answers;
  /** The answers the person was not sure of; their values are the careful answers taken instead. */
  unsure: readonly UnsureField[];
}

export interface LinkDetails {
  /** The local date the answers were given. */
  on?: IsoDate | undefined;
  /** The sender's first name, if they gave one. */
  from?: string | undefined;
  to?: Recipient | undefined;
}

/** The fragment of a link to the result of these answers, starting with `#`. */
export function resultFragment(answers: Answers, unsure: readonly UnsureField[] = [], { on, from, to }: LinkDetails = {}): string {
  const params = FIELD_ORDER.flatMap((field): [string, string][] => {
    const value = answers[field];
    if (value === undefined) return [];
    if (typeof value === 'boolean') return [[field, value ? '1' : '0']];
    if (Array.isArray(value)) return [[field, value.join(',')]];
    return [[field, String(value)]];
  });
  const inOrder = UNSURE_FIELDS.filter((field) => unsure.includes(field));
  if (inOrder.length > 0) params.push(['unsure', inOrder.join(',')]);
  if (on !== undefined) params.push(['on', on]);
  if (to !== undefined) params.push(['to', to]);
  params.push(['rules', String(RULES_VERSION)]);
  if (from !== undefined) params.push(['from', from]);
  return `#${RESULT_ROUTE}?${toFragmentQuery(params)}`;
}

/*
 * The schemas' messages are ids of the sentences in the result text's `linkProblems`, so a
 * problem is said in the reader's language (`sayProblem`).
 */
type LinkProblems = ResultText['linkProblems'];
type LinkProblem = { [Id in keyof LinkProblems]: LinkProblems[Id] extends string ? Id : never }[keyof LinkProblems];

const problem = (id: LinkProblem) => ({ error: id });

/** A problem's sentence; a message that is no id (none is expected) says only that the link cannot be read. */
function sayProblem(id: string, text: ResultText): string {
  const sentence: unknown = (text.linkProblems as Record<string, unknown>)[id];
  return typeof sentence === 'string' ? sentence : text.linkProblems.cannotRead;
}

/** Who sent a result: a first name held to the coach name's rules, shown as plain text. */
const fromSchema = z.string().check(z.maxLength(COACH_NAME_MAX, problem('nameCannotShow')), z.regex(COACH_NAME_PATTERN, problem('nameCannotShow')));

const unsureSchema = z
  .array(z.enum(UNSURE_FIELDS, problem('unsureUnknown')))
  .check(z.refine((fields) => new Set(fields).size === fields.length, problem('unsureTwice')));

const rulesVersionSchema = z.string().check(z.regex(/^[1-9]\d{0,2}$/, problem('rulesVersion')));

/** The date the answers were given: a real day, and not after the reader's own tomorrow. */
const onSchema = (today: IsoDate) =>
  z.string().check(
    z.refine(isRealDate, { ...problem('notRealDate'), abort: true }),
    z.refine((on) => daysBetween(today, on) <= DAYS_AHEAD_ALLOWED, problem('datedAfterToday')),
  );

const toSchema = z.enum(RECIPIENTS, problem('unknownRecipient'));

export type ResultLinkRead = ({ ok: true; rulesVersion: number; on?: IsoDate; from?: string; to?: Recipient } & ResultLink) | { ok: false; problems: string[] };

/**
 * What is wrong with an answer, said to the person holding the link: by the question's name,
 * not the field's, and without echoing what was typed. (The schema's own messages name the
 * field, for developers, as the contract asks.)
 */
function plainProblem(issue: z.core.$ZodIssue, typed: Record<string, unknown>, text: ResultText): string {
  const field = issue.path[0];
  if (issue.code === 'unrecognized_keys') return text.linkProblems.unknownPart;
  if (typeof field !== 'string' || !(field in FIELD_NAMES)) return text.linkProblems.cannotRead;
  const name = text.answerNames[field as Field];
  return typed[field] === undefined ? text.linkProblems.missingAnswer(name) : text.linkProblems.notAnAnswer(name);
}

/**
 * Reads the query of a result link, on the reader's `today`; never throws, and never gives
 * answers from an invalid link. Its problems are said in `text`'s language.
 */
export function readResultQuery(query: string, today: IsoDate, text: ResultText = result): ResultLinkRead {
  const read = readFragmentQuery(query);
  if (!read.ok) return { ok: false, problems: read.problems.map((id) => sayProblem(id, text)) };
  const { unsure: unsureText, rules: rulesText, from: fromText, on: onText, to: toText, ...answerParams } = read.params;
  // Text becomes the contract's types only where it is exactly their form; anything else is left
  // as text for the schema to reject with a message that names the field.
  const typed = Object.fromEntries(
    Object.entries(answerParams).map(([key, text]) => {
      if (BOOLEANS.has(key)) return [key, text === '1' ? true : text === '0' ? false : text];
      if (NUMBERS.has(key)) return [key, /^\d{1,3}$/.test(text) ? Number(text) : text];
      if (key === 'redFlags') return [key, text === '' ? [] : text.split(',')];
      return [key, text];
    }),
  );
  const parsed = answersSchema.safeParse(typed);
  const unsure = unsureSchema.safeParse(unsureText === undefined || unsureText === '' ? [] : unsureText.split(','));
  const version = rulesText === undefined ? undefined : rulesVersionSchema.safeParse(rulesText);
  const from = fromText === undefined ? undefined : fromSchema.safeParse(fromText);
  const on = onText === undefined ? undefined : onSchema(today).safeParse(onText);
  const to = toText === undefined ? undefined : toSchema.safeParse(toText);
  const answerProblems = parsed.success ? [] : parsed.error.issues.map((issue) => plainProblem(issue, typed, text));
  const problems = [
    ...new Set([
      ...answerProblems,
      ...[unsure, version, on, to, from].flatMap((part) => (part && !part.success ? part.error.issues.map((issue) => sayProblem(issue.message, text)) : [])),
    ]),
  ];
  if (!parsed.success || !unsure.success || problems.length > 0) return { ok: false, problems };

  // "Not sure" stands for one careful answer; a link that pairs it with another was changed by hand.
  const contradicted = unsure.data.filter((field) => field in carefulAnswers && carefulAnswers[field] !== parsed.data[field]);
  if (contradicted.length > 0) return { ok: false, problems: [text.linkProblems.unsureContradicted] };

  return {
    ok: true,
    answers: parsed.data,
    unsure: unsure.data,
    rulesVersion: version?.success ? Number(version.data) : FIRST_RULES_VERSION,
    ...(on?.success ? { on: on.data } : {}),
    ...(from?.success ? { from: from.data } : {}),
    ...(to?.success ? { to: to.data } : {}),
  };
}
