import { numberIn } from '../i18n/count';
import { englishQuestions, type OptionText, type QuestionsCatalog, type QuestionText } from '../i18n/question-text';
import { pages, type Option, type Page, type Question } from './questions';

/*
 * The words of the questions in the reader's language. A page reads the catalog with
 * useText('questions', englishQuestionsText); whatever a catalog leaves out is said in the
 * question's own English, so a page never shows an empty label.
 */

/** The questions' English as a catalog, worked out once, where the question pages load. */
export const englishQuestionsText: QuestionsCatalog = englishQuestions();

const pageOfQuestion = new Map(pages.flatMap((page) => page.questions.map((question) => [question.id, page.id])));

/** A question's words; a question not in the questions file (as the coach's own) is said as written. */
export function questionWords(question: Question, catalog: QuestionsCatalog | undefined): QuestionText {
  const pageId = pageOfQuestion.get(question.id);
  const found = pageId === undefined ? undefined : catalog?.[pageId]?.questions[question.id];
  const hint = found?.hint ?? question.hint;
  const invalid = found?.invalid ?? (question.kind === 'number' ? question.invalid : undefined);
  const suffix = found?.suffix ?? (question.kind === 'number' ? question.suffix : undefined);
  return {
    legend: found?.legend ?? question.legend,
    summary: found?.summary ?? question.summary,
    required: found?.required ?? question.required,
    ...(hint === undefined ? {} : { hint }),
    ...(invalid === undefined ? {} : { invalid }),
    ...(suffix === undefined ? {} : { suffix }),
    ...(found?.options === undefined ? {} : { options: found.options }),
  };
}

/** An option's words: a number on a scale is written in the reader's own number format. */
export function optionWords(option: Option, words: QuestionText, language: string): OptionText {
  const found = words.options?.[option.value];
  const label = found?.label ?? (/^\d+$/.test(option.label) ? numberIn(language, Number(option.label)) : option.label);
  const hint = found?.hint ?? option.hint;
  return hint === undefined ? { label } : { label, hint };
}

/** The heading of a page of several questions. */
export const pageHeading = (page: Page, catalog: QuestionsCatalog | undefined): string | undefined => catalog?.[page.id]?.heading ?? page.heading;
