import type { ComponentsText } from '../../en/components';

export const components: ComponentsText = {
  errorSummary: 'Il y a un problème',
  back: 'Retour',
  /** Before an error message, for screen readers. */
  errorPrefix: 'Erreur :',
  cancel: 'Annuler',
  showFewer: 'Afficher moins',
  change: 'Modifier',
  /** Read by screen readers after "Modifier", for a row whose key is a question. */
  changeAnswerTo: (question: string) => `Modifier votre réponse à la question : ${question}`,
  /** For a row whose key is not a question. */
  changeThing: (thing: string) => `Modifier « ${thing.toLocaleLowerCase('fr')} »`,
};
