import type { Answers, Level, Urgency } from '../../../triage';
import { numberIn, pluralOf } from '../../count';
import type { ChecksText } from '../../en/checks';

const n = (count: number) => numberIn('ar', count);
/** A count of days after a preposition («منذ يومين»، «بعد 3 أيام»). */
const days = (count: number) =>
  pluralOf('ar', count, {
    zero: `${n(count)} يوم`,
    one: 'يوم واحد',
    two: 'يومين',
    few: `${n(count)} أيام`,
    many: `${n(count)} يومًا`,
    other: `${n(count)} يوم`,
  });
/** A count of checks after a preposition, with big numbers grouped: «1,000 تقييم». */
const checksCount = (count: number) => {
  const number = new Intl.NumberFormat('ar', { numberingSystem: 'latn' }).format(count);
  return pluralOf('ar', count, {
    zero: `${number} تقييم`,
    one: 'تقييم واحد',
    two: 'تقييمين',
    few: `${number} تقييمات`,
    many: `${number} تقييمًا`,
    other: `${number} تقييم`,
  });
};
/** A count of checks as the subject of a sentence («استُبعد تقييمان»). */
const checksSubject = (count: number) =>
  pluralOf('ar', count, {
    zero: `${n(count)} تقييم`,
    one: 'تقييم واحد',
    two: 'تقييمان',
    few: `${n(count)} تقييمات`,
    many: `${n(count)} تقييمًا`,
    other: `${n(count)} تقييم`,
  });
/** Checks left out, with the reason in the form that agrees with one check, two, or more. */
const leftOutWith = (total: number, where: string, why: { one: string; two: string; more: string }) =>
  `استُبعد ${checksSubject(total)} ${where} ${pluralOf('ar', total, { zero: why.more, one: why.one, two: why.two, few: why.more, many: why.more, other: why.more })}`;

/** A count of checks left out for one reason, in a list: the number, then the reason agreeing with one, two or more. */
const reasonFor = (count: number, one: string, two: string, more: string) =>
  `${n(count)} ${pluralOf('ar', count, { zero: more, one, two, few: more, many: more, other: more })}`;

