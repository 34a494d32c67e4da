import type { Level, Urgency } from '../../triage';

/* What a person reads on the rules page, "How Backcheck decides", in English, the reference for every translation (catalog.ts). */
export const rulesPage = {
  /** The page's name in the tab, and its heading. */
  title: 'How Backcheck decides',
  lead: 'Backcheck works out every result on your device, from a fixed list of rules. This page shows every rule: what sets it off, the result it leads to, why, and where it comes from.',
  /** The date is in words, such as "4 December 2026". */
  rulesVersion: (version: number, date: string) => `Rules version ${version}, last changed ${date}.`,

  howHeading: 'How a result is worked out',
  warningSignsFirst: 'Warning signs are asked first. Any one of them leads to a doctor, however harmless the other answers look.',
  mostSerious:
    'The result is the most serious one that any rule gives: an emergency, then the same day, then within a few days, then a likely strain, then normal soreness.',
  sorenessPicture: 'Normal soreness is the answer only when every part of the soreness picture holds. If any part does not, a strain is more likely.',
  notSure:
    'Where you answer ‘I’m not sure’, Backcheck takes the more careful answer, and the result says that you were not sure. The rules for severe pain count any answer you might have meant, so being unsure never lowers the advice for severe pain.',
  /** The worst pain, out of 10, from which painkillers are asked about. */
  painkillersAsked: (severe: number) => `Whether painkillers have helped is asked only when the worst pain is ${severe} out of 10 or more.`,
  resultLinks: 'The result lists every rule that decided it, and links to it here.',

  notHeading: 'What Backcheck is not',
  notADiagnosis: 'It is not a diagnosis. It cannot examine you, and it knows only what you tell it.',
  notADevice: 'It is not a medical device, and it does not replace a doctor, nurse or physiotherapist. If you are worried, or things change, contact one.',
  afterTraining: 'It is for back pain that follows training. It does not judge other pain, or back pain in pregnancy.',
  seriousCausesRare:
    'Serious causes of back pain are rare. In 1,172 people who saw a family doctor with new low back pain, fewer than 1 in 100 (0.9%) had one, yet 80% of them had at least one warning sign. So a warning sign here means ‘get it checked’, not ‘something is wrong’.',
  /** A citation, kept in English as it was published. */
  source: (citation: string) => `Source: ${citation}`,

  contentsHeading: 'The rules, by result',
  /** Each group of rules, by the result the rules lead to. */
  groups: {
    emergency: {
      heading: 'Call the emergency number now',
      result: 'Call the emergency number now, or go to an emergency department.',
      intro: 'Any one of these ends the questions at once. They are rare, but they need help straight away.',
    },
    today: {
      heading: 'Get medical help today',
      result: 'Get medical help the same day.',
      intro: 'Any one of these needs a doctor to check it the same day.',
    },
    soon: {
      heading: 'See a doctor in the next few days',
      result: 'Book an appointment with a doctor within a few days.',
      intro: 'Any one of these means a doctor should check the pain, but it can wait a few days.',
    },
    strain: {
      heading: 'A likely strain',
      result: 'A likely strain, unless a rule above applies.',
      intro: 'Each of these is one way the soreness picture breaks. With no reason to see a doctor, any one of them gives a likely strain.',
    },
    soreness: {
      heading: 'Normal soreness',
      result: 'Part of the normal soreness picture.',
      intro: 'These are the parts of the soreness picture. Normal soreness is the answer only when every one of them holds.',
    },
  } satisfies Record<Urgency | Exclude<Level, 'doctor'>, { heading: string; result: string; intro: string }>,
  /** The names beside each rule's parts. */
  ruleTerms: { when: 'When', result: 'Result', why: 'Why', sources: 'Sources' },
  ruleId: (id: string) => `Rule id: ${id}`,

  notARuleHeading: 'Advice that is not a rule',
  youngAthletes:
    'Young athletes (under 18) whose pain has lasted 2 weeks or more are told that a doctor can check for a small stress fracture in the spine, and that they should decide when to return to full training with a doctor or physiotherapist. It is a common cause of low back pain at that age: it was found in 47 of 100 young athletes with low back pain, against 5 of 100 adults.',

  changesHeading: 'Changes to the rules',
  /** The date is in words, such as "4 December 2026". */
  changesVersion: (version: number, date: string) => `Version ${version}, ${date}`,
  /**
   * What changed in each version of the rules (src/triage/rules-version.ts), keyed by the version; the date is that
   * version's there: 3 on 2026-12-04, 2 on 2026-11-30, 1 on 2026-11-21.
   */
  changes: {
    3: [
      'New question, asked only when the worst pain is 8 out of 10 or more: have painkillers helped?',
      'New, an emergency: severe muscle pain after a workout, with no sudden moment, in the first 7 days, that painkillers have not helped.',
      'New, to be seen the same day: severe pain that painkillers have not helped, and severe pain that is not easing 4 to 13 days after it started.',
      'Severe pain that nothing eases is now seen the same day up to 13 days after it started, whatever started it, not only in the first 3 days after a workout.',
      'Where a person is not sure of an answer, the severe-pain rules now count any answer they might have meant, so being unsure never lowers the advice for severe pain.',
    ],
    2: [
      'New warning sign, an emergency: sore back muscles that are swollen, hard or tight as a drum, or with numb skin over them.',
      'New warning sign, to be seen the same day: sharp pain in the upper back, side or chest when breathing in.',
      'Coughing up blood now counts with chest pain and breathlessness, as an emergency.',
      'New: severe muscle pain (8 out of 10 or worse) in the first 3 days after a hard workout, and severe pain that nothing eases soon after one, are seen the same day.',
      'New: age 50 or over with pain not linked to a workout is seen within a few days.',
      'The warning signs now say what does not count (sore leg muscles, dark yellow pee), so ordinary soreness is not sent to the emergency number.',
      'Where a person was not sure of an answer, the reasons say so instead of stating it as a fact.',
    ],
    1: ['The first rules: 15 warning signs, 5 other reasons to see a doctor, and the soreness picture.'],
  } satisfies Record<number, string[]>,
};

export type RulesPageText = typeof rulesPage;
