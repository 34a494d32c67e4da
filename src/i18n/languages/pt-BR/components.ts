import type { ComponentsText } from '../../en/components';

export const components: ComponentsText = {
  errorSummary: 'Há um problema',
  back: 'Voltar',
  /** Before an error message, for screen readers. */
  errorPrefix: 'Erro:',
  cancel: 'Cancelar',
  showFewer: 'Mostrar menos',
  change: 'Alterar',
  /** Read by screen readers after “Alterar”, for a row whose key is a question. */
  changeAnswerTo: (question: string) => `Alterar sua resposta à pergunta: ${question}`,
  /** For a row whose key is not a question. */
  changeThing: (thing: string) => `Alterar ${thing.toLowerCase()}`,
};
