import type { Answers } from '../triage';
import { isFullCheck, type Check } from './check';
import { addDays, daysBetween } from '../dates/dates';
import { SHARP_FREE_DAYS, stages, type Stage } from '../guidance/stages';
import { guidance, type GuidanceText } from '../i18n/en/guidance';
import { checks as checksText, type ChecksText } from '../i18n/en/checks';

export { STAGES, stages, stageLines, stopLine, type Stage } from '../guidance/stages';

/*
 * Back to training, stage by stage (docs/clinical-basis.md, "Return to training"), for a
 * strain and for soreness that lingers. A person moves up at most one stage a day, and only
 * when a check meets the stage's bar; sharp pain, or pain worse than before, drops them back
 * one. Any doctor result takes them off the ladder until a clinician says otherwise. Pure:
 * the stage is worked out from the checks, never stored.
 */

export type LadderPlace = { on: true; stage: Stage; change: 'start' | 'up' | 'same' | 'down'; why: string } | { on: false; why: string };

const SHARP: readonly Answers['character'][] = ['sharp', 'shooting', 'burning'];

/** Where a check meets the bar of a stage, in the person's own answers. */
const meetsBar = (stage: Stage['number'], answers: Answers) =>
  stage === 1
    ? answers.severity <= 3 && answers.rest !== 'no-relief'
    : answers.severity <= 2 && !SHARP.includes(answers.character) && answers.trend !== 'worse';

const stageOf = (ladder: readonly Stage[], number: number) => ladder[Math.min(5, Math.max(1, number)) - 1] as Stage;

/** Where the first check of a stretch on the ladder puts the person. */
function startingStage(ladder: readonly Stage[], answers: Answers, level: Check['level']): Stage {
  if (level === 'strain') return stageOf(ladder, answers.severity <= 3 && answers.rest === 'eases' ? 2 : 1);
  // Soreness: keep moving, so at least the second stage; light training once it has mostly gone.
  return stageOf(ladder, answers.severity <= 2 ? 3 : 2);
}

/**
 * The place on the ladder after each check, oldest first. Checks are in the order they were
 * made; an emergency stop or any doctor result takes the person off. `text` says why, in the reader's language.
 */
export function ladderPlaces(checks: readonly Check[], text: ChecksText = checksText, stageText: GuidanceText = guidance): LadderPlace[] {
  const ladder = stages(stageText);
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
      places.push({ on: false, why: text.ladderOff });
      continue;
    }
    const { answers } = check;
    if (SHARP.includes(answers.character)) sharpFreeSince = check.date;
    const sharpFree = sharpFreeSince === undefined || daysBetween(sharpFreeSince, check.date) >= SHARP_FREE_DAYS;
    if (!current) {
      const stage = startingStage(ladder, answers, check.level);
      current = { stage, since: check.date };
      places.push({ on: true, stage, change: 'start', why: text.ladderStart(stage.number, stage.name) });
      continue;
    }
    const number = current.stage.number;
    // Stage 2's bar is also 2 days without sharp pain (docs/clinical-basis.md, "Return to training").
    const met = meetsBar(number, answers) && (number !== 2 || sharpFree);
    if (SHARP.includes(answers.character) && number > 1) {
      current = { stage: stageOf(ladder, number - 1), since: check.date };
      places.push({ on: true, stage: current.stage, change: 'down', why: text.ladderSharpAgain });
    } else if (answers.trend === 'worse' && number > 1) {
      current = { stage: stageOf(ladder, number - 1), since: check.date };
      places.push({ on: true, stage: current.stage, change: 'down', why: text.ladderWorse });
    } else if (number < 5 && met && daysBetween(current.since, check.date) >= 1) {
      current = { stage: stageOf(ladder, number + 1), since: check.date };
      places.push({ on: true, stage: current.stage, change: 'up', why: text.ladderUp(number) });
    } else {
      const reason =
        number === 5
          ? text.ladderTop
          : met
            ? text.ladderOneADay
            : meetsBar(number, answers)
              ? text.ladderSharpFree(SHARP_FREE_DAYS)
              : text.ladderStay(current.stage.moveOnWhen ?? '');
      places.push({ on: true, stage: current.stage, change: 'same', why: reason });
    }
  }
  return places;
}
