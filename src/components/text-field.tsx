import type { ReactNode } from 'react';

import { components } from '../i18n/en/components';
import { useText } from '../state/language';

/** A labelled text box with its hint and, after a failed check, its error: GOV.UK's text input. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  autoComplete,
}: {
  id: string;
  label: string;
  hint: ReactNode;
  error?: string | null | undefined;
  value: string;
  onChange: (value: string) => void;
  autoComplete: string;
}) {
  const t = useText('components', components);
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="hint">
        {hint}
      </div>
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t.errorPrefix}</span> {error}
        </p>
      ) : null}
      <input
        className={`input${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
