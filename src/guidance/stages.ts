import { STAGE_2_MOBILITY, type Exercise } from './moves';

/*
 * The stages back to training, in words (docs/clinical-basis.md, "Return to training"): one text
 * for the ladder (checks/ladder.ts), which works out a person's stage, and for the strain page,
 * which lists them, so the two always say the same.
 */

export interface Stage {
  number: 1 | 2 | 3 | 4 | 5;
  name: string;
  what: string;
  /** The named moves of the stage, each with how to do it. */
  moves?: readonly Exercise[];
  /** The bar for moving on; the last stage has none. */
  moveOnWhen?: string;
  /** Whether the stage has sessions to stop: the first is everyday life, not training. */
  sessions: boolean;
}

/** How long without sharp pain before moving on from stage 2 (docs/clinical-basis.md, "Return to training"). */
export const SHARP_FREE_DAYS = 2;

export const STAGES: readonly Stage[] = [
  {
    number: 1,
    name: 'Rest from the movement',
    what: 'Everyday activity and walking. No training of the movement that hurts.',
    moveOnWhen: 'Everyday movement is comfortable, and the pain is 3 out of 10 or less.',
    sessions: false,
  },
  {
    number: 2,
    name: 'Move',
    what: 'Walking, swimming or easy cycling, and gentle mobility.',
    moves: STAGE_2_MOBILITY,
    moveOnWhen: `You have had ${SHARP_FREE_DAYS} days without sharp pain, and the pain is 2 out of 10 or less during activity and the next morning.`,
    sessions: true,
  },
  {
    number: 3,
    name: 'Light training',
    what: 'Training without the movement that hurt, and the bodyweight strength exercises, easiest first.',
    moveOnWhen: 'There is no sharp pain, and the pain is 2 out of 10 or less during training and the next morning.',
    sessions: true,
  },
  {
    number: 4,
    name: 'A lighter session',
    what: 'Your usual session at about half the load or pace, with more reps and good technique.',
    moveOnWhen:
      'There is no sharp pain, the pain is 2 out of 10 or less during the session and the next morning, and that morning is no worse than the one before.',
    sessions: true,
  },
  { number: 5, name: 'Full training', what: 'Your usual session, building back up over a week or two.', sessions: true },
];

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** When to stop and drop back, said once: a stage with no sessions has none to stop. */
export const stopLine = (stage: Stage) =>
  stage.sessions ? 'If you get a sharp pain, stop that session and go back one stage. Go back one stage too if the next morning is worse.' : undefined;

/** A stage's own text, in the order a page gives it, each thing once: what, how to move on, when to drop back. */
export const stageLines = (stage: Stage): string[] => [
  stage.what,
  ...(stage.moveOnWhen ? [`Move on to stage ${stage.number + 1} when ${lowerFirst(stage.moveOnWhen)}`] : []),
  ...(stopLine(stage) ? [stopLine(stage) as string] : []),
];
