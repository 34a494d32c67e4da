import { guidance, type GuidanceText } from '../i18n/en/guidance';
import { stage2Mobility, type Exercise } from './moves';

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
  /**
   * The bar for moving on, a sentence of its own; the last stage has none. A page that puts it inside
   * a sentence does so through its text's own function (`moveOnToStage`), which sets its case.
   */
  moveOnWhen?: string;
  /** Whether the stage has sessions to stop: the first is everyday life, not training. */
  sessions: boolean;
}

/** How long without sharp pain before moving on from stage 2 (docs/clinical-basis.md, "Return to training"). */
export const SHARP_FREE_DAYS = 2;

/** The stages, in the reader's words. */
export function stages(text: GuidanceText = guidance): readonly Stage[] {
  const words = text.stages;
  return [
    { number: 1, name: words[1].name, what: words[1].what, moveOnWhen: words[1].moveOnWhen, sessions: false },
    {
      number: 2,
      name: words[2].name,
      what: words[2].what,
      moves: stage2Mobility(text),
      moveOnWhen: words[2].moveOnWhen(SHARP_FREE_DAYS),
      sessions: true,
    },
    { number: 3, name: words[3].name, what: words[3].what, moveOnWhen: words[3].moveOnWhen, sessions: true },
    { number: 4, name: words[4].name, what: words[4].what, moveOnWhen: words[4].moveOnWhen, sessions: true },
    { number: 5, name: words[5].name, what: words[5].what, sessions: true },
  ];
}

/** The stages, in English. */
export const STAGES: readonly Stage[] = stages();

/** When to stop and drop back, said once: a stage with no sessions has none to stop. */
export const stopLine = (stage: Stage, text: GuidanceText = guidance) => (stage.sessions ? text.stopAndGoBack : undefined);

/** A stage's own text, in the order a page gives it, each thing once: what, how to move on, when to drop back. */
export const stageLines = (stage: Stage, text: GuidanceText = guidance): string[] => {
  const stop = stopLine(stage, text);
  return [stage.what, ...(stage.moveOnWhen ? [text.moveOnToStage(stage.number + 1, stage.moveOnWhen)] : []), ...(stop ? [stop] : [])];
};
