import type { Answers, Triage } from '../triage';
import { callAtOnce, emergencyDepartmentOnly, MEANING, severeStrainWatch, sorenessCourse } from './one-voice';

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

export function forAHelper(result: Triage, answers: Partial<Answers>, callNumber: string, name?: string): HelperGuidance {
  const Who = name ?? 'They';
  const needs = name ? 'needs' : 'need';
  const heading = name ? `If you are helping ${name}` : 'If you are helping the person who answered';
  const call = callAtOnce(callNumber, 'they');
  switch (result.level) {
    case 'soreness':
      return {
        heading,
        lead: `This sounds like ${MEANING.soreness}. It gets better on its own.`,
        items: ['Encourage them to keep gently active: walking helps more than rest.', sorenessCourse(answers.daysSince).helper, call],
      };
    case 'strain': {
      const watch = severeStrainWatch(answers, 'they');
      return {
        heading,
        lead: `This sounds like ${MEANING.strain}. Most get better on their own within 1 to 2 weeks.`,
        items: [
          ...(watch ? [watch] : []),
          'Help them rest from the movement that hurts, while staying gently active.',
          'They can answer the questions again in 2 to 3 days.',
          call,
        ],
      };
    }
    case 'doctor':
      switch (result.urgency) {
        case 'soon':
          return { heading, lead: `${Who} should ${MEANING.soon}.`, items: ['Help them book the appointment.', call] };
        case 'today':
          return {
            heading,
            lead: `${Who} ${needs} ${MEANING.today}.`,
            items: ['Help them get seen today.', 'They should not drive themselves if the pain is severe.', call],
          };
        case 'emergency':
          return emergencyDepartmentOnly(result)
            ? {
                heading,
                lead: `${Who} ${needs} an emergency department ${MEANING.emergency}.`,
                items: [
                  `If you are with them, get them to an emergency department now and stay with them. Do not let them drive. Call ${callNumber} if they cannot get there safely, or the muscles swell or go hard.`,
                  'If you are not with them, make sure someone is, and is taking them.',
                ],
              }
            : {
                heading,
                lead: `${Who} ${needs} help ${MEANING.emergency}.`,
                items: [
                  `If you are with them, call ${callNumber} now and stay with them. Do not let them drive.`,
                  `If you are not with them, make sure someone is, and that they have called ${callNumber}.`,
                ],
              };
      }
  }
}
