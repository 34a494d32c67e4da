import type { ComponentsText } from '../../en/components';

export const components: ComponentsText = {
  errorSummary: 'Es gibt ein Problem',
  back: 'Zurück',
  errorPrefix: 'Fehler:',
  cancel: 'Abbrechen',
  showFewer: 'Weniger anzeigen',
  change: 'Ändern',
  changeAnswerTo: (question: string) => `Deine Antwort auf diese Frage ändern: ${question}`,
  /** German keeps a noun's capital letter. */
  changeThing: (thing: string) => `${thing} ändern`,
};
