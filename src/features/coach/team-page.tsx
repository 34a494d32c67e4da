import { useState } from 'react';
import { Confirm } from '../../components/confirm';
import { useTitle } from '../../components/use-title';
import { now } from '../../state/clock';
import { forgetTeam, forgetTeamEntry } from '../../state/keep';
import { useBackcheck } from '../../state/store';
import { resultWords, whenItBegan } from '../../checks/recheck';
import { describeDate, localDate, type IsoDate } from '../../dates/dates';

import { teamCards, type TeamCard, type TeamResult } from '../../team/team-groups';
import { PainChart } from '../check-ins/pain-chart';

const urgencyOf = (result: TeamResult['result']) => (result.level === 'doctor' ? result.urgency : undefined);

/** What one result said, and when the pain began, counted from the day of the answers. */
function Summary({ one, today }: { one: TeamResult; today: IsoDate }) {
  return (
    <p>
      {`Result: ${resultWords({ level: one.result.level, urgency: urgencyOf(one.result) })}. Pain ${one.answers.severity} out of 10. `}
      {`It began ${whenItBegan(one.answers.daysSince, one.on, today)}. Kept ${describeDate(one.entry.kept, today)}.`}
    </p>
  );
}

/** Seeing and deleting one result, named by who and when, so two results never share a name. */
function EntryActions({ one }: { one: TeamResult }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p>
        <a href={`#/result?${one.entry.query}`}>
          <span aria-hidden="true">See the result</span>
          <span className="visually-hidden">{`See ${one.label}`}</span>
        </a>
      </p>
      {confirming ? (
        <Confirm
          question={`Delete ${one.label} from your list?`}
          yes="Yes, delete it"
          onYes={() => forgetTeamEntry(one.entry.id)}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <p>
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            <span aria-hidden="true">Delete from the list</span>
            <span className="visually-hidden">{`Delete ${one.label} from the list`}</span>
          </button>
        </p>
      )}
    </>
  );
}

const dateOf = (one: TeamResult, today: IsoDate) => (one.on ? describeDate(one.on, today) : 'Date not known');

function Trainee({ card, today }: { card: Extract<TeamCard, { kind: 'trainee' }>; today: IsoDate }) {
  const [latest] = card.results;
  const dated = card.results.flatMap((one) => (one.on ? [{ date: one.on, severity: one.answers.severity }] : [])).reverse();
  if (!latest) return null;
  return (
    <li className="trainee">
      <h2>{card.name}</h2>
      <p
        className={`latest latest--${urgencyOf(latest.result) ?? latest.result.level}`}
        data-level={latest.result.level}
        data-urgency={urgencyOf(latest.result)}
      >
        <strong>{`Latest result: ${resultWords({ level: latest.result.level, urgency: urgencyOf(latest.result) })}`}</strong>
        {latest.on ? `, from ${describeDate(latest.on, today)}.` : ', from a date not known.'}
      </p>
      {dated.length > 1 ? <PainChart points={dated} today={today} title={`${card.name}’s pain out of 10, result by result`} each="result" /> : null}
      <ol className="check-list" reversed>
        {card.results.map((one) => (
          <li key={one.entry.id} className="check" data-team-entry>
            <h3>{dateOf(one, today)}</h3>
            <Summary one={one} today={today} />
            <EntryActions one={one} />
          </li>
        ))}
      </ol>
    </li>
  );
}

function Unnamed({ one, today }: { one: TeamResult; today: IsoDate }) {
  return (
    <li className="trainee" data-team-entry>
      <h2>{`A trainee, ${one.on ? describeDate(one.on, today) : 'date not known'}`}</h2>
      <p>Sent without a name, so it is listed on its own.</p>
      <Summary one={one} today={today} />
      <EntryActions one={one} />
    </li>
  );
}

/** "Your trainees' results": what trainees sent, kept on the coach's device, each trainee's together, newest first. */
export function TeamPage() {
  useTitle('Your trainees’ results');
  const team = useBackcheck((state) => state.team);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const today = localDate(now());
  const cards = teamCards(team, today);

  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>Your trainees’ results</h1>
      <p>Kept on this device only. Nothing is sent anywhere: each result came in a link a trainee chose to send you, and stays here until you delete it.</p>
      {team.length === 0 ? (
        <p>
          No results kept yet. When a trainee sends you their result, open the link and choose “Keep in my trainees’ list”.{' '}
          <a href="#/coach">Make a link for your trainees</a>
        </p>
      ) : (
        <>
          <p>Newest first. Results sent without a name are listed one by one, as Backcheck cannot tell whose they are.</p>
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
              question="Delete every result from your trainees’ list on this device?"
              yes="Yes, delete them all"
              onYes={() => {
                forgetTeam();
                setConfirmingAll(false);
              }}
              onNo={() => setConfirmingAll(false)}
            />
          ) : (
            <button type="button" className="button button--warning" onClick={() => setConfirmingAll(true)}>
              Delete all
            </button>
          )}
        </>
      )}
    </main>
  );
}
