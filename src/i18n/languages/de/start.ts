import type { Answers } from '../../../triage';
import type { StartText } from '../../en/start';

export const start: StartText = {
  title: 'Rückenschmerzen nach dem Training?',
  damagedCoachLink:
    'Der Link, dem du gefolgt bist, war beschädigt, deshalb konnten die Angaben deines Coaches nicht gelesen werden. Du kannst die Fragen trotzdem beantworten.',
  sentByCoach: (name: string) => `Von deinem Coach ${name} geschickt`,
  sentByCoachFor: (name: string, activity: string) => `Von deinem Coach ${name} geschickt, für ${activity}`,
  /** The coach's sport, as `sentByCoachFor` names it: "Von deinem Coach Sam geschickt, für das Laufen". */
  activities: {
    lifting: 'Krafttraining und CrossFit',
    running: 'das Laufen',
    cycling: 'das Radfahren',
    sport: 'deinen Sport',
    other: 'dein Training',
  } satisfies Record<NonNullable<Answers['activity']>, string>,
  lead: 'Beantworte ein paar kurze Fragen und finde heraus, ob es normaler Muskelkater ist, wahrscheinlich eine Zerrung oder ein Grund, zum Arzt oder zur Ärztin zu gehen.',
  takesTwoMinutes: 'Das dauert etwa 2 Minuten. Du brauchst kein Konto, und deine Antworten bleiben auf diesem Gerät.',
  takesTwoMinutesNotSaving:
    'Das dauert etwa 2 Minuten. Du brauchst kein Konto, und deine Antworten werden nirgendwohin gesendet. Aber dieses Gerät speichert sie nicht, deshalb sind sie weg, wenn du diese Seite schließt.',
  notADiagnosis: 'Das ist keine Diagnose.',
  callIfUnwell: (number: string) => `Wenn du dich sehr krank fühlst, ruf jetzt die ${number} an.`,
  orLocalNumber: '(oder die Notrufnummer vor Ort)',
  startNow: 'Jetzt beginnen',
  forgetCoach: (name: string) => `Coach ${name} vergessen`,

  // Someone with answers or checks saved.
  countryLabel: 'Dein Land, für die Notrufnummer',
  countryNotListed: (number: string) => `Nicht in der Liste: ${number} wählen`,
  countryOption: (country: string, number: string) => `${country} (${number})`,
  countryNotSaved: 'Dieses Gerät speichert deine Auswahl nicht: Sie gilt, bis du diese Seite schließt.',
};
