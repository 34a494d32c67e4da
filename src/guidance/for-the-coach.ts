import { guidance, type GuidanceText } from '../i18n/en/guidance';
import type { Answers, Triage } from '../triage';
import { callAtOnce, emergencyDepartmentOnly, severeStrainWatch, sorenessCourse } from './one-voice';

/*
 * The result as a coach reads it, from a link a trainee sent: what it means for training
 * (docs/clinical-basis.md, "For the coach"). Written to the coach, never to the person in pain.
 * It names the same urgency and the same signs to call about as the person's own page: both
 * come from one-voice.ts.
 */

export interface CoachGuidance {
  heading: string;
  /** What it means, in one sentence. */
  lead: string;
  items: string[];
}

export function forTheCoach(result: Triage, answers: Partial<Answers>, callNumber: string, name?: string, text: GuidanceText = guidance): CoachGuidance {
  const words = text.forTheCoach;
  const { heading } = words;
  // The trainee by their first name, where the link gives it.
  const named = (line: { named: (name: string) => string; unnamed: string }) => (name === undefined ? line.unnamed : line.named(name));
  const always = [words.noMoreDetails, words.doNotPush];
  const youngAndLasting = answers.age !== undefined && answers.age < 18 && (answers.daysSince ?? 0) >= 14;
  const young = youngAndLasting ? [named(words.youngAndLasting)] : [];
  const call = callAtOnce(callNumber, 'they', text);

  switch (result.level) {
    case 'soreness':
      return {
        heading,
        lead: named(words.sorenessLead),
        items: [words.lighterSession, words.warmUp, words.somethingNew, sorenessCourse(answers.daysSince, text).coach, call, ...young, ...always],
      };
    case 'strain': {
      const watch = severeStrainWatch(answers, 'they', text);
      return {
        heading,
        lead: named(words.strainLead),
        items: [
          ...(watch ? [watch] : []),
          words.noLoading,
          // The stages themselves are on the same page, under "When to train again": said once.
          words.stageByStage,
          words.checkTechnique,
          words.checkAgain,
          call,
          ...young,
          ...always,
        ],
      };
    }
    case 'doctor':
      switch (result.urgency) {
        case 'soon':
          return {
            heading,
            lead: named(words.soonLead),
            items: [words.noBackTraining, words.bookIt, call, ...young, ...always],
          };
        case 'today':
          // Seen today: off training until a clinician says otherwise, so nothing about stages.
          return {
            heading,
            lead: named(words.todayLead),
            items: [words.helpSeenToday, words.doNotTrainOrDrive, call, ...young, ...always],
          };
        case 'emergency':
          return emergencyDepartmentOnly(result)
            ? {
                heading,
                lead: named(words.departmentLead),
                items: [
                  name === undefined ? words.takeThemToDepartment.unnamed(callNumber) : words.takeThemToDepartment.named(name, callNumber),
                  words.someoneTakingThem,
                ],
              }
            : {
                heading,
                lead: named(words.emergencyLead),
                items: [name === undefined ? words.callNow.unnamed(callNumber) : words.callNow.named(name, callNumber), words.someoneHasCalled(callNumber)],
              };
      }
  }
}
