import type { QuestionnaireText } from '../../en/questionnaire';

export const questionnaire: QuestionnaireText = {
  questionOf: (index: number, total: number) => `Pergunta ${index} de ${total}`,
  continueButton: 'Continuar',
  /** Read by a screen reader before a field's error message. */
  errorPrefix: 'Erro:',
  /** Between the warning signs and “Nenhum destes”. */
  orDivider: 'ou',
  notSaving: 'As suas respostas não estão sendo salvas neste dispositivo.',
  notSavingWhy: 'O armazenamento pode estar cheio ou desativado, então, se você fechar ou recarregar esta página, as suas respostas serão perdidas.',
  stillAnswer: 'Você ainda pode responder a todas as perguntas: vai receber o seu resultado e um link para ele, que você pode guardar ou compartilhar.',
  checkAnswersTitle: 'Confira as suas respostas',
  /** @param lastCheck the day of the last check, already written out (“segunda-feira, 1º de dezembro”) */
  carriedOver: (lastCheck: string) =>
    `As respostas sem o link “Alterar” foram trazidas da sua verificação de ${lastCheck}, e os dias desde que a dor começou são calculados a partir dela. A resposta sobre se a dor está melhorando vem da comparação entre a sua dor naquele dia e agora: altere essa resposta se ela não estiver certa.`,
  seeResultHeading: 'Agora veja o seu resultado',
  workedOutHere: 'O seu resultado é calculado neste dispositivo. Nada é enviado para lugar nenhum.',
  seeResult: 'Ver seu resultado',
  emergencyTitle: 'Procure ajuda agora',
  /** A number left blank, in the summary of answers (the age is optional). */
  notGiven: 'Não informado',
  notSure: 'Não tenho certeza',
  answerList: (answers: readonly string[]) => answers.join('; '),
};
