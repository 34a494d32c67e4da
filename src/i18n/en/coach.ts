/* What a person reads on ... in English, the reference for every translation (catalog.ts). */
export const coach = {};

export type CoachText = typeof coach;
