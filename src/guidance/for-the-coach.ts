import type { Answers, Triage } from '../triage';

/*
 * The result as a coach reads it, from a link a trainee sent: what it means for training
 * (docs/clinical-basis.md, "For the coach"). Written to the coach, never to the person in pain.
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

  switch (result.level) {
    case 'soreness':
      return {
        lead: `This sounds like normal muscle soreness. ${Who} can keep training, lighter for a day or two.`,
        items: [
          'Give them a lighter session, or work other muscle groups, for a day or two.',
          'Make sure they warm up well.',
          'Soreness is most common after something new or a jump in load: adjust the plan if that is what happened.',
          'Ask them to check again if it is not easing after 3 days.',
          ...young,
          ...ALWAYS,
        ],
      };
    case 'strain':
      return {
        lead: `This sounds like a strain. ${Who} should not load the movement that hurts.`,
        items: [
          'No loading of the painful movement until it has settled.',
          'Bring them back stage by stage: rest from the movement; walking and gentle mobility; light training without the movement that hurt; a session at about half the load; then full training. One stage a day at most, and back one stage if the sharp pain returns.',
          'Before their next heavy session, check their technique and any recent jumps in load.',
          'Ask them to check again in 2 to 3 days.',
          ...young,
          ...ALWAYS,
        ],
      };
    case 'doctor':
      switch (result.urgency) {
        case 'soon':
          return {
            lead: `${Who} should see a doctor in the next few days.`,
            items: ['No training of the back until they have been seen.', 'Make sure they book the appointment.', ...young, ...ALWAYS],
          };
        case 'today':
          return {
            lead: `${Who} needs to see a doctor today.`,
            items: [
              'Help them get seen today.',
              'They should not train, and should not drive themselves if the pain is severe.',
              `If they get chest pain, shortness of breath, swollen or hard back muscles, dark brown pee, or a leg goes weak or numb, call ${callNumber}.`,
              ...ALWAYS,
            ],
          };
        case 'emergency':
          return {
            lead: `${Who} needs help now.`,
            items: [
              `If you are with ${who}, call ${callNumber} now and stay with them. Do not let them drive.`,
              `If you are not with them, make sure someone is, and that they have called ${callNumber}.`,
            ],
          };
      }
  }
}
