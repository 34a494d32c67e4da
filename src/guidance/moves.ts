import { guidance, type GuidanceText } from '../i18n/en/guidance';

/*
 * The named moves, each with the one or two lines a person needs to do it, written once so that
 * every page that names a move says how to do it the same way (docs/clinical-basis.md, "One
 * voice on every page"). Plain words first: a gym word, where it helps, follows in brackets.
 */

/** An exercise, with the one or two lines a person needs to do it. */
export interface Exercise {
  name: string;
  how: string;
}

/** The named moves, in the reader's words. */
export function moves(text: GuidanceText = guidance) {
  const { catCow, figure4, lyingTwist, thighStretch, hipStretch } = text.moves;
  return {
    catCow: { name: catCow.name, how: catCow.how },
    figure4: { name: figure4.name, how: figure4.how },
    lyingTwist: { name: lyingTwist.name, how: lyingTwist.how },
    /** The twist waits until the sharp pain has gone, after a strain (seed 001: no twisting in the first days). */
    lyingTwistLater: { name: lyingTwist.nameOnceSharpPainGone, how: lyingTwist.how },
    thighStretch: { name: thighStretch.name, how: thighStretch.how },
    hipStretch: { name: hipStretch.name, how: hipStretch.how },
  } satisfies Record<string, Exercise>;
}

/** Gentle mobility once a strain lets everyday movement feel comfortable: stage 2 of the ladder. */
export function stage2Mobility(text: GuidanceText = guidance): readonly Exercise[] {
  const { catCow, figure4, lyingTwistLater } = moves(text);
  return [catCow, figure4, lyingTwistLater];
}
