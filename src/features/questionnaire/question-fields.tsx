import type { ReactNode } from 'react';
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
}

/** The id of the input an error summary link moves to. */
export const firstInputId = (question: Question) => (question.kind === 'number' ? `q-${question.id}` : `q-${question.id}-${question.options[0]?.value ?? ''}`);

const describedBy = (question: Question, error: string | undefined) =>
  [question.hint ? `q-${question.id}-hint` : '', error ? `q-${question.id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Hint({ question }: { question: Question }) {
  return question.hint ? (
    <div id={`q-${question.id}-hint`} className="hint">
      {question.hint}
    </div>
  ) : null;
}

function ErrorMessage({ question, error }: { question: Question; error: string | undefined }) {
  return error ? (
    <p id={`q-${question.id}-error`} className="error-message">
      <span className="visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

function Fieldset({
  question,
  error,
  isPageHeading,
  children,
}: {
  question: Question;
  error: string | undefined;
  isPageHeading: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(question, error)}>
        <legend className={isPageHeading ? 'fieldset__legend fieldset__legend--page' : 'fieldset__legend'}>
          {isPageHeading ? <h1 tabIndex={-1}>{question.legend}</h1> : question.legend}
        </legend>
        <Hint question={question} />
        <ErrorMessage question={question} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  question: Question;
  option: Option;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Choice({ type, question, option, checked, onChange }: ChoiceProps) {
  const id = `q-${question.id}-${option.value}`;
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
        aria-describedby={option.hint ? `${id}-hint` : undefined}
      />
      <label className="choice__label" htmlFor={id}>
        {option.label}
      </label>
      {option.hint ? (
        <div id={`${id}-hint`} className="hint choice__hint">
          {option.hint}
        </div>
      ) : null}
    </div>
  );
}

function RadiosField({ question, value, onChange, error, isPageHeading }: FieldProps<RadiosQuestion>) {
  const options = (
    <div className={question.inline ? 'choices choices--inline' : 'choices'}>
      {question.options.map((option) => (
        <Choice key={option.value} type="radio" question={question} option={option} checked={value === option.value} onChange={() => onChange(option.value)} />
      ))}
    </div>
  );
  return (
    <Fieldset question={question} error={error} isPageHeading={isPageHeading}>
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

function CheckboxesField({ question, value, onChange, error, isPageHeading }: FieldProps<CheckboxesQuestion>) {
  const chosen = Array.isArray(value) ? value : [];
  // "None of these" and the signs exclude each other, as in the GOV.UK checkboxes "or" pattern.
  const toggle = (option: string, checked: boolean) =>
    onChange(!checked ? chosen.filter((v) => v !== option) : option === NONE ? [NONE] : [...chosen.filter((v) => v !== NONE), option]);

  return (
    <Fieldset question={question} error={error} isPageHeading={isPageHeading}>
      <div className="choices">
        {question.options.map((option) => (
          <div key={option.value}>
            {option.value === NONE ? <div className="choices__divider">or</div> : null}
            <Choice
              type="checkbox"
              question={question}
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

function NumberField({ question, value, onChange, error, isPageHeading }: FieldProps<NumberQuestion>) {
  const id = `q-${question.id}`;
  const label = (
    <label className={isPageHeading ? 'label label--page' : 'label'} htmlFor={id}>
      {question.legend}
    </label>
  );
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      {isPageHeading ? <h1 tabIndex={-1}>{label}</h1> : label}
      <Hint question={question} />
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
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy(question, error)}
          aria-invalid={error ? true : undefined}
        />
        {question.suffix ? (
          <span className="input-suffix" aria-hidden="true">
            {question.suffix.other}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function QuestionField(props: FieldProps<Question>) {
  const { question } = props;
  switch (question.kind) {
    case 'radios':
      return <RadiosField {...props} question={question} />;
    case 'checkboxes':
      return <CheckboxesField {...props} question={question} />;
    case 'number':
      return <NumberField {...props} question={question} />;
  }
}
