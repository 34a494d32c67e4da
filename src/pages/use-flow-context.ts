import { useBackcheck } from '../app/store';
import type { FlowContext } from '../questionnaire/questions';

export function useFlowContext(): FlowContext {
  const coachActivity = useBackcheck((state) => state.coach?.activity);
  return { coachActivity };
}
