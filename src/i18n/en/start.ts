/* What a person reads on ... in English, the reference for every translation (catalog.ts). */
export const start = {};

export type StartText = typeof start;
