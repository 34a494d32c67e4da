/* What a person reads on ... in English, the reference for every translation (catalog.ts). */
export const questionnaire = {};

export type QuestionnaireText = typeof questionnaire;
