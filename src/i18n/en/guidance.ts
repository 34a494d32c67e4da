/* What a person reads on ... in English, the reference for every translation (catalog.ts). */
export const guidance = {};

export type GuidanceText = typeof guidance;
