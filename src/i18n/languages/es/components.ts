import type { ComponentsText } from '../../en/components';

export const components: ComponentsText = {
  errorSummary: 'Hay un problema',
  back: 'Atrás',
  /** Before an error message, for screen readers. */
  errorPrefix: 'Hay un error:',
  cancel: 'Cancelar',
  showFewer: 'Ver menos',
  change: 'Cambiar',
  /** Read by screen readers after "Cambiar", for a row whose key is a question. */
  changeAnswerTo: (question: string) => `Cambiar tu respuesta a: ${question}`,
  /** For a row whose key is not a question. */
  changeThing: (thing: string) => `Cambiar ${thing.toLowerCase()}`,
};
