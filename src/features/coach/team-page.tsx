import { useState } from 'react';
import { Confirm } from '../../components/confirm';
import { useTitle } from '../../components/use-title';
import { now } from '../../state/clock';
import { forgetTeam, forgetTeamEntry } from '../../state/keep';
import { useBackcheck } from '../../state/store';
import { resultWords, whenItBegan } from '../../checks/recheck';
import { describeDate, localDate, type IsoDate } from '../../dates/dates';
import { checks } from '../../i18n/en/checks';
import { coach } from '../../i18n/en/coach';
import { dates } from '../../i18n/en/dates';
import { useText } from '../../state/language';
import { teamCards, type TeamCard, type TeamResult } from '../../team/team-groups';
import { PainChart } from '../check-ins/pain-chart';

const urgencyOf = (result: TeamResult['result']) => (result.level === 'doctor' ? result.urgency : undefined);

/** What one result said, and when the pain began, counted from the day of the answers. */
function Summary({ one, today }: { one: TeamResult; today: IsoDate }) {
  const t = useText('coach', coach);
  const said = useText('checks', checks);
  const words = useText('dates', dates);
  return (
    <p>
      {t.summary(
        resultWords({ level: one.result.level, urgency: urgencyOf(one.result) }, said),
        one.answers.severity,
        whenItBegan(one.answers.daysSince, one.on, today, said, words),
        describeDate(one.entry.kept, today, words),
      )}
    </p>
  );
}

/** Seeing and deleting one result, named by who and when, so two results never share a name. */
function EntryActions({ one }: { one: TeamResult }) {
  const t = useText('coach', coach);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p>
        <a href={`#/result?${one.entry.query}`}>
          <span aria-hidden="true">{t.seeTheResult}</span>
          <span className="visually-hidden">{t.seeResult(one.label)}</span>
        </a>
      </p>
      {confirming ? (
        <Confirm question={t.deleteQuestion(one.label)} yes={t.yesDeleteIt} onYes={() => forgetTeamEntry(one.entry.id)} onNo={() => setConfirming(false)} />
      ) : (
        <p>
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            <span aria-hidden="true">{t.deleteFromTheList}</span>
            <span className="visually-hidden">{t.deleteResult(one.label)}</span>
          </button>
        </p>
      )}
    </>
  );
}

function Trainee({ card, today }: { card: Extract<TeamCard, { kind: 'trainee' }>; today: IsoDate }) {
  const t = useText('coach', coach);
  const said = useText('checks', checks);
  const words = useText('dates', dates);
  const [latest] = card.results;
  const dated = card.results.flatMap((one) => (one.on ? [{ date: one.on, severity: one.answers.severity }] : [])).reverse();
  if (!latest) return null;
  const latestWords = resultWords({ level: latest.result.level, urgency: urgencyOf(latest.result) }, said);
  return (
    <li className="trainee">
      <h2>{card.name}</h2>
      <p
        className={`latest latest--${urgencyOf(latest.result) ?? latest.result.level}`}
        data-level={latest.result.level}
        data-urgency={urgencyOf(latest.result)}
      >
        <strong>{latest.on ? t.latestResult(latestWords, describeDate(latest.on, today, words)) : t.latestResultUndated(latestWords)}</strong>
      </p>
      {dated.length > 1 ? <PainChart points={dated} today={today} title={t.painChartTitle(card.name)} each="result" /> : null}
      <ol className="check-list" reversed>
        {card.results.map((one) => (
          <li key={one.entry.id} className="check" data-team-entry>
            <h3>{one.on ? describeDate(one.on, today, words) : t.dateNotKnown}</h3>
            <Summary one={one} today={today} />
            <EntryActions one={one} />
          </li>
        ))}
      </ol>
    </li>
  );
}

function Unnamed({ one, today }: { one: TeamResult; today: IsoDate }) {
  const t = useText('coach', coach);
  const words = useText('dates', dates);
  return (
    <li className="trainee" data-team-entry>
      <h2>{one.on ? t.unnamedHeading(describeDate(one.on, today, words)) : t.unnamedHeadingUndated}</h2>
      <p>{t.sentWithoutName}</p>
      <Summary one={one} today={today} />
      <EntryActions one={one} />
    </li>
  );
}

/** "Your trainees' results": what trainees sent, kept on the coach's device, each trainee's together, newest first. */
export function TeamPage() {
  const t = useText('coach', coach);
  const words = useText('dates', dates);
  useTitle(t.teamTitle);
  const team = useBackcheck((state) => state.team);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const today = localDate(now());
  const cards = teamCards(team, today, t, words);

  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>{t.teamTitle}</h1>
      <p>{t.keptHere}</p>
      {team.length === 0 ? (
        <p>
          {t.noResultsYet} <a href="#/coach">{t.makeLinkTitle}</a>
        </p>
      ) : (
        <>
          <p>{t.newestFirst}</p>
          <ol className="trainee-list">
            {cards.map((card) =>
              card.kind === 'trainee' ? (
                <Trainee key={card.name} card={card} today={today} />
              ) : (
                <Unnamed key={card.result.entry.id} one={card.result} today={today} />
              ),
            )}
          </ol>
          {confirmingAll ? (
            <Confirm
              question={t.deleteAllQuestion}
              yes={t.yesDeleteAll}
              onYes={() => {
                forgetTeam();
                setConfirmingAll(false);
              }}
              onNo={() => setConfirmingAll(false)}
            />
          ) : (
            <button type="button" className="button button--warning" onClick={() => setConfirmingAll(true)}>
              {t.deleteAll}
            </button>
          )}
        </>
      )}
    </main>
  );
}
