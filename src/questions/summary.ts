import { countWith, numberIn } from '../i18n/count';
import { questionnaire, type QuestionnaireText } from '../i18n/en/questionnaire';
import type { QuestionsCatalog } from '../i18n/question-text';
import type { Answers } from '../triage';
import type { UnsureField } from '../triage/vocabulary';
import { isAsked } from './flow';
import { optionWords, questionWords } from './question-words';
import { NONE, NOT_SURE, pages, type Choices, type FlowContext, type Page, type Question } from './questions';

export interface SummaryRow {
  questionId: string;
  page: Page;
  key: string;
  value: string;
  /** Carried over from the last check in a re-check: shown, but changed only by starting again. */
  carried?: boolean;
}

/** The words a summary is written in: English, from the questions themselves, unless a page passes its reader's. */
export interface SummaryWords {
  /** The reader's language, for numbers and the word after them. */
  language: string;
  /** The questions in the reader's language; anything it leaves out is said in the questions' own English. */
  questions?: QuestionsCatalog | undefined;
  text: QuestionnaireText;
}

const ENGLISH: SummaryWords = { language: 'en', text: questionnaire };

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

function describe(question: Question, choice: string | string[], words: SummaryWords): string {
  const said = questionWords(question, words.questions);
  if (question.kind === 'number') {
    if (choice === '') return words.text.notGiven;
    const count = Number(choice);
    return said.suffix ? countWith(words.language, count, said.suffix) : numberIn(words.language, count);
  }
  const chosen = Array.isArray(choice) ? choice : [choice];
  return words.text.answerList(
    chosen.map((value) => {
      const option = question.options.find((candidate) => candidate.value === value);
      if (option) return optionWords(option, said, words.language).label;
      return value === NOT_SURE ? words.text.notSure : value;
    }),
  );
}

/**
 * The answers in words, question by question. From this device's choices where given, which
 * keep "I'm not sure"; otherwise from contract answers and the fields a link says were not sure.
 * A page the answers do not call for (painkillers, with the pain under 8) has no row, whatever it holds.
 */
export function summaryRows(
  answers: Partial<Answers>,
  context: FlowContext,
  choices?: Choices,
  unsure: readonly UnsureField[] = [],
  words: SummaryWords = ENGLISH,
): SummaryRow[] {
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
    return [
      {
        questionId: question.id,
        page,
        key: questionWords(question, words.questions).summary,
        value: describe(question, choice, words),
        ...(carried ? { carried } : {}),
      },
    ];
  });
}
