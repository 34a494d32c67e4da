import { guidance, type GuidanceText } from '../i18n/en/guidance';
import type { Answers, Triage } from '../triage';
import { callAtOnce, emergencyDepartmentOnly, severeStrainWatch, sorenessCourse } from './one-voice';

/*
 * The result as someone helping the person reads it, from a link shared with anyone but a coach:
 * a friend, a parent, a partner. Short, and only how to help and when to call for help
 * (docs/clinical-basis.md, "For someone helping"); the coach's part is for "Send to my coach" links.
 * The urgency and the signs to call about are the person's own page's, from one-voice.ts.
 */

export interface HelperGuidance {
  heading: string;
  /** What it means, in one sentence. */
  lead: string;
  items: string[];
}

export function forAHelper(result: Triage, answers: Partial<Answers>, callNumber: string, name?: string, text: GuidanceText = guidance): HelperGuidance {
  const words = text.forAHelper;
  // The person by their first name, where the link gives it.
  const named = (line: { named: (name: string) => string; unnamed: string }) => (name === undefined ? line.unnamed : line.named(name));
  const heading = named(words.heading);
  const call = callAtOnce(callNumber, 'they', text);
  switch (result.level) {
    case 'soreness':
      return {
        heading,
        lead: words.sorenessLead,
        items: [words.keepGentlyActive, sorenessCourse(answers.daysSince, text).helper, call],
      };
    case 'strain': {
      const watch = severeStrainWatch(answers, 'they', text);
      return {
        heading,
        lead: words.strainLead,
        items: [...(watch ? [watch] : []), words.restFromTheMovement, words.answerAgain, call],
      };
    }
    case 'doctor':
      switch (result.urgency) {
        case 'soon':
          return { heading, lead: named(words.soonLead), items: [words.bookIt, call] };
        case 'today':
          return {
            heading,
            lead: named(words.todayLead),
            items: [words.helpSeenToday, words.doNotDrive, call],
          };
        case 'emergency':
          return emergencyDepartmentOnly(result)
            ? {
                heading,
                lead: named(words.departmentLead),
                items: [words.takeThemToDepartment(callNumber), words.someoneTakingThem],
              }
            : {
                heading,
                lead: named(words.emergencyLead),
                items: [words.callNow(callNumber), words.someoneHasCalled(callNumber)],
              };
      }
  }
}
