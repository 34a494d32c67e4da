/*
 * The rules module's public face, as the triage contract fixes it. Pure: it imports
 * nothing but zod, and knows no React, DOM, storage or clock.
 */
export { answersSchema, type Answers } from './answers';
export { triage, triageWarningSigns, type Triage, type Reason } from './triage';
export type { Level, Urgency } from './rules';
