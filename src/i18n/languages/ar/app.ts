import type { AppText } from '../../en/app';
import type { ReviewLevel } from '../../languages';

export const app: AppText = {
  skipToMain: 'انتقل إلى المحتوى الرئيسي',
  /** The app's name and description where a browser offers to install it (the web manifest). */
  manifestName: 'Backcheck: ألم الظهر بعد التمرين',
  manifestDescription: 'ألم في الظهر بعد التمرين؟ اعرف هل هو ألم العضلات المعتاد، أم شد عضلي على الأرجح، أم سبب لمراجعة الطبيب.',
  /** The page's name in the browser tab. */
  title: (page: string) => `${page} | Backcheck`,
  errorTitle: (page: string) => `خطأ: ${page} | Backcheck`,
  footer: 'يقدم Backcheck نصائح عامة بعد التمرين. وهو ليس تشخيصًا. وتبقى إجاباتك على هذا الجهاز.',
  yourChecks: 'تقييماتك',
  forCoaches: 'للمدربين: أنشئ رابطًا لمتدربيك',
  languageLabel: 'اللغة',
  languageNotLoaded: 'تعذّر تحميل هذه اللغة. تحقق من اتصالك بالإنترنت ثم حاول مرة أخرى.',
  /** How far the shown translation has been checked, in words a person understands. */
  translationStatus: {
    machine: 'ترجمة آلية، لم يراجعها بعد أي شخص ولا أي مختص صحي.',
    reviewed: 'ترجمة راجعها شخص يتقن اللغة، ولم يراجعها بعد مختص صحي.',
    'clinically-reviewed': 'ترجمة راجعها مختص صحي يتحدث اللغة.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'اقرأ هذه الصفحة بالإنجليزية',
  savedNoticeLabel: 'إجاباتك المحفوظة',
  hideMessage: 'أخفِ هذه الرسالة',
  newVersionLabel: 'إصدار جديد',
  newVersionReady: 'يتوفر إصدار جديد من Backcheck.',
  useNewVersion: 'استخدم الإصدار الجديد',
  notFound: 'الصفحة غير موجودة',
  notFoundCheck: 'إذا كتبت العنوان أو لصقته، فتأكد من أنه صحيح.',
  goToStart: 'انتقل إلى البداية',
  notLoaded: 'تعذّر تحميل هذه الصفحة',
  notLoadedWhy: 'لم يتمكن Backcheck من جلب هذه الصفحة. ربما انقطع الاتصال، أو ربما صدر إصدار جديد من Backcheck منذ فتح هذه الصفحة.',
  wentWrong: 'عذرًا، حدث خطأ ما',
  wentWrongWhy: 'لم يتمكن Backcheck من عرض هذه الصفحة.',
  nothingLost: 'لم تضِع أي إجابة من إجاباتك: فهي محفوظة على هذا الجهاز.',
  tryAgain: 'حاول مرة أخرى',
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
