/*
 * The rules module's public face, as the triage contract fixes it. Pure: it imports
 * nothing but zod, and knows no React, DOM, storage or clock.
 */
export { answersSchema, type Answers } from './answers';
export { triage, triageWarningSigns, type Triage, type Reason, type TriageOptions } from './triage';
export { rules, mixedPicture, SEVERE, type Level, type Urgency, type Rule, type RuleDescription } from './rules';
export { RULES_VERSION, RULES_CHANGES, RULES_DATE } from './rules-version';
export { SOURCES, type Source, type SourceKey } from './sources';
