import { useMemo } from 'react';
import { useBackcheck } from '../app/store';
import { now } from '../app/clock';
import { localDate } from '../check-ins/dates';
import { recheckContext } from '../check-ins/recheck';
import type { FlowContext } from '../questionnaire/questions';

/** What the flow needs beyond the answers: a coach's sport, and a re-check in progress. */
export function flowContextOf({ coach, checks, recheck }: Pick<ReturnType<typeof useBackcheck.getState>, 'coach' | 'checks' | 'recheck'>): FlowContext {
  return { coachActivity: coach?.activity, recheck: recheckContext(checks, recheck, localDate(now())) };
}

export function useFlowContext(): FlowContext {
  const coach = useBackcheck((state) => state.coach);
  const checks = useBackcheck((state) => state.checks);
  const recheck = useBackcheck((state) => state.recheck);
  return useMemo(() => flowContextOf({ coach, checks, recheck }), [coach, checks, recheck]);
}
