import { daysBetween, type IsoDate } from '../dates/dates';
import { questions, type Choices } from './questions';

/*
 * Answers left half-way on an earlier day are not sent as they were: the pain has moved on. As a
 * re-check does, the warning signs and how it is now (how it feels, how bad, where it spreads,
 * rest, whether it is getting better) are asked again, the days since it started are worked out
 * from the day the answers were begun, and the rest (where, which training, how it started) is
 * carried over.
 */

/** Answers begun on `started`, brought up to `today`. */
export function resumeOnLaterDay(choices: Choices, started: IsoDate, today: IsoDate): Choices {
  const elapsed = Math.max(0, daysBetween(started, today));
  if (elapsed === 0) return choices;
  const resumed: Choices = {};
  for (const question of questions) {
    const choice = choices[question.id];
    if (choice === undefined || question.recheck !== 'carried') continue;
    if (question.field === 'daysSince') {
      const days = Number(choice);
      if (typeof choice === 'string' && choice !== '' && Number.isInteger(days)) {
        const max = question.kind === 'number' ? question.max : Infinity;
        resumed[question.id] = String(Math.min(max, days + elapsed));
      }
      continue;
    }
    resumed[question.id] = choice;
  }
  return resumed;
}
