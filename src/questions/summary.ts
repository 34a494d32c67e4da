import type { Answers } from '../triage';
import type { UnsureField } from '../triage/vocabulary';
import { isAsked } from './flow';
import { NONE, NOT_SURE, pages, type Choices, type FlowContext, type Page, type Question } from './questions';

export interface SummaryRow {
  questionId: string;
  page: Page;
  key: string;
  value: string;
  /** Carried over from the last check in a re-check: shown, but changed only by starting again. */
  carried?: boolean;
}

/** The choice that gives these answers, for answers that came from a link rather than this device. */
function choiceFromAnswers(question: Question, answers: Partial<Answers>, unsure: readonly UnsureField[]): string | string[] | undefined {
  // A link holds the careful answer taken for "I'm not sure"; the summary says what was answered.
  if ((unsure as readonly string[]).includes(question.field)) return NOT_SURE;
  switch (question.kind) {
    case 'radios':
      return question.options.find((option) => question.toAnswers(option.value)[question.field] === answers[question.field])?.value;
    case 'number': {
      const value = answers[question.field];
      return typeof value === 'number' ? String(value) : question.optional ? '' : undefined;
    }
    case 'checkboxes': {
      if (!answers.redFlags) return undefined;
      const chosen = question.options.filter((option) => (answers.redFlags as readonly string[]).includes(option.value)).map((option) => option.value);
      return chosen.length > 0 ? chosen : [NONE];
    }
  }
}

function describe(question: Question, choice: string | string[]): string {
  if (question.kind === 'number') {
    if (choice === '') return 'Not given';
    const unit = question.suffix ? (choice === '1' ? question.suffix.one : question.suffix.other) : '';
    return `${String(choice)} ${unit}`.trim();
  }
  const chosen = Array.isArray(choice) ? choice : [choice];
  return chosen.map((value) => question.options.find((option) => option.value === value)?.label ?? (value === NOT_SURE ? 'Not sure' : value)).join('; ');
}

/**
 * The answers in words, question by question. From this device's choices where given, which
 * keep "I'm not sure"; otherwise from contract answers and the fields a link says were not sure.
 * A page the answers do not call for (painkillers, with the pain under 8) has no row, whatever it holds.
 */
export function summaryRows(answers: Partial<Answers>, context: FlowContext, choices?: Choices, unsure: readonly UnsureField[] = []): SummaryRow[] {
  const shown = pages.flatMap((page) =>
    page.questions.flatMap((question) => {
      // A page hidden by a coach's link still has its answer, from the coach; a re-check's
      // carried and worked-out answers come from the answers themselves.
      const fromAnswers = !choices || (context.recheck && question.recheck !== undefined && choices[question.id] === undefined);
      const carefulUnsure = context.recheck ? [...unsure, ...context.recheck.carriedUnsure] : unsure;
      const choice = fromAnswers
        ? choiceFromAnswers(question, answers, carefulUnsure)
        : (choices[question.id] ?? (question.field === 'activity' ? context.coachActivity : undefined));
      return choice === undefined ? [] : [{ page, question, choice }];
    }),
  );
  const chosen: Choices = Object.fromEntries(shown.map(({ question, choice }) => [question.id, choice]));
  return shown.flatMap(({ page, question, choice }) => {
    if (!isAsked(page, chosen)) return [];
    const carried = context.recheck !== undefined && question.recheck === 'carried';
    return [{ questionId: question.id, page, key: question.summary, value: describe(question, choice), ...(carried ? { carried } : {}) }];
  });
}