export const checks: ChecksText = {
  // «تقييماتك»
  yourChecks: 'تقييماتك',
  noChecksYet: 'لا توجد تقييمات محفوظة على هذا الجهاز بعد. عندما تنتهي من الأسئلة، تُحفظ نتيجتك هنا مع تاريخها، لتتابع كيف تسير الأمور يومًا بعد يوم.',
  startNow: 'ابدأ الآن',
  keptOnDevice: 'محفوظة على هذا الجهاز فقط. لا يراها أحد غيرك إلا إذا شاركتها أو طبعتها.',
  painStartedToday: 'بدأ الألم اليوم.',
  /** `date` is the day it started, already written out. */
  painStartedDaysAgo: (count: number, date: string) => `بدأ الألم منذ ${days(count)}، في ${date}.`,
  checkAgain: 'أعد التقييم',
  backToTraining: 'العودة إلى التمرين',
  painOverDays: 'ألمك على مدى الأيام',
  everyCheck: 'كل التقييمات، الأحدث أولًا',
  /** `total` checks kept, of which the newest `shown` are on the page. */
  showingNewest: (total: number, shown: number) => `يُعرض أحدث ${shown} من أصل ${checksCount(total)}.`,
  showOlder: (count: number) =>
    pluralOf('ar', count, {
      zero: `اعرض ${n(count)} تقييم أقدم`,
      one: 'اعرض تقييمًا واحدًا أقدم',
      two: 'اعرض تقييمين أقدم',
      few: `اعرض ${n(count)} تقييمات أقدم`,
      many: `اعرض ${n(count)} تقييمًا أقدم`,
      other: `اعرض ${n(count)} تقييم أقدم`,
    }),
  takeToPhysio: 'اعرضها على أخصائي علاج طبيعي أو طبيب',
  printOrSave: 'اطبع تقييماتك، أو احفظها في ملف لتحتفظ بها. ويمكن تحميل الملف المحفوظ على جهاز آخر.',
  printChecks: 'اطبع تقييماتك',
  /** The button that saves the checks as a file; the notice about keeping them links to it by this name. */
  saveAsFile: 'احفظ في ملف',
  loadFromFile: 'حمّل التقييمات من ملف',
  fileLabel: 'ملف تقييمات حفظه Backcheck',
  errorPrefix: 'خطأ:',
  addedFromFile: (count: number, whyLeftOut: string | undefined) => `تمت إضافة ${checksCount(count)} من الملف.${whyLeftOut ? ` ${whyLeftOut}` : ''}`,
  deleteEverything: 'احذف كل شيء',
  deleteEverythingWhat: 'يزيل كل ما يحفظه Backcheck على هذا الجهاز: إجاباتك وتقييماتك ومدربك وبلدك.',
  deleteEverythingQuestion: 'هل تريد حذف إجاباتك وتقييماتك ومدربك وبلدك من هذا الجهاز؟ لا يمكن التراجع عن ذلك.',
  yesDeleteEverything: 'نعم، احذف كل شيء',
  everythingDeleted: 'تم حذف كل ما كان Backcheck يحفظه على هذا الجهاز.',

  // One check in the list; `date` is the check's day, already written out
  checkResult: (result: string) => `النتيجة: ${result}.`,
  warningSignsOnly: 'العلامات التحذيرية فقط: توقفت الأسئلة عندها.',
  painOutOf10: (pain: number) => `الألم ${n(pain)} من 10.`,
  sameAsCheckBefore: 'كما في التقييم السابق.',
  downFrom: (before: number) => `انخفض من ${n(before)}.`,
  upFrom: (before: number) => `ارتفع من ${n(before)}.`,
  /** The stage a check put the person on, with the stage's name as the ladder gives it. */
  onStage: (stage: number, name: string) => `العودة إلى التمرين: المرحلة ${n(stage)}، ${name}.`,
  seeThisResult: 'اعرض هذه النتيجة',
  seeResultOf: (date: string) => `اعرض النتيجة بتاريخ ${date}`,
  deleteCheckQuestion: (date: string) => `هل تريد حذف التقييم بتاريخ ${date}؟`,
  yesDeleteIt: 'نعم، احذفه',
  deleteThisCheck: 'احذف هذا التقييم',
  deleteCheckOf: (date: string) => `احذف التقييم بتاريخ ${date}`,

  // The pain chart
  chartTitle: 'ألمك من 10، تقييمًا بعد تقييم',
  /** One point of the chart: the pain, and its day already written out. */
  chartPoint: (pain: number, date: string) => `${n(pain)} في ${date}`,
  /** Every point (each from `chartPoint`), in order. */
  chartDescription: (points: readonly string[]) => `الألم من 10: ${points.join('؛ ')}.`,
  /** The same figures under the chart, for the person's own checks or a trainee's results. */
  chartCaption: {
    check: (points: readonly string[]) => `الألم من 10 في كل تقييم: ${points.join('؛ ')}.`,
    result: (points: readonly string[]) => `الألم من 10 في كل نتيجة: ${points.join('؛ ')}.`,
  },
  /** A date of this year under the chart, without its weekday. */
  chartDate: (day: number, month: string) => `${n(day)} ${month}`,

  // Keeping the checks
  safariMayClear: 'قد يمسح متصفح Safari تقييماتك إذا لم تفتح Backcheck لمدة 7 أيام. لتحتفظ بها، أضف Backcheck إلى الشاشة الرئيسية، أو احفظها في ملف.',
  browserMayClear:
    'قد يمسح متصفحك تقييماتك إذا ضاقت مساحة التخزين فيه، أو إذا لم تستخدم Backcheck لفترة. لتحتفظ بها، أضف Backcheck إلى الشاشة الرئيسية، أو احفظها في ملف.',
  howToAdd: 'لإضافته، افتح قائمة المتصفح (في Safari، زر «مشاركة») واختر «إضافة إلى الشاشة الرئيسية».',
  /** Followed by a link to the «احفظ في ملف» button (`saveAsFile`). */
  howToSave: 'لحفظ ملف، استخدم الزر الموجود في أسفل هذه الصفحة:',

  // «ذكّرني» and the calendar file it makes
  remindMe: (count: number) => `ذكّرني بعد ${days(count)}`,
  reminderSummary: 'أعد تقييم ظهرك باستخدام Backcheck',
  reminderDescription: (checksUrl: string) => `كيف حال ظهرك اليوم؟ أجب عن بضعة أسئلة قصيرة لتعرف كيف تسير الأمور، وما عليك فعله بعد ذلك: ${checksUrl}`,

  // The ladder back to training: why the person is where they are
  ladderOff: 'نتيجة مراجعة الطبيب توقف مراحل العودة إلى التمرين، إلى أن يخبرك طبيب أو أخصائي علاج طبيعي أنك تستطيع الرجوع إليها.',
  ladderStart: (stage: number, name: string) => `تبدأ من المرحلة ${n(stage)}: ${name}.`,
  ladderSharpAgain: 'عاد الألم حادًا، لذا ترجع مرحلة واحدة.',
  ladderWorse: 'الألم أسوأ من قبل، لذا ترجع مرحلة واحدة.',
  ladderUp: (stage: number) => `حققت شروط المرحلة ${n(stage)}، لذا يمكنك الانتقال مرحلة واحدة إلى الأمام.`,
  ladderTop: 'لقد عدت إلى التمرين الكامل.',
  ladderOneADay: 'أنت تحقق الشروط، لكن لا تنتقل أكثر من مرحلة واحدة في اليوم: أعد التقييم غدًا.',
  ladderSharpFree: (count: number) => `أنت تحقق بقية الشروط، لكن لا تنتقل إلا بعد ${days(count)} دون ألم حاد: أعد التقييم غدًا.`,
  /** `moveOnWhen` is the stage's bar for moving on, a clause that follows «حتى». */
  ladderStay: (moveOnWhen: string) => `ابقَ في هذه المرحلة حتى ${moveOnWhen}`,
  /** The stage's heading: «المرحلة 2 من 5: الحركة.» */
  stageOf: (stage: number, stages: number, name: string) => `المرحلة ${n(stage)} من ${stages}: ${name}.`,

  // Results and «أعد التقييم»
  /** A result, said inside a sentence: «النتيجة: شد عضلي على الأرجح.» */
  resultWords: {
    soreness: 'ألم العضلات المعتاد',
    strain: 'شد عضلي على الأرجح',
    emergency: 'اطلب المساعدة الآن',
    today: 'راجع طبيبًا اليوم',
    soon: 'راجع طبيبًا خلال أيام',
  } satisfies Record<Exclude<Level, 'doctor'> | Urgency, string>,
  /** When the pain began, said inside a sentence («بدأ …»). */
  begunOnAnswerDayUnknown: 'في يوم الإجابة عن هذه الأسئلة (تاريخ الإجابة غير معروف)',
  begunBeforeUnknown: (count: number) => `قبل ${days(count)} من الإجابة عن هذه الأسئلة (تاريخ الإجابة غير معروف)`,
  /** `date` is the day the answers were given, already written out. */
  begunOnAnswerDay: (date: string) => `في ${date}، يوم الإجابة عن هذه الأسئلة`,
  /** `count` is the days from when it began to the answers; `date` the day it began. */
  begunBefore: (count: number, date: string) => `في ${date}، قبل ${days(count)} من الإجابة عن هذه الأسئلة`,
  /** `date` is the last check's day, already written out. */
  painSame: (pain: number, date: string) => `ألمك ${n(pain)} من 10، كما كان في ${date}.`,
  painWent: (before: number, now: number, date: string) => `تغيّر ألمك من ${n(before)} إلى ${now} من 10 منذ ${date}.`,
  /** What the pain feels like, said inside a sentence. */
  feelings: {
    dull: 'ألم مكتوم',
    tight: 'مشدود أو متيبس',
    sharp: 'ألم حاد',
    shooting: 'ألم ينطلق كالسهم',
    burning: 'ألم حارق',
  } satisfies Record<Answers['character'], string>,
  feelsDifferent: (now: string, before: string) => `تغيّر إحساسك بالألم: الآن ${now}، ومن قبل ${before}.`,
  spreadsNow: {
    none: 'لم يعد الألم ينتشر من ظهرك.',
    'buttock-thigh': 'أصبح الألم ينتشر الآن إلى الردف أو الفخذ.',
    'below-knee': 'أصبح الألم ينتشر الآن إلى ما تحت ركبتك.',
  } satisfies Record<Answers['radiation'], string>,
  newWarningSign: 'لديك علامة تحذيرية لم تكن لديك من قبل.',
  /** The result then and now (from `resultWords`), and the main reason for the change, a sentence, where there is one. */
  answerChanged: (then: string, now: string, reason: string | undefined) =>
    `في المرة السابقة كانت الإجابة: ${then}؛ والآن: ${now}.${reason ? ` السبب الرئيسي: ${reason}` : ''}`,
  answerSame: (now: string) => `الإجابة كما كانت في المرة السابقة: ${now}.`,
  rulesChanged: (then: number, now: number) =>
    `تغيّرت قواعد Backcheck منذ تقييمك الأخير (الإصدار ${n(then)} حينها، و${now} الآن)، لذا قد يعود جزء من أي تغيير إلى ذلك.`,

  // A file of checks, read back
  fileTooBig: (megabytes: number) => `هذا الملف كبير جدًا. يجب أن يكون حجم ملف التقييمات أقل من ${n(megabytes)} ميغابايت.`,
  tooManyChecks: (max: number) => `في هذا الملف أكثر من ${checksCount(max)}. يستطيع Backcheck أن يحمّل ${checksCount(max)} على الأكثر من ملف واحد.`,
  notReadable: 'هذا الملف ليس من الملفات التي حفظها Backcheck: تعذّرت قراءته.',
  notBackcheckFile: 'هذا الملف ليس من الملفات التي حفظها Backcheck.',
  noReadableChecks: 'لا يحتوي هذا الملف على تقييمات يستطيع Backcheck قراءتها.',
  /** `whyLeftOut` is the sentence from `leftOut`. */
  noUsableChecks: (whyLeftOut: string) => `لا يحتوي هذا الملف على تقييمات يستطيع Backcheck استخدامها. ${whyLeftOut}`,
  /** Where the checks left out came from, said inside `leftOutBecause` and `leftOutFor`. */
  inTheFile: 'في الملف',
  /** `total` checks left out for one reason; `where` is a phrase such as `inTheFile`. */
  leftOutBecause: {
    unreadable: (total: number, where: string) =>
      leftOutWith(total, where, { one: 'لأنه تعذّرت قراءته.', two: 'لأنه تعذّرت قراءتهما.', more: 'لأنه تعذّرت قراءتها.' }),
    future: (total: number, where: string) =>
      leftOutWith(total, where, { one: 'لأن تاريخه بعد اليوم.', two: 'لأن تاريخهما بعد اليوم.', more: 'لأن تواريخها بعد اليوم.' }),
    contradicted: (total: number, where: string) =>
      leftOutWith(total, where, {
        one: 'لأن نتيجته لا تطابق إجاباته.',
        two: 'لأن نتيجتيهما لا تطابقان إجاباتهما.',
        more: 'لأن نتائجها لا تطابق إجاباتها.',
      }),
  },
  /** How many checks were left out for each reason, where there were several reasons: each goes into `leftOutReasons`. */
  leftOutReason: {
    unreadable: (count: number) => reasonFor(count, 'تعذّرت قراءته', 'تعذّرت قراءتهما', 'تعذّرت قراءتها'),
    future: (count: number) => reasonFor(count, 'تاريخه بعد اليوم', 'تاريخهما بعد اليوم', 'تواريخها بعد اليوم'),
    contradicted: (count: number) => reasonFor(count, 'نتيجته لا تطابق إجاباته', 'نتيجتاهما لا تطابقان إجاباتهما', 'نتائجها لا تطابق إجاباتها'),
  },
  /** The reasons from `leftOutReason`, as one list: «1 تعذّرت قراءته، و2 تاريخهما بعد اليوم، و3 …». */
  leftOutReasons: (reasons: readonly string[]) => (reasons.length < 2 ? reasons.join('') : `${reasons.slice(0, -1).join('، ')}، و${reasons.at(-1) ?? ''}`),
  /** `total` checks left out for several reasons; `where` is a phrase such as `inTheFile`; `reasons` the list from `leftOutReasons`. */
  leftOutFor: (total: number, where: string, reasons: string) => `استُبعد ${checksSubject(total)} ${where}: ${reasons}.`,
};
