import { useEffect, useRef, useState, type ChangeEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { Confirm } from '../../components/confirm';
import { download } from '../../components/download';
import { useTitle } from '../../components/use-title';
import { now } from '../../state/clock';
import { addChecks, deleteEverything, forgetCheck } from '../../state/keep';
import { useText } from '../../state/language';
import { useBackcheck } from '../../state/store';
import { isFullCheck, type Check } from '../../checks/check';
import { exportFile, fileTooBig, MAX_FILE_BYTES, readExportFile, whyLeftOut } from '../../checks/check-schema';
import { ladderPlaces, type LadderPlace } from '../../checks/ladder';
import { lastFullCheck, resultWords, startDateOf } from '../../checks/recheck';
import { daysBetween, describeDate, localDate, type IsoDate } from '../../dates/dates';
import { checks as checksText, type ChecksText } from '../../i18n/en/checks';
import { dates, type DatesText } from '../../i18n/en/dates';
import { guidance } from '../../i18n/en/guidance';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import { resultFragment } from '../../share-link/result-link';
import { checkAgain } from './check-again';
import { KeepingNotice } from './keeping-notice';
import { LadderStep } from './ladder-step';
import { PainChart } from './pain-chart';
import { RemindMe } from './remind-me';

function sinceStart(started: IsoDate, today: IsoDate, t: ChecksText, words: DatesText) {
  const days = daysBetween(started, today);
  return days <= 0 ? t.painStartedToday : t.painStartedDaysAgo(days, describeDate(started, today, words));
}

/**
 * The newest checks show first, and older ones a page at a time: drawing years of daily checks at
 * once took seconds on a phone before the page could show at all.
 */
const CHECKS_A_PAGE = 20;

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
  const t = useText('checks', checksText);
  const words = useText('dates', dates);
  const [confirming, setConfirming] = useState(false);
  const when = describeDate(check.date, today, words);
  const pain = isFullCheck(check) ? check.answers.severity : undefined;
  const painBefore = before && isFullCheck(before) ? before.answers.severity : undefined;
  return (
    <li className="check" data-check-date={check.date} data-check-level={check.level} data-check-urgency={check.urgency}>
      <h3 tabIndex={-1} ref={headingRef}>
        {when}
      </h3>
      <p>
        {t.checkResult(resultWords(check, t))} {pain === undefined ? t.warningSignsOnly : t.painOutOf10(pain)}
        {pain !== undefined && painBefore !== undefined
          ? ` ${pain === painBefore ? t.sameAsCheckBefore : pain < painBefore ? t.downFrom(painBefore) : t.upFrom(painBefore)}`
          : ''}
      </p>
      {place?.on ? <p>{t.onStage(place.stage.number, place.stage.name)}</p> : null}
      <p className="no-print">
        {isFullCheck(check) ? (
          <a href={resultFragment(check.answers, check.unsure, { on: check.date })}>
            <span aria-hidden="true">{t.seeThisResult}</span>
            <span className="visually-hidden">{t.seeResultOf(when)}</span>
          </a>
        ) : null}
      </p>
      {confirming ? (
        <Confirm question={t.deleteCheckQuestion(when)} yes={t.yesDeleteIt} onYes={() => forgetCheck(check.id)} onNo={() => setConfirming(false)} />
      ) : (
        <p className="no-print">
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            <span aria-hidden="true">{t.deleteThisCheck}</span>
            <span className="visually-hidden">{t.deleteCheckOf(when)}</span>
          </button>
        </p>
      )}
    </li>
  );
}

