import { useEffect, useRef, useState, type ChangeEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { Confirm } from '../../components/confirm';
import { download } from '../../components/download';
import { useTitle } from '../../components/use-title';
import { now } from '../../state/clock';
import { addChecks, deleteEverything, forgetCheck } from '../../state/keep';
import { useBackcheck } from '../../state/store';
import { isFullCheck, type Check } from '../../checks/check';
import { exportFile, FILE_TOO_BIG, MAX_FILE_BYTES, readExportFile, whyLeftOut } from '../../checks/check-schema';
import { ladderPlaces, type LadderPlace } from '../../checks/ladder';
import { lastFullCheck, resultWords, startDateOf } from '../../checks/recheck';
import { daysBetween, describeDate, localDate, type IsoDate } from '../../dates/dates';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import { resultFragment } from '../../share-link/result-link';
import { checkAgain } from './check-again';
import { KeepingNotice } from './keeping-notice';
import { LadderStep } from './ladder-step';
import { PainChart } from './pain-chart';
import { RemindMe } from './remind-me';

function sinceStart(started: IsoDate, today: IsoDate) {
  const days = daysBetween(started, today);
  return days <= 0 ? 'The pain started today.' : `The pain started ${days === 1 ? '1 day' : `${days} days`} ago, on ${describeDate(started, today)}.`;
}

/**
 * The newest checks show first, and older ones a page at a time: drawing years of daily checks at
 * once took seconds on a phone before the page could show at all.
 */
const CHECKS_A_PAGE = 20;

const checksWord = (count: number) => (count === 1 ? '1 check' : `${count.toLocaleString('en-GB')} checks`);

function CheckEntry({
  check,
  before,
  place,
  today,
  headingRef,
}: {
  check: Check;
  before: Check | undefined;
  place: LadderPlace | undefined;
  today: IsoDate;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}) {
  const [confirming, setConfirming] = useState(false);
  const when = describeDate(check.date, today);
  const pain = isFullCheck(check) ? check.answers.severity : undefined;
  const painBefore = before && isFullCheck(before) ? before.answers.severity : undefined;
  return (
    <li className="check" data-check-date={check.date} data-check-level={check.level} data-check-urgency={check.urgency}>
      <h3 tabIndex={-1} ref={headingRef}>
        {when}
      </h3>
      <p>
        {`Result: ${resultWords(check)}.`}
        {pain === undefined ? ' Warning signs only: the questions stopped there.' : ` Pain ${pain} out of 10.`}
        {pain !== undefined && painBefore !== undefined
          ? pain === painBefore
            ? ' The same as the check before.'
            : ` ${pain < painBefore ? 'Down' : 'Up'} from ${painBefore}.`
          : ''}
      </p>
      {place?.on ? <p>{`Back to training: stage ${place.stage.number}, ${place.stage.name.toLowerCase()}.`}</p> : null}
      <p className="no-print">
        {isFullCheck(check) ? (
          <a href={resultFragment(check.answers, check.unsure, { on: check.date })}>
            <span aria-hidden="true">See this result</span>
            <span className="visually-hidden">{`See the result of ${when}`}</span>
          </a>
        ) : null}
      </p>
      {confirming ? (
        <Confirm question={`Delete the check of ${when}?`} yes="Yes, delete it" onYes={() => forgetCheck(check.id)} onNo={() => setConfirming(false)} />
      ) : (
        <p className="no-print">
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            <span aria-hidden="true">Delete this check</span>
            <span className="visually-hidden">{`Delete the check of ${when}`}</span>
          </button>
        </p>
      )}
    </li>
  );
}

/** "Your checks": every check kept on this device, how it is going, and what to do next. */
export function ChecksPage() {
  useTitle('Your checks');
  const checks = useBackcheck((state) => state.checks);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const [shown, setShown] = useState(CHECKS_A_PAGE);
  // After "Show older checks", focus moves to the first of them, so the person reads on from there.
  const firstOlder = useRef<HTMLHeadingElement>(null);
  const [movedOn, setMovedOn] = useState(false);
  useEffect(() => {
    if (movedOn) firstOlder.current?.focus();
  }, [movedOn, shown]);
  // Paper is for the physio or doctor: it holds every check, however many the screen shows.
  useEffect(() => {
    const showAll = () => flushSync(() => setShown(Number.MAX_SAFE_INTEGER));
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, []);
  const today = localDate(now());

  const places = ladderPlaces(checks);
  const latest = lastFullCheck(checks);
  const bout = latest ? checks.filter((check) => isFullCheck(check) && startDateOf(check) === startDateOf(latest)) : [];
  const place = places.at(-1);

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Refused before it is read: a file far too big would stall the page just being read.
    const read = file.size > MAX_FILE_BYTES ? { ok: false as const, problem: FILE_TOO_BIG } : readExportFile(await file.text(), localDate(now()));
    if (!read.ok) {
      setStatus(null);
      setProblem(read.problem);
      return;
    }
    const added = addChecks(read.checks);
    setProblem(null);
    setStatus(`${checksWord(added)} added from the file.${read.leftOut ? ` ${whyLeftOut(read.leftOut, 'in the file')}` : ''}`);
  };

  return (
    <main id="main" className="main checks-page">
      <h1 tabIndex={-1}>Your checks</h1>
      <p role="status" className="share__status">
        {status}
      </p>
      {checks.length === 0 ? (
        <>
          <p>
            No checks are kept on this device yet. When you finish the questions, your result is kept here with its date, so you can see how it is going over
            the days.
          </p>
          <a className="button" href={`#/q/${FIRST_PAGE_ID}`}>
            Start now
          </a>
        </>
      ) : (
        <>
          <p>Kept on this device only. Nobody else sees them unless you share or print them.</p>
          <KeepingNotice />
          {latest ? <p>{sinceStart(startDateOf(latest), today)}</p> : null}
          <div className="button-group no-print">
            <button type="button" className="button" onClick={() => checkAgain(checks)}>
              Check again
            </button>
            <RemindMe />
          </div>

          {place ? (
            <section aria-labelledby="back-to-training">
              <h2 id="back-to-training">Back to training</h2>
              <LadderStep place={place} />
            </section>
          ) : null}

          {bout.length > 0 ? (
            <section aria-labelledby="pain-over-days">
              <h2 id="pain-over-days">Your pain over the days</h2>
              <PainChart points={bout.flatMap((check) => (isFullCheck(check) ? [{ date: check.date, severity: check.answers.severity }] : []))} today={today} />
            </section>
          ) : null}

          <section aria-labelledby="every-check">
            <h2 id="every-check">Every check, newest first</h2>
            {checks.length > shown ? <p>{`Showing the ${shown} newest of ${checksWord(checks.length)}.`}</p> : null}
            <ol className="check-list" reversed start={checks.length}>
              {checks
                .map((check, at) => ({ check, before: checks[at - 1], place: places[at] }))
                .slice(-shown)
                .reverse()
                .map(({ check, before, place: at }, position) => (
                  <CheckEntry
                    key={check.id}
                    check={check}
                    before={before}
                    place={at}
                    today={today}
                    headingRef={movedOn && position === shown - CHECKS_A_PAGE ? firstOlder : undefined}
                  />
                ))}
            </ol>
            {checks.length > shown ? (
              <button
                type="button"
                className="button button--secondary no-print"
                onClick={() => {
                  setShown(shown + CHECKS_A_PAGE);
                  setMovedOn(true);
                }}
              >
                {`Show ${Math.min(CHECKS_A_PAGE, checks.length - shown)} older ${checks.length - shown === 1 ? 'check' : 'checks'}`}
              </button>
            ) : null}
          </section>

          <section aria-labelledby="take-to-physio" className="no-print">
            <h2 id="take-to-physio">Take it to a physio or doctor</h2>
            <p>Print your checks, or save them as a file to keep. A saved file can be loaded on another device.</p>
            <div className="button-group">
              <button type="button" className="button button--secondary" onClick={() => window.print()}>
                Print your checks
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => download(`backcheck-checks-${today}.json`, exportFile(checks, now()), 'application/json')}
              >
                Save as a file
              </button>
            </div>
          </section>
        </>
      )}

      <section aria-labelledby="load-checks" className="no-print">
        <h2 id="load-checks">Load checks from a file</h2>
        <div className={`form-group${problem ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="load-file">
            A file of checks Backcheck saved
          </label>
          {problem ? (
            <p id="load-file-error" className="error-message">
              <span className="visually-hidden">Error:</span> {problem}
            </p>
          ) : null}
          <input
            id="load-file"
            className="file-input"
            type="file"
            accept=".json,application/json"
            aria-describedby={problem ? 'load-file-error' : undefined}
            onChange={(event) => void load(event)}
          />
        </div>
      </section>

      {checks.length > 0 ? (
        <section aria-labelledby="delete-everything" className="no-print">
          <h2 id="delete-everything">Delete everything</h2>
          {confirmingAll ? (
            <Confirm
              question="Delete your answers, your checks, your coach and your country from this device? This cannot be undone."
              yes="Yes, delete everything"
              onYes={() => {
                deleteEverything();
                setConfirmingAll(false);
                setStatus('Everything Backcheck kept on this device has been deleted.');
              }}
              onNo={() => setConfirmingAll(false)}
            />
          ) : (
            <>
              <p>Removes everything Backcheck keeps on this device: your answers, your checks, your coach and your country.</p>
              <button type="button" className="button button--warning" onClick={() => setConfirmingAll(true)}>
                Delete everything
              </button>
            </>
          )}
        </section>
      ) : null}
    </main>
  );
}
