import { useState } from 'react';
import { Confirm } from '../../components/confirm';
import { useTitle } from '../../components/use-title';
import { now } from '../../state/clock';
import { forgetTeam, forgetTeamEntry } from '../../state/keep';
import { useBackcheck } from '../../state/store';
import { resultWords, whenItBegan } from '../../checks/recheck';
import { describeDate, localDate } from '../../dates/dates';
import { readResultQuery } from '../../share-link/result-link';
import type { TeamEntry } from '../../team/team-entry';
import { triage } from '../../triage';

function Entry({ entry, today }: { entry: TeamEntry; today: string }) {
  const [confirming, setConfirming] = useState(false);
  const read = readResultQuery(entry.query, today);
  if (!read.ok) return null;
  const result = triage(read.answers, { unsure: read.unsure });
  const who = read.from ?? 'A trainee';
  return (
    <li className="check" data-team-entry>
      <h3>{who}</h3>
      <p>
        {`Kept ${describeDate(entry.kept, today)}. Result: ${resultWords({ level: result.level, urgency: result.level === 'doctor' ? result.urgency : undefined })}. `}
        {`It began ${whenItBegan(read.answers.daysSince, read.on, today)}.`}
      </p>
      <p>
        <a href={`#/result?${entry.query}`}>
          <span aria-hidden="true">See the result</span>
          <span className="visually-hidden">{`See ${who}’s result of ${describeDate(entry.kept, today)}`}</span>
        </a>
      </p>
      {confirming ? (
        <Confirm
          question={`Delete ${who}’s result from your list?`}
          yes="Yes, delete it"
          onYes={() => forgetTeamEntry(entry.id)}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <p>
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            <span aria-hidden="true">Delete from the list</span>
            <span className="visually-hidden">{`Delete ${who}’s result of ${describeDate(entry.kept, today)} from the list`}</span>
          </button>
        </p>
      )}
    </li>
  );
}

/** "Your trainees' results": what trainees sent, kept on the coach's device, newest first. */
export function TeamPage() {
  useTitle('Your trainees’ results');
  const team = useBackcheck((state) => state.team);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const today = localDate(now());

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
          <h2>Kept results, newest first</h2>
          <ol className="check-list" reversed>
            {[...team].reverse().map((entry) => (
              <Entry key={entry.id} entry={entry} today={today} />
            ))}
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
