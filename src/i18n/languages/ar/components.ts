import type { ComponentsText } from '../../en/components';

export const components: ComponentsText = {
  errorSummary: 'هناك مشكلة',
  back: 'رجوع',
  /** Before an error message, for screen readers. */
  errorPrefix: 'خطأ:',
  cancel: 'إلغاء',
  showFewer: 'اعرض أقل',
  change: 'تغيير',
  /** Read by screen readers after «تغيير», for a row whose key is a question. */
  changeAnswerTo: (question: string) => `تغيير إجابتك عن السؤال: ${question}`,
  /** For a row whose key is not a question; Arabic has no letter case. */
  changeThing: (thing: string) => `تغيير ${thing}`,
};
