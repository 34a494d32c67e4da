import { answersSchema, type Answers } from '../triage';
import { UNSURE_FIELDS, type UnsureField } from '../triage/vocabulary';
import { askedQuestions, isAsked } from './flow';
import { pages, unsureFields, type Choices, type FlowContext, type Question } from './questions';

const answersOf = (question: Question, choice: string | string[]): Partial<Answers> =>
  question.kind === 'checkboxes' ? (Array.isArray(choice) ? question.toAnswers(choice) : {}) : typeof choice === 'string' ? question.toAnswers(choice) : {};

/** In a re-check: better, the same or worse, from the pain at the last check and now. */
export function derivedTrend(choices: Choices, context: FlowContext): Answers['trend'] | undefined {
  const severity = Number(choices.severity);
  if (!context.recheck || typeof choices.severity !== 'string' || !Number.isInteger(severity)) return undefined;
  const before = context.recheck.lastSeverity;
  return severity < before ? 'better' : severity > before ? 'worse' : 'same';
}

/**
 * The questions the person answered, as contract answers; red flags from both lists together. A
 * choice on a page the other answers no longer call for (painkillers, once the pain is under 8) is left out.
 */
export function answersFrom(choices: Choices, context: FlowContext): Partial<Answers> {
  const answers: Partial<Answers> = context.coachActivity ? { activity: context.coachActivity } : {};
  // A re-check carries the rest over from the last check and works out the days and the trend.
  if (context.recheck) {
    const trend = derivedTrend(choices, context);
    Object.assign(answers, context.recheck.carried, { daysSince: context.recheck.daysSince }, trend ? { trend } : {});
  }
  for (const question of pages.flatMap((page) => (isAsked(page, choices) ? page.questions : []))) {
    if (context.recheck && question.recheck === 'carried') continue;
    const choice = choices[question.id];
    if (choice === undefined) continue;
    const { redFlags, ...rest } = answersOf(question, choice);
    Object.assign(answers, rest);
    if (redFlags) answers.redFlags = [...(answers.redFlags ?? []), ...redFlags];
  }
  return answers;
}

/**
 * Complete answers once every question is answered, checked against the contract. A page asked
 * only after some answers (painkillers, at 8 or more) must be answered too, though the contract
 * takes its answer as optional.
 */
export function completeAnswers(choices: Choices, context: FlowContext): Answers | undefined {
  if (pages.some((page) => page.askIf && isAsked(page, choices) && askedQuestions(page, context).some((question) => choices[question.id] === undefined)))
    return undefined;
  const parsed = answersSchema.safeParse(answersFrom(choices, context));
  return parsed.success ? parsed.data : undefined;
}

/** The answers the person was not sure of, in the contract's order: a re-check's carried ones too. */
export const unsureOf = (choices: Choices, context: FlowContext): UnsureField[] => {
  const unsure = new Set<UnsureField>([...(context.recheck?.carriedUnsure ?? []), ...unsureFields(choices)]);
  return UNSURE_FIELDS.filter((field) => unsure.has(field));
};
