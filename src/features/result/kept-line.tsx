import { useState, type ReactNode } from 'react';
import type { Check } from '../../checks/check';
import { describeDate } from '../../dates/dates';
import { dates } from '../../i18n/en/dates';
import { result } from '../../i18n/en/result';
import { useText } from '../../state/language';
import { forgetCheck } from '../../state/keep';
import { lastSaveRefused } from '../../state/store';

/** Where the element goes in a sentence written around it: a character no translation uses. */
const MARK = '\uE000';

/** A sentence with a link inside it, wherever the language places it: the sentence is written with a mark for the link, and cut there. */
function withElement(sentence: (mark: string) => string, element: ReactNode) {
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}

/** One line on whether this result is kept as a check, with a way not to keep it. */
export function KeptLine({ kept, today, replaced = false }: { kept: Check | undefined; today: string; replaced?: boolean }) {
  const t = useText('result', result);
  const words = useText('dates', dates);
  const [forgotten, setForgotten] = useState(false);
  if (forgotten)
    return (
      <p className="kept-line no-print" role="status">
        {t.notKept}
      </p>
    );
  if (!kept)
    return lastSaveRefused() ? (
      <p className="kept-line no-print" role="status">
        {t.couldNotKeep}
      </p>
    ) : null;
  const date = describeDate(kept.date, today, words);
  return (
    <p className="kept-line no-print" role={replaced ? 'status' : undefined}>
      {withElement((checks) => (replaced ? t.replacesKept(checks, date) : t.keptIn(checks, date)), <a href="#/checks">{t.yourChecksLink}</a>)}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          forgetCheck(kept.id);
          setForgotten(true);
        }}
      >
        {t.doNotKeep}
      </button>
    </p>
  );
}
