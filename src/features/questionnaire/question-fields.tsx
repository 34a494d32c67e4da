import type { ReactNode } from 'react';
import { pluralOf } from '../../i18n/count';
import { questionnaire } from '../../i18n/en/questionnaire';
import type { QuestionText } from '../../i18n/question-text';
import { useLanguage, useText } from '../../state/language';
import { englishQuestionsText, optionWords, questionWords } from '../../questions/question-words';
import { NONE, type CheckboxesQuestion, type NumberQuestion, type Option, type Question, type RadiosQuestion } from '../../questions/questions';
import { BackDiagram } from './back-diagram';

export type FieldValue = string | string[] | undefined;

interface FieldProps<Q extends Question> {
  question: Q;
  value: FieldValue;
  onChange: (value: string | string[]) => void;
  error?: string | undefined;
  /** On a one-question page the question is the page heading. */
  isPageHeading: boolean;
  /** The question's words, where they are not the questions catalog's (as for a question of the coach's own). */
  words?: QuestionText | undefined;
}

/** The props each kind of field draws from: the question's words settled in the reader's language. */
type DrawnProps<Q extends Question> = Omit<FieldProps<Q>, 'words'> & { words: QuestionText };

/** The id of the input an error summary link moves to. */
export const firstInputId = (question: Question) => (question.kind === 'number' ? `q-${question.id}` : `q-${question.id}-${question.options[0]?.value ?? ''}`);

const describedBy = (question: Question, words: QuestionText, error: string | undefined) =>
  [words.hint ? `q-${question.id}-hint` : '', error ? `q-${question.id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Hint({ question, words }: { question: Question; words: QuestionText }) {
  return words.hint ? (
    <div id={`q-${question.id}-hint`} className="hint">
      {words.hint}
    </div>
  ) : null;
}

function ErrorMessage({ question, error }: { question: Question; error: string | undefined }) {
  const t = useText('questionnaire', questionnaire);
  return error ? (
    <p id={`q-${question.id}-error`} className="error-message">
      <span className="visually-hidden">{t.errorPrefix}</span> {error}
    </p>
  ) : null;
}

function Fieldset({
  question,
  words,
  error,
  isPageHeading,
  children,
}: {
  question: Question;
  words: QuestionText;
  error: string | undefined;
  isPageHeading: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(question, words, error)}>
        <legend className={isPageHeading ? 'fieldset__legend fieldset__legend--page' : 'fieldset__legend'}>
          {isPageHeading ? <h1 tabIndex={-1}>{words.legend}</h1> : words.legend}
        </legend>
        <Hint question={question} words={words} />
        <ErrorMessage question={question} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  question: Question;
  words: QuestionText;
  option: Option;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Choice({ type, question, words, option, checked, onChange }: ChoiceProps) {
  const language = useLanguage();
  const id = `q-${question.id}-${option.value}`;
  const said = optionWords(option, words, language);
  return (
    <div className="choice">
      <input
        className="choice__input"
        id={id}
        type={type}
        name={question.id}
        value={option.value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={said.hint ? `${id}-hint` : undefined}
      />
      <label className="choice__label" htmlFor={id}>
        {said.label}
      </label>
      {said.hint ? (
        <div id={`${id}-hint`} className="hint choice__hint">
          {said.hint}
        </div>
      ) : null}
    </div>
  );
}

function RadiosField({ question, words, value, onChange, error, isPageHeading }: DrawnProps<RadiosQuestion>) {
  const options = (
    <div className={question.inline ? 'choices choices--inline' : 'choices'}>
      {question.options.map((option) => (
        <Choice
          key={option.value}
          type="radio"
          question={question}
          words={words}
          option={option}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
    </div>
  );
  return (
    <Fieldset question={question} words={words} error={error} isPageHeading={isPageHeading}>
      {question.backDiagram ? (
        <div className="choices-with-figure">
          {options}
          <BackDiagram options={question.options} value={typeof value === 'string' ? value : undefined} onChoose={onChange} />
        </div>
      ) : (
        options
      )}
    </Fieldset>
  );
}

function CheckboxesField({ question, words, value, onChange, error, isPageHeading }: DrawnProps<CheckboxesQuestion>) {
  const t = useText('questionnaire', questionnaire);
  const chosen = Array.isArray(value) ? value : [];
  // "None of these" and the signs exclude each other, as in the GOV.UK checkboxes "or" pattern.
  const toggle = (option: string, checked: boolean) =>
    onChange(!checked ? chosen.filter((v) => v !== option) : option === NONE ? [NONE] : [...chosen.filter((v) => v !== NONE), option]);

  return (
    <Fieldset question={question} words={words} error={error} isPageHeading={isPageHeading}>
      <div className="choices">
        {question.options.map((option) => (
          <div key={option.value}>
            {option.value === NONE ? <div className="choices__divider">{t.orDivider}</div> : null}
            <Choice
              type="checkbox"
              question={question}
              words={words}
              option={option}
              checked={chosen.includes(option.value)}
              onChange={(checked) => toggle(option.value, checked)}
            />
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

function NumberField({ question, words, value, onChange, error, isPageHeading }: DrawnProps<NumberQuestion>) {
  const language = useLanguage();
  const id = `q-${question.id}`;
  const text = typeof value === 'string' ? value : '';
  // The word after the box agrees with the number typed, once it is one.
  const typed = /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : undefined;
  const label = (
    <label className={isPageHeading ? 'label label--page' : 'label'} htmlFor={id}>
      {words.legend}
    </label>
  );
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      {isPageHeading ? <h1 tabIndex={-1}>{label}</h1> : label}
      <Hint question={question} words={words} />
      <ErrorMessage question={question} error={error} />
      <div className="input-with-suffix">
        <input
          className={`input input--width-3${error ? ' input--error' : ''}`}
          id={id}
          name={question.id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy(question, words, error)}
          aria-invalid={error ? true : undefined}
        />
        {words.suffix ? (
          <span className="input-suffix" aria-hidden="true">
            {typed === undefined ? words.suffix.other : pluralOf(language, typed, words.suffix)}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function QuestionField({ words, ...props }: FieldProps<Question>) {
  const catalog = useText('questions', englishQuestionsText);
  const { question } = props;
  const said = words ?? questionWords(question, catalog);
  switch (question.kind) {
    case 'radios':
      return <RadiosField {...props} question={question} words={said} />;
    case 'checkboxes':
      return <CheckboxesField {...props} question={question} words={said} />;
    case 'number':
      return <NumberField {...props} question={question} words={said} />;
  }
}
