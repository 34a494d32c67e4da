import { isFullCheck } from '../../checks/check';
import { describeDate, localDate } from '../../dates/dates';
import { stepFragment } from '../../navigation/fragments';
import { navigate } from '../../navigation/navigate';
import { firstOpenStep } from '../../questions/flow';
import { resumeOnLaterDay } from '../../questions/resume';
import { resultFragment } from '../../share-link/result-link';
import { flowContextOf } from '../../state/flow-context';
import { checkAgain } from '../check-ins/check-again';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import type { Coach } from '../../share-link/coach-link';
import { now } from '../../state/clock';
import { resumeAnswers } from '../../state/keep';
import { rememberCoach, startAgain, useBackcheck } from '../../state/store';

/*
 * The start page's way back in, for someone with answers or checks saved. It loads only where
 * something is saved (main.tsx fetches it beside the saved data), so a first visit never does.
 * A result seen and not changed since ends that questionnaire: its answers are never sent again.
 */
export function SavedProgress({ shownCoach }: { shownCoach: Coach | undefined }) {
  const choices = useBackcheck((state) => state.choices);
  const checks = useBackcheck((state) => state.checks);
  const progress = useBackcheck((state) => state.progress);
  const today = localDate(now());
  const hasProgress = Object.keys(choices).length > 0;
  const finished = progress?.kept && !progress.edited ? checks.find((check) => check.id === progress.kept) : undefined;
  const begunEarlier = hasProgress && !finished && progress !== null && progress.started < today;

  const continueWhereLeft = () => {
    if (begunEarlier && progress) resumeAnswers(resumeOnLaterDay(choices, progress.started, today));
    const state = useBackcheck.getState();
    navigate(stepFragment(firstOpenStep(state.choices, flowContextOf(state))));
  };
  const seeResult = () => {
    if (finished) navigate(isFullCheck(finished) ? resultFragment(finished.answers, finished.unsure, { on: finished.date }) : '#/emergency');
  };
  const startAboutNewProblem = () => {
    startAgain(shownCoach);
    navigate(`#/q/${FIRST_PAGE_ID}`);
  };

  return (
    <>
      {finished ? (
        <>
          <p>{finished.date === today ? 'You have a result from today.' : `Your last check was on ${describeDate(finished.date, today)}.`}</p>
          <div className="button-group">
            {finished.date === today ? (
              <button type="button" className="button" onClick={seeResult}>
                See your result
              </button>
            ) : null}
            <button type="button" className={finished.date === today ? 'button button--secondary' : 'button'} onClick={() => checkAgain(checks)}>
              Check again
            </button>
            <button type="button" className="button button--secondary" onClick={startAboutNewProblem}>
              Start about a new problem
            </button>
          </div>
        </>
      ) : hasProgress ? (
        <>
          <p>
            {begunEarlier && progress
              ? `You began answering on ${describeDate(progress.started, today)}. Backcheck will ask again how it is now, and work out the days since it started.`
              : 'You have answers saved on this device.'}
          </p>
          <div className="button-group">
            <button type="button" className="button" onClick={continueWhereLeft}>
              Continue where you left off
            </button>
            <button type="button" className="button button--secondary" onClick={startAboutNewProblem}>
              Start again
            </button>
          </div>
        </>
      ) : (
        <a className="button button--start" href={`#/q/${FIRST_PAGE_ID}`} data-start-link>
          Start now
        </a>
      )}
      {checks.length > 0 ? (
        <p>
          {`You have ${checks.length === 1 ? '1 check' : `${checks.length} checks`} kept on this device. `}
          <a href="#/checks">See your checks, or check again</a>
        </p>
      ) : null}
    </>
  );
}

/** A link from a different coach from the one remembered: asked, never swapped in silently. */
export function SwitchCoach({ from, to }: { from: Coach; to: Coach }) {
  return (
    <div className="notice" role="group" aria-labelledby="switch-coach">
      <p id="switch-coach">{`Switch from ${from.name} to ${to.name}?`}</p>
      <p>{`This link is from ${to.name}. Backcheck remembers one coach on this device, and offers to send your result to them.`}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => rememberCoach(to)}>
          {`Switch to ${to.name}`}
        </button>
        <button type="button" className="button button--secondary" onClick={() => navigate('#/', { replace: true })}>
          {`Keep ${from.name}`}
        </button>
      </div>
    </div>
  );
}
