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
import { useText } from '../../state/language';
import { dates } from '../../i18n/en/dates';
import { start } from '../../i18n/en/start';
import { savedProgress } from '../../i18n/en/saved-progress';

/*
 * The start page's way back in, for someone with answers or checks saved. It loads only where
 * something is saved (main.tsx fetches it beside the saved data), so a first visit never does.
 * A result seen and not changed since ends that questionnaire: its answers are never sent again.
 */
export function SavedProgress({ shownCoach }: { shownCoach: Coach | undefined }) {
  const t = { ...useText('start', start), ...useText('savedProgress', savedProgress) };
  const words = useText('dates', dates);
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
          <p>{finished.date === today ? t.resultToday : t.lastCheckOn(describeDate(finished.date, today, words))}</p>
          <div className="button-group">
            {finished.date === today ? (
              <button type="button" className="button" onClick={seeResult}>
                {t.seeResult}
              </button>
            ) : null}
            <button type="button" className={finished.date === today ? 'button button--secondary' : 'button'} onClick={() => checkAgain(checks)}>
              {t.checkAgain}
            </button>
            <button type="button" className="button button--secondary" onClick={startAboutNewProblem}>
              {t.startAboutNewProblem}
            </button>
          </div>
        </>
      ) : hasProgress ? (
        <>
          <p>{begunEarlier && progress ? t.begunOn(describeDate(progress.started, today, words)) : t.answersSaved}</p>
          <div className="button-group">
            <button type="button" className="button" onClick={continueWhereLeft}>
              {t.continueWhereLeft}
            </button>
            <button type="button" className="button button--secondary" onClick={startAboutNewProblem}>
              {t.startAgain}
            </button>
          </div>
        </>
      ) : (
        <a className="button button--start" href={`#/q/${FIRST_PAGE_ID}`} data-start-link>
          {t.startNow}
        </a>
      )}
      {checks.length > 0 ? (
        <p>
          {t.checksKept(checks.length)} <a href="#/checks">{t.seeChecks}</a>
        </p>
      ) : null}
    </>
  );
}

/** A link from a different coach from the one remembered: asked, never swapped in silently. */
export function SwitchCoach({ from, to }: { from: Coach; to: Coach }) {
  const t = { ...useText('start', start), ...useText('savedProgress', savedProgress) };
  return (
    <div className="notice" role="group" aria-labelledby="switch-coach">
      <p id="switch-coach">{t.switchCoachQuestion(from.name, to.name)}</p>
      <p>{t.switchCoachWhy(to.name)}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => rememberCoach(to)}>
          {t.switchTo(to.name)}
        </button>
        <button type="button" className="button button--secondary" onClick={() => navigate('#/', { replace: true })}>
          {t.keepCoach(from.name)}
        </button>
      </div>
    </div>
  );
}
