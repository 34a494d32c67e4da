import type { Answers, Triage } from '../triage';
import { callAtOnce, emergencyDepartmentOnly, MEANING, severeStrainWatch, sorenessCourse } from './one-voice';

/*
 * The result as a coach reads it, from a link a trainee sent: what it means for training
 * (docs/clinical-basis.md, "For the coach"). Written to the coach, never to the person in pain.
 * It names the same urgency and the same signs to call about as the person's own page: both
 * come from one-voice.ts.
 */

export interface CoachGuidance {
  /** What it means, in one sentence. */
  lead: string;
  items: string[];
}

const ALWAYS = ['You do not need more details than they chose to send you.', 'Do not push anyone to train through pain.'];

export function forTheCoach(result: Triage, answers: Partial<Answers>, callNumber: string, name?: string): CoachGuidance {
  const who = name ?? 'your trainee';
  const Who = name ?? 'Your trainee';
  const youngAndLasting = answers.age !== undefined && answers.age < 18 && (answers.daysSince ?? 0) >= 14;
  const young = youngAndLasting
    ? [`${Who} is under 18 with pain for 2 weeks or more: a doctor or physiotherapist should agree before they go back to full training.`]
    : [];
  const call = callAtOnce(callNumber, 'they');

  switch (result.level) {
    case 'soreness':
      return {
        lead: `This sounds like ${MEANING.soreness}. ${Who} can keep training, lighter for a day or two.`,
        items: [
          'Give them a lighter session, or work other muscle groups, for a day or two.',
          'Make sure they warm up well.',
          'Soreness is most common after something new or a jump in load: adjust the plan if that is what happened.',
          sorenessCourse(answers.daysSince).coach,
          call,
          ...young,
          ...ALWAYS,
        ],
      };
    case 'strain': {
      const watch = severeStrainWatch(answers, 'they');
      return {
        lead: `This sounds like ${MEANING.strain}. ${Who} should not load the movement that hurts.`,
        items: [
          ...(watch ? [watch] : []),
          'No loading of the painful movement until it has settled.',
          // The stages themselves are on the same page, under "When to train again": said once.
          'Bring them back stage by stage, as under “When to train again”: one stage a day at most, and back one stage if the sharp pain returns or the next morning is worse.',
          'Before their next heavy session, check their technique and any recent jumps in load.',
          'Ask them to check again in 2 to 3 days.',
          call,
          ...young,
          ...ALWAYS,
        ],
      };
    }
    case 'doctor':
      switch (result.urgency) {
        case 'soon':
          return {
            lead: `${Who} should ${MEANING.soon}.`,
            items: ['No training of the back until they have been seen.', 'Make sure they book the appointment.', call, ...young, ...ALWAYS],
          };
        case 'today':
          // Seen today: off training until a clinician says otherwise, so nothing about stages.
          return {
            lead: `${Who} needs ${MEANING.today}.`,
            items: ['Help them get seen today.', 'They should not train, and should not drive themselves if the pain is severe.', call, ...young, ...ALWAYS],
          };
        case 'emergency':
          return emergencyDepartmentOnly(result)
            ? {
                lead: `${Who} needs an emergency department ${MEANING.emergency}.`,
                items: [
                  `If you are with ${who}, get them to an emergency department now and stay with them. Do not let them drive. Call ${callNumber} if they cannot get there safely, or the muscles swell or go hard.`,
                  'If you are not with them, make sure someone is, and is taking them.',
                ],
              }
            : {
                lead: `${Who} needs help ${MEANING.emergency}.`,
                items: [
                  `If you are with ${who}, call ${callNumber} now and stay with them. Do not let them drive.`,
                  `If you are not with them, make sure someone is, and that they have called ${callNumber}.`,
                ],
              };
      }
  }
}
