import type { LadderPlace } from '../../checks/ladder';

/** Where the person stands on the return-to-training ladder, and what moves them on. */
export function LadderStep({ place }: { place: LadderPlace }) {
  if (!place.on) return <p>{place.why}</p>;
  const { stage } = place;
  return (
    <div className="ladder" data-ladder-stage={stage.number}>
      <p>
        <strong>{`Stage ${stage.number} of 5: ${stage.name}.`}</strong> {place.why}
      </p>
      <p>{stage.what}</p>
      {stage.moveOnWhen ? <p>{`Move on to stage ${stage.number + 1} when: ${stage.moveOnWhen.charAt(0).toLowerCase()}${stage.moveOnWhen.slice(1)}`}</p> : null}
      <p>Stop a session if you get a sharp pain. If the sharp pain comes back, or the next morning is worse, go back one stage.</p>
    </div>
  );
}
