import { useEffect, useRef } from 'react';
import { components } from '../i18n/en/components';
import { useText } from '../state/language';

export interface FieldError {
  /** The id of the input to move to. */
  target: string;
  text: string;
}

/**
 * The GOV.UK error summary: it takes focus so a screen reader announces the problems at once,
 * and each link moves to its field. The links cannot be plain fragment links: the fragment
 * holds the app's route.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const t = useText('components', components);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t.errorSummary}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.target}>
            <a
              href={`#${error.target}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(error.target);
                field?.focus();
                // The question sits above its options: bring it into view with the option.
                field?.closest('fieldset, .form-group')?.scrollIntoView?.({ block: 'start' });
              }}
            >
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
