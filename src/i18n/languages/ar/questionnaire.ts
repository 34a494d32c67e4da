import type { QuestionnaireText } from '../../en/questionnaire';

export const questionnaire: QuestionnaireText = {
  questionOf: (index: number, total: number) => `السؤال ${index} من ${total}`,
  continueButton: 'متابعة',
  /** Read by a screen reader before a field's error message. */
  errorPrefix: 'خطأ:',
  /** Between the warning signs and «لا شيء من هذه». */
  orDivider: 'أو',
  notSaving: 'إجاباتك لا تُحفظ على هذا الجهاز.',
  notSavingWhy: 'ربما تكون مساحة التخزين فيه ممتلئة أو معطلة، لذا إذا أغلقت هذه الصفحة أو أعدت تحميلها فستضيع إجاباتك.',
  stillAnswer: 'ما زال بإمكانك أن تجيب عن كل الأسئلة: ستحصل على نتيجتك، وعلى رابط لها يمكنك الاحتفاظ به أو مشاركته.',
  checkAnswersTitle: 'راجع إجاباتك',
  /** @param lastCheck the day of the last check, already written out («الاثنين 1 ديسمبر») */
  carriedOver: (lastCheck: string) =>
    `الإجابات التي ليس بجانبها رابط «تغيير» منقولة من تقييمك يوم ${lastCheck}، وعدد الأيام منذ بداية الألم محسوب منه. أما هل يتحسن الألم، فمأخوذ من مقارنة ألمك حينها بألمك الآن: غيّر ذلك إذا لم يكن صحيحًا.`,
  seeResultHeading: 'والآن اعرض نتيجتك',
  workedOutHere: 'تُحسب نتيجتك على هذا الجهاز. ولا يُرسل أي شيء إلى أي مكان.',
  seeResult: 'اعرض نتيجتك',
  emergencyTitle: 'احصل على مساعدة الآن',
  /** A number left blank, in the summary of answers (the age is optional). */
  notGiven: 'لم يُذكر',
  /** «لست متأكدًا», in the summary, where the question's own options do not say it. */
  notSure: 'لست متأكدًا',
  /** Several answers to one question, as one line of the summary. */
  answerList: (answers: readonly string[]) => answers.join('؛ '),
};
