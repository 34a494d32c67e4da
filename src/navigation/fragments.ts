import type { Step } from '../questions/flow';

/* The addresses of the app's own pages, as fragments; result and coach links are in share-link/. */

export const questionFragment = (pageId: string, fromCheck = false) => `#/q/${pageId}${fromCheck ? '?from=check' : ''}`;

/** Where a step of the questionnaire lives. */
export const stepFragment = (step: Step, fromCheck = false) =>
  step.to === 'page' ? questionFragment(step.page.id, fromCheck) : step.to === 'emergency' ? '#/emergency' : '#/check';

/** A rule's entry on the rules page. */
export const ruleFragment = (id: string) => `#/rules?rule=${id}`;
