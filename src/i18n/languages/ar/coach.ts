import { numberIn, pluralOf } from '../../count';
import type { CoachText } from '../../en/coach';

/** A count of characters (letters), in the case the sentence needs: «حرفان» as a subject, «حرفين» after a preposition. */
const characters = (count: number, two: string) =>
  pluralOf('ar', count, {
    zero: `${numberIn('ar', count)} حرف`,
    one: 'حرف واحد',
    two,
    few: `${numberIn('ar', count)} أحرف`,
    many: `${numberIn('ar', count)} حرفًا`,
    other: `${numberIn('ar', count)} حرف`,
  });

export const coach: CoachText = {
  // The coach's page
  makeLinkTitle: 'أنشئ رابطًا لمتدربيك',
  makeLinkIntro: 'أرسل إلى متدربيك رابطًا إلى Backcheck يحمل اسمك، أو علّق رمز QR الخاص به على الحائط.',
  traineesAnswer: 'يجيب متدربوك عن بضعة أسئلة قصيرة على هواتفهم، ويعرفون ما عليهم فعله. لا يُرسل أي شيء إليك ولا إلى أي شخص آخر.',
  theySendResult: 'وإذا أرادوا، يرسلون إليك نتيجتهم في رابط، مع اسمهم الأول إن شاؤوا.',
  youSeeWhatItMeans: 'ترى ما تعنيه النتيجة بالنسبة إلى تمرينهم، ويمكنك حفظها في قائمة متدربيك، على هذا الجهاز فقط.',
  seeTraineesList: 'اعرض قائمة متدربيك',
  yourName: 'اسمك',
  nameHint: (max: number) => `سيرى متدربوك عبارة «أرسله إليك مدربك» وهذا الاسم. الحد الأقصى: ${characters(max, 'حرفان')}.`,
  sportLegend: 'ما الرياضة التي تدرّبها؟',
  sportHint: 'لن يُسأل متدربوك عن تمرينهم.',
  sportRequired: 'اختر الرياضة التي تدرّبها، أو دع كل متدرب يحددها بنفسه',
  letEachTraineeSay: 'دع كل متدرب يحددها بنفسه',
  makeLink: 'أنشئ الرابط',
  yourLink: 'رابطك',
  sendThisLink: 'أرسل هذا الرابط إلى متدربيك',
  copyLink: 'انسخ الرابط',
  linkCopied: 'تم نسخ الرابط.',
  selectAndCopy: 'حدد الرابط أعلاه وانسخه.',

  // A coach's name, as the coach types it and as a trainee's first name is checked
  nameRequired: 'أدخل اسمك',
  nameTooLong: (max: number) => `يجب ألا يزيد اسمك على ${characters(max, 'حرفين')}`,
  nameStartsWithLetter: 'يجب أن يبدأ اسمك بحرف',
  nameCharacters: "يمكن أن يحتوي اسمك فقط على أحرف وأرقام ومسافات ونقاط وشرطات وفواصل عليا (')",
  nameAccents: 'يمكن أن يحمل كل حرف في اسمك 3 علامات تشكيل على الأكثر',

  // The QR code and the poster
  qrHeading: 'رمز QR',
  qrScan: 'يستطيع متدربوك مسحه بكاميرا هواتفهم لفتح رابطك.',
  qrLabel: (url: string) => `رمز QR لرابطك: ${url}`,
  downloadSvg: 'نزّل رمز QR (SVG)',
  downloadPng: 'نزّل رمز QR (PNG)',
  printPoster: 'اطبع ملصقًا',
  posterTitle: 'ألم في الظهر بعد التمرين؟',
  posterLead: 'امسح الرمز لتعرف خلال دقيقتين (2) هل هو ألم العضلات المعتاد، أم شد عضلي على الأرجح، أم سبب لمراجعة الطبيب.',
  posterSentBy: (name: string) => `أرسله إليك مدربك ${name}. لا حاجة إلى إنشاء حساب: تبقى إجاباتك على هاتفك إلا إذا اخترت أن ترسلها.`,

  // The trainees' list
  teamTitle: 'نتائج متدربيك',
  keptHere: 'محفوظة على هذا الجهاز فقط. لا يُرسل أي شيء إلى أي مكان: كل نتيجة وصلت في رابط اختار أحد متدربيك أن يرسله إليك، وتبقى هنا حتى تحذفها.',
  noResultsYet: 'لا توجد نتائج محفوظة بعد. عندما يرسل إليك أحد متدربيك نتيجته، افتح الرابط واختر «احفظ في قائمة متدربي».',
  newestFirst: 'الأحدث أولًا. النتائج المرسلة دون اسم تُعرض كل واحدة منها على حدة، لأن Backcheck لا يستطيع معرفة أصحابها.',
  /** `result` is the result in words («شد عضلي على الأرجح»); `on` the date of the answers. */
  latestResult: (result: string, on: string) => `أحدث نتيجة: ${result}، بتاريخ ${on}.`,
  latestResultUndated: (result: string) => `أحدث نتيجة: ${result}، بتاريخ غير معروف.`,
  /** The pain chart of one trainee's results. */
  painChartTitle: (name: string) => `ألم ${name} من 10، نتيجة بعد نتيجة`,
  dateNotKnown: 'التاريخ غير معروف',
  /** A result sent without a name, by the date of the answers. */
  unnamedHeading: (on: string) => `أحد المتدربين، ${on}`,
  unnamedHeadingUndated: 'أحد المتدربين، التاريخ غير معروف',
  sentWithoutName: 'أُرسلت دون اسم، لذا تُعرض وحدها.',
  /** One result: the result in words, the pain out of 10, when the pain began («في …») and the day it was kept. */
  summary: (result: string, severity: number, began: string, kept: string) => `النتيجة: ${result}. الألم ${severity} من 10. بدأ ${began}. حُفظت في ${kept}.`,
  /* The name of one result, said after «اعرض» and «احذف». */
  resultLabel: (name: string, on: string) => `نتيجة ${name} بتاريخ ${on}`,
  resultLabelUndated: (name: string, kept: string) => `نتيجة ${name} بتاريخ غير معروف، المحفوظة في ${kept}`,
  unnamedLabel: (on: string) => `نتيجة أحد المتدربين بتاريخ ${on}`,
  unnamedLabelUndated: (kept: string) => `نتيجة أحد المتدربين بتاريخ غير معروف، المحفوظة في ${kept}`,
  /** Two results whose names would sound the same, numbered in the order they were sent. */
  numberedLabel: (label: string, position: number, count: number) => `${label}، ${position} من ${count}`,
  seeTheResult: 'اعرض النتيجة',
  seeResult: (label: string) => `اعرض ${label}`,
  deleteFromTheList: 'احذف من القائمة',
  deleteResult: (label: string) => `احذف ${label} من القائمة`,
  deleteQuestion: (label: string) => `هل تريد حذف ${label} من قائمتك؟`,
  yesDeleteIt: 'نعم، احذفها',
  deleteAll: 'احذف الكل',
  deleteAllQuestion: 'هل تريد حذف كل النتائج من قائمة متدربيك على هذا الجهاز؟',
  yesDeleteAll: 'نعم، احذفها كلها',
};
