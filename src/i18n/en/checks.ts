/* What a person reads on ... in English, the reference for every translation (catalog.ts). */
export const checks = {};

export type ChecksText = typeof checks;
