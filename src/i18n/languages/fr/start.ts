import type { Answers } from '../../../triage';
import type { StartText } from '../../en/start';

export const start: StartText = {
  title: 'Mal au dos après l’entraînement ?',
  damagedCoachLink:
    'Le lien que vous avez suivi était abîmé, donc les informations de votre coach n’ont pas pu être lues. Vous pouvez quand même répondre aux questions.',
  sentByCoach: (name: string) => `Envoyé par votre coach ${name}`,
  sentByCoachFor: (name: string, activity: string) => `Envoyé par votre coach ${name}, pour ${activity}`,
  /** As `sentByCoachFor` names it: "Envoyé par votre coach Sam, pour la course à pied". */
  activities: {
    lifting: 'la musculation et le CrossFit',
    running: 'la course à pied',
    cycling: 'le vélo',
    sport: 'le sport',
    other: 'l’entraînement',
  } satisfies Record<NonNullable<Answers['activity']>, string>,
  lead: 'Répondez à quelques questions courtes pour savoir s’il s’agit de courbatures normales, d’une élongation probable, ou d’une raison de voir un médecin.',
  takesTwoMinutes: 'Cela prend environ 2 minutes. Il n’y a pas de compte à créer, et vos réponses restent sur cet appareil.',
  takesTwoMinutesNotSaving:
    'Cela prend environ 2 minutes. Il n’y a pas de compte à créer, et vos réponses ne sont envoyées nulle part ; mais cet appareil ne les enregistre pas, donc elles disparaîtront quand vous fermerez cette page.',
  notADiagnosis: 'Ceci n’est pas un diagnostic.',
  callIfUnwell: (number: string) => `Si vous vous sentez très mal, appelez le ${number} tout de suite.`,
  orLocalNumber: '(ou le numéro d’urgence local)',
  startNow: 'Commencer',
  forgetCoach: (name: string) => `Oublier le coach ${name}`,

  // Someone with answers or checks saved.
  countryLabel: 'Votre pays, pour le numéro d’urgence',
  countryNotListed: (number: string) => `Pas dans la liste : utiliser le ${number}`,
  countryOption: (country: string, number: string) => `${country} (${number})`,
  countryNotSaved: 'Cet appareil n’enregistre pas votre choix : il est gardé jusqu’à ce que vous fermiez cette page.',
};
