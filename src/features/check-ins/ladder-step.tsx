import { stages, stageLines, type LadderPlace } from '../../checks/ladder';
import { checks } from '../../i18n/en/checks';
import { guidance } from '../../i18n/en/guidance';
import { useText } from '../../state/language';

/** Where the person stands on the return-to-training ladder, and what moves them on: each thing said once. */
export function LadderStep({ place }: { place: LadderPlace }) {
  const t = useText('checks', checks);
  const stageText = useText('guidance', guidance);
  if (!place.on) return <p>{place.why}</p>;
  const { stage } = place;
  const [what, ...after] = stageLines(stage, stageText);
  return (
    <div className="ladder" data-ladder-stage={stage.number}>
      <p>
        <strong>{t.stageOf(stage.number, stages(stageText).length, stage.name)}</strong> {place.why}
      </p>
      <p>{what}</p>
      {stage.moves ? (
        <ul className="list list--bullet">
          {stage.moves.map((move) => (
            <li key={move.name} className="exercise">
              <span className="exercise__name">{move.name}</span>
              <span className="exercise__how">{move.how}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {after.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
