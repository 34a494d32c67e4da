import { useState } from 'react';
import { keepForTeam } from '../../state/keep';
import { useBackcheck } from '../../state/store';

/** "Keep in my trainees' list": the result, kept on the coach's device and nowhere else. */
export function KeepForTeam({ query, name }: { query: string; name?: string | undefined }) {
  const team = useBackcheck((state) => state.team);
  const [status, setStatus] = useState('');
  const kept = team.find((entry) => entry.query === query);
  return (
    <div className="no-print">
      {kept ? (
        <p>
          {`Kept in your trainees’ list on this device. `}
          <a href="#/team">Your trainees’ list</a>
        </p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setStatus(
              keepForTeam(query)
                ? `${name ?? 'This result'} is kept in your trainees’ list, on this device only.`
                : 'This result could not be kept: this device is not letting Backcheck save.',
            )
          }
        >
          Keep in my trainees’ list
        </button>
      )}
      <p role="status" className="share__status">
        {status}
      </p>
    </div>
  );
}
