import { lastFullCheck } from '../../checks/recheck';
import type { Check } from '../../checks/check';
import { questionFragment } from '../../navigation/fragments';
import { navigate } from '../../navigation/navigate';
import { FIRST_PAGE_ID } from '../../questions/first-page-id';
import { startRecheck } from '../../state/keep';

/** Starts "Check again" from the last full check, or the questions afresh where there is none. */
export function checkAgain(checks: readonly Check[]) {
  const last = lastFullCheck(checks);
  if (last) startRecheck(last.id);
  navigate(questionFragment(FIRST_PAGE_ID));
}
