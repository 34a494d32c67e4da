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

export const CAT_COW: Exercise = {
  name: 'Cat-cow',
  how: 'On hands and knees, slowly round your back up, then let it sag gently down. Move within what is comfortable.',
};

export const FIGURE_4: Exercise = {
  name: 'Lying figure-4 stretch, for the muscles of your bottom (glutes), each side',
  how: 'Lie on your back, cross one ankle over the other knee, and pull the lower leg gently towards you until you feel a stretch in your bottom.',
};

const LYING_TWIST_HOW = 'Lie on your back, knees bent, and let them fall slowly to one side while your shoulders stay on the floor.';

export const LYING_TWIST: Exercise = { name: 'Lying twist, each side', how: LYING_TWIST_HOW };

/** The twist waits until the sharp pain has gone, after a strain (seed 001: no twisting in the first days). */
export const LYING_TWIST_LATER: Exercise = { name: 'Lying twist, each side, once the sharp pain has gone', how: LYING_TWIST_HOW };

export const THIGH_STRETCH: Exercise = {
  name: 'Stretch for the backs of your thighs (hamstrings), each side',
  how: 'Lie on your back and lift one straight leg, holding it behind the thigh, until you feel a gentle stretch. Hold for 3 slow breaths.',
};

export const HIP_STRETCH: Exercise = {
  name: 'Stretch for the fronts of your hips (hip flexors), each side',
  how: 'Kneel on one knee, the other foot in front. Keep your back upright and ease your hips forwards until you feel a stretch at the front of the hip.',
};

/** Gentle mobility once a strain lets everyday movement feel comfortable: stage 2 of the ladder. */
export const STAGE_2_MOBILITY: readonly Exercise[] = [CAT_COW, FIGURE_4, LYING_TWIST_LATER];
