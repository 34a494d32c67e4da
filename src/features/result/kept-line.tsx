import { useState } from 'react';
import type { Check } from '../../checks/check';
import { describeDate } from '../../dates/dates';
import { forgetCheck } from '../../state/keep';
import { lastSaveRefused } from '../../state/store';

/** One line on whether this result is kept as a check, with a way not to keep it. */
export function KeptLine({ kept, today, replaced = false }: { kept: Check | undefined; today: string; replaced?: boolean }) {
  const [forgotten, setForgotten] = useState(false);
  if (forgotten)
    return (
      <p className="kept-line no-print" role="status">
        This check is not kept on this device.
      </p>
    );
  if (!kept)
    return lastSaveRefused() ? (
      <p className="kept-line no-print" role="status">
        This check could not be kept: this device is not letting Backcheck save (its storage may be full or turned off). The result above is still right.
      </p>
    ) : null;
  return (
    <p className="kept-line no-print" role={replaced ? 'status' : undefined}>
      {replaced ? 'This replaces the result you saw a moment ago: only this one is kept. ' : null}
      {replaced ? 'It is in ' : 'Kept in '}
      <a href="#/checks">your checks</a>
      {` on this device, dated ${describeDate(kept.date, today)}. `}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          forgetCheck(kept.id);
          setForgotten(true);
        }}
      >
        Do not keep it
      </button>
    </p>
  );
}
