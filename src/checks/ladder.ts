import type { Answers } from '../triage';
import { isFullCheck, type Check } from './check';
import { addDays, daysBetween } from '../dates/dates';
import { SHARP_FREE_DAYS, STAGES, type Stage } from '../guidance/stages';

export { STAGES, stageLines, stopLine, type Stage } from '../guidance/stages';

/*
 * Back to training, stage by stage (docs/clinical-basis.md, "Return to training"), for a
 * strain and for soreness that lingers. A person moves up at most one stage a day, and only
 * when a check meets the stage's bar; sharp pain, or pain worse than before, drops them back
 * one. Any doctor result takes them off the ladder until a clinician says otherwise. Pure:
 * the stage is worked out from the checks, never stored.
 */

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

export type LadderPlace = { on: true; stage: Stage; change: 'start' | 'up' | 'same' | 'down'; why: string } | { on: false; why: string };

const SHARP: readonly Answers['character'][] = ['sharp', 'shooting', 'burning'];

/** Where a check meets the bar of a stage, in the person's own answers. */
const meetsBar = (stage: Stage['number'], answers: Answers) =>
  stage === 1
    ? answers.severity <= 3 && answers.rest !== 'no-relief'
    : answers.severity <= 2 && !SHARP.includes(answers.character) && answers.trend !== 'worse';

const stageOf = (number: number) => STAGES[Math.min(5, Math.max(1, number)) - 1] as Stage;

/** Where the first check of a stretch on the ladder puts the person. */
function startingStage(answers: Answers, level: Check['level']): Stage {
  if (level === 'strain') return stageOf(answers.severity <= 3 && answers.rest === 'eases' ? 2 : 1);
  // Soreness: keep moving, so at least the second stage; light training once it has mostly gone.
  return stageOf(answers.severity <= 2 ? 3 : 2);
}

/**
 * The place on the ladder after each check, oldest first. Checks are in the order they were
 * made; an emergency stop or any doctor result takes the person off.
 */
export function ladderPlaces(checks: readonly Check[]): LadderPlace[] {
  const places: LadderPlace[] = [];
  let current: { stage: Stage; since: string } | undefined;
  let bout: string | undefined;
  // The day since when no check has had sharp pain: stage 2 asks for 2 such days.
  let sharpFreeSince: string | undefined;
  for (const check of checks) {
    // A check of pain that started on another day is a new bout, and starts the ladder afresh.
    const started = isFullCheck(check) ? addDays(check.date, -check.answers.daysSince) : bout;
    if (started !== bout) {
      current = undefined;
      sharpFreeSince = started;
    }
    bout = started;
    if (check.level === 'doctor' || !isFullCheck(check)) {
      current = undefined;
      places.push({ on: false, why: 'A doctor result takes you off the ladder until a doctor or physiotherapist says you can go back to it.' });
      continue;
    }
    const { answers } = check;
    if (SHARP.includes(answers.character)) sharpFreeSince = check.date;
    const sharpFree = sharpFreeSince === undefined || daysBetween(sharpFreeSince, check.date) >= SHARP_FREE_DAYS;
    if (!current) {
      const stage = startingStage(answers, check.level);
      current = { stage, since: check.date };
      places.push({ on: true, stage, change: 'start', why: `You start at stage ${stage.number}: ${stage.name.toLowerCase()}.` });
      continue;
    }
    const number = current.stage.number;
    // Stage 2's bar is also 2 days without sharp pain (docs/clinical-basis.md, "Return to training").
    const met = meetsBar(number, answers) && (number !== 2 || sharpFree);
    if (SHARP.includes(answers.character) && number > 1) {
      current = { stage: stageOf(number - 1), since: check.date };
      places.push({ on: true, stage: current.stage, change: 'down', why: 'The pain is sharp again, so you go back one stage.' });
    } else if (answers.trend === 'worse' && number > 1) {
      current = { stage: stageOf(number - 1), since: check.date };
      places.push({ on: true, stage: current.stage, change: 'down', why: 'The pain is worse than before, so you go back one stage.' });
    } else if (number < 5 && met && daysBetween(current.since, check.date) >= 1) {
      current = { stage: stageOf(number + 1), since: check.date };
      places.push({ on: true, stage: current.stage, change: 'up', why: `You met the bar for stage ${number}, so you can move up one stage.` });
    } else {
      const reason =
        number === 5
          ? 'You are back to full training.'
          : met
            ? 'You meet the bar, but move up at most one stage a day: check again tomorrow.'
            : meetsBar(number, answers)
              ? `You meet the rest of the bar, but move on only after ${SHARP_FREE_DAYS} days without sharp pain: check again tomorrow.`
              : `Stay at this stage until ${lowerFirst(current.stage.moveOnWhen ?? '')}`;
      places.push({ on: true, stage: current.stage, change: 'same', why: reason });
    }
  }
  return places;
}
