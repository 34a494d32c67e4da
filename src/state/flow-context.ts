import { useMemo } from 'react';
import { recheckContext } from '../checks/recheck';
import { localDate } from '../dates/dates';
import type { FlowContext } from '../questions/questions';
import { now } from './clock';
import type { Saved } from './saved';
import { useBackcheck } from './store';

/** What the flow needs beyond the answers: a coach's sport, and a re-check in progress. */
export function flowContextOf({ coach, checks, recheck }: Pick<Saved, 'coach' | 'checks' | 'recheck'>): FlowContext {
  return { coachActivity: coach?.activity, recheck: recheckContext(checks, recheck, localDate(now())) };
}

export function useFlowContext(): FlowContext {
  const coach = useBackcheck((state) => state.coach);
  const checks = useBackcheck((state) => state.checks);
  const recheck = useBackcheck((state) => state.recheck);
  return useMemo(() => flowContextOf({ coach, checks, recheck }), [coach, checks, recheck]);
}
