import type { QuestionnaireText } from '../../en/questionnaire';

export const questionnaire: QuestionnaireText = {
  questionOf: (index: number, total: number) => `Question ${index} sur ${total}`,
  continueButton: 'Continuer',
  errorPrefix: 'Erreur :',
  /** Between the warning signs and "Rien de tout cela". */
  orDivider: 'ou',
  notSaving: 'Vos réponses ne sont pas enregistrées sur cet appareil.',
  notSavingWhy: 'Son stockage est peut-être plein ou désactivé, donc si vous fermez ou rechargez cette page, vos réponses seront perdues.',
  stillAnswer:
    'Vous pouvez quand même répondre à toutes les questions : vous obtiendrez votre résultat, et un lien vers celui-ci que vous pourrez garder ou partager.',
  checkAnswersTitle: 'Vérifiez vos réponses',
  /** @param lastCheck the day of the last check, already written out ("lundi 1 décembre") */
  carriedOver: (lastCheck: string) =>
    `Les réponses sans lien « Modifier » sont reprises de votre bilan du ${lastCheck}, et le nombre de jours depuis le début de la douleur est calculé à partir de ce bilan. L’amélioration ou l’aggravation est déduite de votre douleur à ce moment-là et maintenant : modifiez-la si ce n’est pas juste.`,
  seeResultHeading: 'Découvrez maintenant votre résultat',
  workedOutHere: 'Votre résultat est calculé sur cet appareil. Rien n’est envoyé nulle part.',
  seeResult: 'Voir votre résultat',
  emergencyTitle: 'Demandez de l’aide tout de suite',
  notGiven: 'Non indiqué',
  notSure: 'Je ne sais pas',
  answerList: (answers: readonly string[]) => answers.join(' ; '),
};