/** "Your checks": every check kept on this device, how it is going, and what to do next. */
export function ChecksPage() {
  const stageText = useText('guidance', guidance);
  const t = useText('checks', checksText);
  const words = useText('dates', dates);
  useTitle(t.yourChecks);
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

  const places = ladderPlaces(checks, t, stageText);
  const latest = lastFullCheck(checks);
  const bout = latest ? checks.filter((check) => isFullCheck(check) && startDateOf(check) === startDateOf(latest)) : [];
  const place = places.at(-1);

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Refused before it is read: a file far too big would stall the page just being read.
    const read = file.size > MAX_FILE_BYTES ? { ok: false as const, problem: fileTooBig(t) } : readExportFile(await file.text(), localDate(now()), t);
    if (!read.ok) {
      setStatus(null);
      setProblem(read.problem);
      return;
    }
    const added = addChecks(read.checks);
    setProblem(null);
    setStatus(t.addedFromFile(added, read.leftOut ? whyLeftOut(read.leftOut, t.inTheFile, t) : undefined));
  };

  return (
    <main id="main" className="main checks-page">
      <h1 tabIndex={-1}>{t.yourChecks}</h1>
      <p role="status" className="share__status">
        {status}
      </p>
      {checks.length === 0 ? (
        <>
          <p>{t.noChecksYet}</p>
          <a className="button" href={`#/q/${FIRST_PAGE_ID}`}>
            {t.startNow}
          </a>
        </>
      ) : (
        <>
          <p>{t.keptOnDevice}</p>
          <KeepingNotice />
          {latest ? <p>{sinceStart(startDateOf(latest), today, t, words)}</p> : null}
          <div className="button-group no-print">
            <button type="button" className="button" onClick={() => checkAgain(checks)}>
              {t.checkAgain}
            </button>
            <RemindMe />
          </div>

          {place ? (
            <section aria-labelledby="back-to-training">
              <h2 id="back-to-training">{t.backToTraining}</h2>
              <LadderStep place={place} />
            </section>
          ) : null}

          {bout.length > 0 ? (
            <section aria-labelledby="pain-over-days">
              <h2 id="pain-over-days">{t.painOverDays}</h2>
              <PainChart points={bout.flatMap((check) => (isFullCheck(check) ? [{ date: check.date, severity: check.answers.severity }] : []))} today={today} />
            </section>
          ) : null}

          <section aria-labelledby="every-check">
            <h2 id="every-check">{t.everyCheck}</h2>
            {checks.length > shown ? <p>{t.showingNewest(checks.length, shown)}</p> : null}
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
                {t.showOlder(Math.min(CHECKS_A_PAGE, checks.length - shown))}
              </button>
            ) : null}
          </section>

          <section aria-labelledby="take-to-physio" className="no-print">
            <h2 id="take-to-physio">{t.takeToPhysio}</h2>
            <p>{t.printOrSave}</p>
            <div className="button-group">
              <button type="button" className="button button--secondary" onClick={() => window.print()}>
                {t.printChecks}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => download(`backcheck-checks-${today}.json`, exportFile(checks, now()), 'application/json')}
              >
                {t.saveAsFile}
              </button>
            </div>
          </section>
        </>
      )}

      <section aria-labelledby="load-checks" className="no-print">
        <h2 id="load-checks">{t.loadFromFile}</h2>
        <div className={`form-group${problem ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="load-file">
            {t.fileLabel}
          </label>
          {problem ? (
            <p id="load-file-error" className="error-message">
              <span className="visually-hidden">{t.errorPrefix}</span> {problem}
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
          <h2 id="delete-everything">{t.deleteEverything}</h2>
          {confirmingAll ? (
            <Confirm
              question={t.deleteEverythingQuestion}
              yes={t.yesDeleteEverything}
              onYes={() => {
                deleteEverything();
                setConfirmingAll(false);
                setStatus(t.everythingDeleted);
              }}
              onNo={() => setConfirmingAll(false)}
            />
          ) : (
            <>
              <p>{t.deleteEverythingWhat}</p>
              <button type="button" className="button button--warning" onClick={() => setConfirmingAll(true)}>
                {t.deleteEverything}
              </button>
            </>
          )}
        </section>
      ) : null}
    </main>
  );
}
