/* What a person reads on ... in English, the reference for every translation (catalog.ts). */
export const result = {};

export type ResultText = typeof result;
