/* What a person reads on ... in English, the reference for every translation (catalog.ts). */
export const rulesPage = {};

export type RulesPageText = typeof rulesPage;
