import type { Triage } from '../triage';

/*
 * The result as someone helping the person reads it, from a link shared with anyone but a coach:
 * a friend, a parent, a partner. Short, and only how to help and when to call for help
 * (docs/clinical-basis.md, "For someone helping"); the coach's part is for "Send to my coach" links.
 */

export interface HelperGuidance {
  heading: string;
  /** What it means, in one sentence. */
  lead: string;
  items: string[];
}

/** The signs that mean calling at once, as guidance.ts lists them for the person, said of them. */
const callAtOnce = (call: string) =>
  `Call ${call} at once if they get chest pain or shortness of breath, or cough up blood; their pee turns dark brown or cola-coloured; the sore muscles swell or go hard; they get numbness around their genitals or bottom, or trouble peeing; or a leg goes weak or numb.`;

export function forAHelper(result: Triage, callNumber: string, name?: string): HelperGuidance {
  const Who = name ?? 'They';
  const heading = name ? `If you are helping ${name}` : 'If you are helping the person who answered';
  switch (result.level) {
    case 'soreness':
      return {
        heading,
        lead: `This sounds like normal muscle soreness. It gets better on its own in a few days.`,
        items: [
          'Encourage them to keep gently active: walking helps more than rest.',
          'If it is not easing after 3 days, they can answer the questions again.',
          callAtOnce(callNumber),
        ],
      };
    case 'strain':
      return {
        heading,
        lead: `This sounds like a strain. Most get better on their own within 1 to 2 weeks.`,
        items: [
          'Help them rest from the movement that hurts, while staying gently active.',
          'They can answer the questions again in 2 to 3 days.',
          callAtOnce(callNumber),
        ],
      };
    case 'doctor':
      switch (result.urgency) {
        case 'soon':
          return { heading, lead: `${Who} should see a doctor in the next few days.`, items: ['Help them book the appointment.', callAtOnce(callNumber)] };
        case 'today':
          return {
            heading,
            lead: `${Who} ${name ? 'needs' : 'need'} to see a doctor today.`,
            items: ['Help them get seen today.', 'They should not drive themselves if the pain is severe.', callAtOnce(callNumber)],
          };
        case 'emergency':
          return {
            heading,
            lead: `${Who} ${name ? 'needs' : 'need'} help now.`,
            items: [
              `If you are with them, call ${callNumber} now and stay with them. Do not let them drive.`,
              `If you are not with them, make sure someone is, and that they have called ${callNumber}.`,
            ],
          };
      }
  }
}
