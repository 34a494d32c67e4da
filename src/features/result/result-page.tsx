import { useEffect } from 'react';
import { useTitle } from '../../components/use-title';
import { questionFragment } from '../../navigation/fragments';
import { navigate } from '../../navigation/navigate';
import { now } from '../../state/clock';
import { useFlowContext } from '../../state/flow-context';
import { keptCheckFor } from '../../state/keep';
import { useLanguage, useLanguageState, useText } from '../../state/language';
import { englishQuestionsText } from '../../questions/question-words';
import { questionnaire } from '../../i18n/en/questionnaire';
import { forgetCoach, startAgain, useBackcheck } from '../../state/store';
import { isFullCheck } from '../../checks/check';
import { ladderPlaces } from '../../checks/ladder';
import { whatChanged } from '../../checks/recheck';
import { describeDate, localDate } from '../../dates/dates';
import { checks as checksEnglish } from '../../i18n/en/checks';
import { dates } from '../../i18n/en/dates';
import { result as english } from '../../i18n/en/result';
import { sayReason } from '../../i18n/say-reason';
import { completeAnswers, unsureOf } from '../../questions/answers-from-choices';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import { NOT_SURE, pages } from '../../questions/questions';
import { summaryRows } from '../../questions/summary';
import { readResultQuery, resultFragment } from '../../share-link/result-link';
import { RULES_VERSION, triage } from '../../triage';
import { checkAgain } from '../check-ins/check-again';
import { LadderStep } from '../check-ins/ladder-step';
import { RemindMe } from '../check-ins/remind-me';
import { DamagedLink } from './damaged-link';
import { KeepForTeam } from './keep-for-team';
import { KeptLine } from './kept-line';
import { ResultView, type ResultOrigin } from './result-view';

/*
 * A result the person reached themselves is marked in the browser's history entry for it, so
 * that Back, after they change an answer, shows it as their own earlier result and not as
 * someone else's link. The mark lives and dies with the tab's history; nothing is stored.
 */
const OWN_RESULT = 'backcheckOwnResult';

/** Where the query starts in a result fragment, `#/result?…`. */
const RESULT_QUERY_START = '#/result?'.length;

const addressOf = (fragment: string) => `${window.location.origin}${window.location.pathname}${fragment}`;

const markedOwn = (fragment: string) => {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[OWN_RESULT] === fragment;
};

