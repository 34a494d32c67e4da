import { pages, type Question } from '../questions/questions';

/*
 * What a person reads of the questions, keyed by page, question and option ids. English is
 * taken from the questions file itself, which stays the one place the questions are written;
 * each other language gives the same keys in its own words (languages/<code>/questions.ts).
 */

export interface OptionText {
  label: string;
  hint?: string;
}

/** A word that follows a number, in each plural form the language has (`Intl.PluralRules`). */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface QuestionText {
  legend: string;
  hint?: string;
  summary: string;
  required: string;
  /** For a number: what is said when it is not whole or out of range. */
  invalid?: string;
  suffix?: PluralText;
  /** Options written in words; options that are only a number are written by the reader's number format. */
  options?: Record<string, OptionText>;
}

export interface PageText {
  heading?: string;
  questions: Record<string, QuestionText>;
}

export type QuestionsCatalog = Record<string, PageText>;

const inWords = (label: string) => !/^\d+$/.test(label);

function questionText(question: Question): QuestionText {
  const options =
    question.kind === 'number'
      ? undefined
      : Object.fromEntries(
          question.options
            .filter((option) => inWords(option.label))
            .map((option) => [option.value, option.hint === undefined ? { label: option.label } : { label: option.label, hint: option.hint }]),
        );
  return {
    legend: question.legend,
    ...(question.hint === undefined ? {} : { hint: question.hint }),
    summary: question.summary,
    required: question.required,
    ...(question.kind === 'number' ? { invalid: question.invalid, ...(question.suffix ? { suffix: question.suffix } : {}) } : {}),
    ...(options && Object.keys(options).length > 0 ? { options } : {}),
  };
}

/** The questions as they are written in English: the reference every translation follows key for key. */
export function englishQuestions(): QuestionsCatalog {
  return Object.fromEntries(
    pages.map((page) => [
      page.id,
      {
        ...(page.heading === undefined ? {} : { heading: page.heading }),
        questions: Object.fromEntries(page.questions.map((question) => [question.id, questionText(question)])),
      },
    ]),
  );
}
