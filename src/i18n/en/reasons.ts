/* What a person reads on ... in English, the reference for every translation (catalog.ts). */
export const reasons = {};

export type ReasonsText = typeof reasons;