/** A result, from the answers in the link: the person's own, or someone else's they were sent. */
export function ResultPage({ query }: { query: string }) {
  const t = useText('result', english);
  const words = useText('dates', dates);
  const checksText = useText('checks', checksEnglish);
  const catalog = useLanguageState((state) => state.catalog);
  const summaryWords = { language: useLanguage(), questions: useText('questions', englishQuestionsText), text: useText('questionnaire', questionnaire) };
  const choices = useBackcheck((state) => state.choices);
  const coach = useBackcheck((state) => state.coach);
  const checks = useBackcheck((state) => state.checks);
  const recheck = useBackcheck((state) => state.recheck);
  const replaced = useBackcheck((state) => state.replaced);
  const context = useFlowContext();
  const today = localDate(now());
  const read = readResultQuery(query, today, t);
  const own = completeAnswers(choices, context);
  const result = read.ok ? triage(read.answers, { unsure: read.unsure }) : undefined;
  // The answers alone, without the date, the sender or whom it was sent to: what "the same
  // result" means when telling the person's own result from someone else's.
  const fragment = read.ok ? resultFragment(read.answers, read.unsure) : undefined;
  const isOwn = fragment !== undefined && own !== undefined && resultFragment(own, unsureOf(choices, context)) === fragment;

  useEffect(() => {
    if (isOwn && fragment !== undefined && !markedOwn(fragment)) history.replaceState({ ...(history.state as object | null), [OWN_RESULT]: fragment }, '');
  }, [isOwn, fragment]);

  useTitle(result ? (isOwn ? t.yourResult : t.aResult) : t.damagedTitle);
  if (!read.ok || !result || fragment === undefined) return <DamagedLink problems={read.ok ? [] : read.problems} hasSaved={Object.keys(choices).length > 0} />;

  // A dated link is the check of that day; the same answers on another day are another check.
  const kept = keptCheckFor(read.on ? checks.filter((check) => check.date === read.on) : checks, read.answers, read.unsure);
  const origin: ResultOrigin = isOwn ? 'own' : markedOwn(fragment) ? 'earlier' : kept ? 'kept' : 'link';
  const rows = isOwn
    ? summaryRows(read.answers, context, choices, read.unsure, summaryWords)
    : summaryRows(read.answers, {}, undefined, read.unsure, summaryWords);
  const answeredOn = read.on ?? kept?.date ?? (isOwn ? today : undefined);
  const linkFor = (details: { from?: string | undefined; to?: 'coach' } = {}) => resultFragment(read.answers, read.unsure, { on: answeredOn, ...details });
  const toCoach = origin === 'link' && read.to === 'coach';
  // A re-check says what changed since the check it follows.
  const followed = recheck ? checks.find((check) => check.id === recheck.from) : undefined;
  const mainReason = result.reasons[0];
  const changed =
    isOwn && followed && isFullCheck(followed)
      ? whatChanged(
          followed,
          read.answers,
          result,
          RULES_VERSION,
          today,
          checksText,
          words,
          mainReason && sayReason(mainReason, read.answers, read.unsure, catalog),
        )
      : [];
  const keptIndex = kept ? checks.indexOf(kept) : -1;
  const places = keptIndex >= 0 ? ladderPlaces(checks.slice(0, keptIndex + 1), checksText) : [];
  const place = places.at(-1);
  const showLadder = place !== undefined && (place.on || places.at(-2)?.on === true);
  // Each in the person's own words: the label of the option they chose ("Hard to say" where that was it).
  const notSure = pages.flatMap((page) =>
    page.questions
      .filter((question) => (read.unsure as readonly string[]).includes(question.field))
      .map((question) => {
        const shown = catalog?.questions[page.id]?.questions[question.id];
        const option = question.kind === 'radios' ? question.options.find((choice) => choice.value === NOT_SURE) : undefined;
        return {
          question: shown?.legend ?? question.legend,
          answer: (option ? (shown?.options?.[option.value]?.label ?? option.label) : undefined) ?? t.notSureAnswer,
        };
      }),
  );
  const rulesNote =
    read.rulesVersion < RULES_VERSION
      ? t.olderRules(read.rulesVersion, RULES_VERSION)
      : read.rulesVersion > RULES_VERSION
        ? t.newerRules(read.rulesVersion, RULES_VERSION)
        : undefined;

  return (
    <main id="main" className="main">
      {origin === 'link' ? (
        // Where a link came from and which rules made it, in one box and smaller type, so what to do now still shows on a phone's first screen.
        <div className={`notice notice--source${rulesNote ? '' : ' no-print'}`} role="note">
          <p className="no-print">
            {read.from ? t.linkFrom(read.from) : t.linkFromSomeone}
            <span>{` ${read.on ? t.answersGivenOn(describeDate(read.on, today, words)) : t.answersUndated}`}</span> <a href="#/">{t.answerForYourself}</a>
          </p>
          {rulesNote ? <p>{rulesNote}</p> : null}
        </div>
      ) : null}
      {origin === 'kept' && kept ? (
        <div className="notice no-print" role="note">
          <p>{t.keptNotice(describeDate(kept.date, today, words))}</p>
          <a className="button button--secondary" href="#/checks">
            {t.yourChecks}
          </a>
        </div>
      ) : null}
      {origin === 'earlier' ? (
        <div className="notice no-print" role="note">
          <p>{t.earlierNotice}</p>
          {own ? (
            <a className="button button--secondary" href={resultFragment(own, unsureOf(choices, context), { on: today })}>
              {t.seeLatest}
            </a>
          ) : null}
        </div>
      ) : null}
      <ResultView
        result={result}
        answers={read.answers}
        rows={rows}
        share={{ url: addressOf(linkFor()), urlForCoach: (from) => addressOf(linkFor({ from, to: 'coach' })) }}
        coachName={coach?.name}
        notSure={notSure}
        unsure={read.unsure}
        rulesNote={origin === 'link' ? undefined : rulesNote}
        origin={origin}
        from={read.from}
        reader={origin === 'link' ? { kind: toCoach ? 'coach' : 'helper', name: read.from } : undefined}
        keptOn={kept ? describeDate(kept.date, today, words) : undefined}
        answeredOn={answeredOn}
        onForgetCoach={forgetCoach}
        checkLine={isOwn ? <KeptLine kept={kept} today={today} replaced={kept !== undefined && kept.id === replaced} /> : undefined}
        afterFirstAction={
          changed.length > 0 ? (
            <section aria-labelledby="what-changed">
              <h2 id="what-changed">{t.whatChanged}</h2>
              <ul className="list list--bullet">
                {changed.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          ) : undefined
        }
        afterReasons={
          showLadder && place ? (
            <section aria-labelledby="back-to-training">
              <h2 id="back-to-training">{t.backToTraining}</h2>
              <LadderStep place={place} />
            </section>
          ) : undefined
        }
        moreActions={
          toCoach ? (
            <section aria-labelledby="keep-for-team">
              <h2 id="keep-for-team">{t.traineesList}</h2>
              <KeepForTeam query={linkFor({ from: read.from, to: 'coach' }).slice(RESULT_QUERY_START)} name={read.from} />
            </section>
          ) : isOwn || kept ? (
            <>
              <section aria-labelledby="keep-track">
                <h2 id="keep-track">{t.seeHowItGoes}</h2>
                <p>{t.checkAgainWhen}</p>
                <div className="button-group">
                  <button type="button" className="button button--secondary" onClick={() => checkAgain(checks)}>
                    {t.checkAgain}
                  </button>
                  <a className="button button--secondary" href="#/checks">
                    {t.yourChecks}
                  </a>
                  <RemindMe />
                </div>
              </section>
              {isOwn ? (
                <section aria-labelledby="change-answers">
                  <h2 id="change-answers">{t.changeSomething}</h2>
                  <div className="button-group">
                    {/* A result kept on an earlier day stands: what has changed since is a new check. */}
                    {kept && kept.date < today ? null : (
                      <a className="button button--secondary" href="#/check">
                        {t.changeAnswers}
                      </a>
                    )}
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        startAgain();
                        navigate(questionFragment(FIRST_PAGE_ID));
                      }}
                    >
                      {t.startAgain}
                    </button>
                  </div>
                </section>
              ) : null}
            </>
          ) : undefined
        }
      />
    </main>
  );
}
