import { useId, useState, type ReactNode } from 'react';
import { components } from '../i18n/en/components';
import { useText } from '../state/language';

/**
 * A part of a page a person can open, headed by its own button. Closed, its content is
 * `hidden`, which print styles override, so a printout always has all of it. (A closed
 * `<details>` prints nothing in some engines.)
 */
export function Disclosure({ heading, level = 2, children, className }: { heading: string; level?: 2 | 3; children: ReactNode; className?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`disclosure${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="disclosure__heading">
        <button type="button" className="disclosure__toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {heading}
        </button>
      </Heading>
      <div id={`${id}-body`} className="disclosure__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/** A list that shows its first few items and folds the rest behind a button naming how many. */
export function FoldedList({
  items,
  shown,
  more,
  className,
}: {
  items: { key: string; node: ReactNode }[];
  shown: number;
  more: (folded: number) => string;
  className?: string;
}) {
  const t = useText('components', components);
  const [open, setOpen] = useState(false);
  const id = useId();
  const folded = items.length - shown;
  return (
    <>
      <ul id={id} className={`list list--bullet${className ? ` ${className}` : ''}`}>
        {items.map((item, index) => (
          <li key={item.key} className="folded-list__item" hidden={index >= shown && !open}>
            {item.node}
          </li>
        ))}
      </ul>
      {folded > 0 ? (
        <p className="no-print">
          <button type="button" className="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
            {open ? t.showFewer : more(folded)}
          </button>
        </p>
      ) : null}
    </>
  );
}
