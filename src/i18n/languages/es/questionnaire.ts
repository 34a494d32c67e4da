import type { QuestionnaireText } from '../../en/questionnaire';

export const questionnaire: QuestionnaireText = {
  questionOf: (index: number, total: number) => `Pregunta ${index} de ${total}`,
  continueButton: 'Continuar',
  /** Read by a screen reader before a field's error message. */
  errorPrefix: 'Hay un error:',
  /** Between the warning signs and "Nada de esto". */
  orDivider: 'o',
  notSaving: 'Tus respuestas no se están guardando en este dispositivo.',
  notSavingWhy: 'Puede que su almacenamiento esté lleno o desactivado, así que si cierras o vuelves a cargar esta página, perderás tus respuestas.',
  stillAnswer: 'Aun así, puedes responder todas las preguntas: verás tu resultado y un enlace a él que puedes guardar o compartir.',
  checkAnswersTitle: 'Comprueba tus respuestas',
  /** @param lastCheck the day of the last check, already written out ("lunes 1 de diciembre") */
  carriedOver: (lastCheck: string) =>
    `Las respuestas sin enlace «Cambiar» se han tomado de tu revisión del ${lastCheck}, y los días desde que empezó se calculan a partir de ella. Si está mejorando o no se deduce de tu dolor de entonces y de ahora: cámbialo si no es correcto.`,
  seeResultHeading: 'Ahora, mira tu resultado',
  workedOutHere: 'Tu resultado se calcula en este dispositivo. No se envía nada a ningún sitio.',
  seeResult: 'Ver tu resultado',
  emergencyTitle: 'Pide ayuda ahora',
  notGiven: 'Sin indicar',
  notSure: 'No lo tengo claro',
  answerList: (answers: readonly string[]) => answers.join('; '),
};
