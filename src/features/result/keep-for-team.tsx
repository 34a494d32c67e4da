import { useState } from 'react';
import { result } from '../../i18n/en/result';
import { useText } from '../../state/language';
import { keepForTeam } from '../../state/keep';
import { useBackcheck } from '../../state/store';

/** "Keep in my trainees' list": the result, kept on the coach's device and nowhere else. */
export function KeepForTeam({ query, name }: { query: string; name?: string | undefined }) {
  const t = useText('result', result);
  const team = useBackcheck((state) => state.team);
  // What happened, said in the language shown when it is drawn.
  const [status, setStatus] = useState<'kept' | 'refused' | null>(null);
  const kept = team.find((entry) => entry.query === query);
  return (
    <div className="no-print">
      {kept ? (
        <p>
          {`${t.keptForTeamLine} `}
          <a href="#/team">{t.traineesList}</a>
        </p>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setStatus(keepForTeam(query) ? 'kept' : 'refused')}>
          {t.keepForTeam}
        </button>
      )}
      <p role="status" className="share__status">
        {status === 'kept' ? (name === undefined ? t.keptForTeam : t.keptForTeamNamed(name)) : status === 'refused' ? t.couldNotKeepForTeam : null}
      </p>
    </div>
  );
}
