import type { RedFlag } from '../triage/vocabulary';
import { EMERGENCY_SIGNS_ID, NONE, pages, type Choices, type FlowContext, type Page } from './questions';

/** Where Continue leads: another page, the emergency result, or the check-answers summary. */
export type Step = { to: 'page'; page: Page } | { to: 'emergency' } | { to: 'check' };

/** The questions a page asks: in a re-check, only what changes from day to day. */
export const askedQuestions = (page: Page, context: FlowContext) =>
  context.recheck ? page.questions.filter((question) => question.recheck === undefined) : page.questions;

/** The questions a page shows when opened: in a re-check, also what was worked out and may be corrected. */
export const shownQuestions = (page: Page, context: FlowContext) =>
  context.recheck ? page.questions.filter((question) => question.recheck !== 'carried') : page.questions;

/** Whether the answers so far call for a page: one asked only after some answers (painkillers, after severe pain) is left out otherwise. */
export const isAsked = (page: Page, choices: Choices) => page.askIf?.(choices) ?? true;

/** The pages asked, in order, given the context and the answers so far. */
export const visiblePages = (context: FlowContext, choices: Choices) =>
  pages.filter((page) => (page.showIf?.(context) ?? true) && isAsked(page, choices) && askedQuestions(page, context).length > 0);

export const pageById = (id: string) => pages.find((page) => page.id === id);

const pageAnswered = (page: Page, choices: Choices, context: FlowContext) =>
  askedQuestions(page, context).every((question) => choices[question.id] !== undefined);

/** The pages shown, and where this one stands among them (-1 when a coach's link or the answers leave it out). */
const placeOf = (page: Page, choices: Choices, context: FlowContext) => {
  const shown = visiblePages(context, choices);
  return { shown, index: shown.findIndex((p) => p.id === page.id) };
};

/** The first page still to answer, or the emergency stop or summary when none is left. */
export function firstOpenStep(choices: Choices, context: FlowContext): Step {
  for (const page of visiblePages(context, choices)) {
    if (!pageAnswered(page, choices, context)) return { to: 'page', page };
    if (page.stopsForEmergency?.(choices)) return { to: 'emergency' };
  }
  return { to: 'check' };
}

/** Where Continue on a page leads, given the answers so far. */
export function stepAfter(page: Page, choices: Choices, context: FlowContext): Step {
  if (page.stopsForEmergency?.(choices)) return { to: 'emergency' };
  const { shown, index } = placeOf(page, choices, context);
  const next = shown[index + 1];
  return next ? { to: 'page', page: next } : { to: 'check' };
}

/** The page Back leads to, given the answers so far, or undefined for the first question. */
export function pageBefore(page: Page, choices: Choices, context: FlowContext): Page | undefined {
  const { shown, index } = placeOf(page, choices, context);
  return index > 0 ? shown[index - 1] : undefined;
}

/** The number of this page among the questions the answers so far call for, for "Question 3 of 12". */
export function pagePosition(page: Page, choices: Choices, context: FlowContext) {
  const { shown, index } = placeOf(page, choices, context);
  return { index: index + 1, total: shown.length };
}

/** The emergency signs the person ticked on the first question. */
export function emergencySigns(choices: Choices): RedFlag[] {
  const chosen = choices[EMERGENCY_SIGNS_ID];
  return Array.isArray(chosen) ? (chosen.filter((value) => value !== NONE) as RedFlag[]) : [];
}
