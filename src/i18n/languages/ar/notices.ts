import type { NoticesText } from '../../en/notices';

export const notices: NoticesText = {
  savedNotice: {
    unreadable: 'تعذّرت قراءة إجاباتك المحفوظة، لذا بدأ Backcheck من جديد.',
    older: 'إجاباتك المحفوظة من إصدار أقدم من Backcheck، لذا بدأ من جديد.',
    newer: 'حُفظت إجاباتك بإصدار من Backcheck أحدث من هذه الصفحة. أعد تحميل الصفحة للحصول على أحدث إصدار.',
    notReadYet:
      'تعذّرت قراءة إجاباتك وتقييماتك المحفوظة الآن، لكنها ما زالت على هذا الجهاز. سيقرؤها Backcheck مرة أخرى حالما يستطيع؛ وحتى ذلك الحين، لن يُحفظ ما تجيب عنه هنا.',
    otherTab: 'تغيّرت إجاباتك في علامة تبويب أو نافذة أخرى، لذا تعرض هذه الصفحة الآن أحدث إجاباتك.',
    wrongClock: 'إذا كان التاريخ على هذا الجهاز خاطئًا، فصحّحه الآن ثم افتح Backcheck مرة أخرى.',
  },
  /** What could not be used, each part named; the parts are listed together in `leftOut`. */
  leftOutPart: {
    answer: (question: string) => `إجابتك عن «${question}»`,
    retiredAnswer: 'إجابة عن سؤال لم يعد Backcheck يطرحه',
    coachActivity: (coach: string) => `نوع التمرين الذي حدده مدربك ${coach}`,
    coach: 'بيانات مدربك',
    checks: (count: number) => (count === 1 ? 'أحد تقييماتك المحفوظة' : count === 2 ? 'اثنان من تقييماتك المحفوظة' : `${count} من تقييماتك المحفوظة`),
    allChecks: 'تقييماتك المحفوظة',
    futureChecks: (count: number) =>
      count === 1 ? 'تقييم محفوظ تاريخه بعد اليوم' : count === 2 ? 'تقييمان محفوظان تاريخهما بعد اليوم' : `${count} من التقييمات المحفوظة تاريخها بعد اليوم`,
    contradictedChecks: (count: number) =>
      count === 1
        ? 'تقييم محفوظ لا تطابق نتيجته إجاباته'
        : count === 2
          ? 'تقييمان محفوظان لا تطابق نتيجتاهما إجاباتهما'
          : `${count} من التقييمات المحفوظة لا تطابق نتائجها إجاباتها`,
    team: (count: number): string => (count === 1 ? 'إحدى النتائج في قائمة متدربيك' : 'بعض النتائج في قائمة متدربيك'),
    allTeam: 'النتائج في قائمة متدربيك',
  },
  leftOut: (parts: string[]) => {
    const list = parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join('، ')} و${parts.at(-1) ?? ''}`;
    return `تعذّر على Backcheck استخدام ${list}، لذا ${parts.length === 1 ? 'تُرك هذا الجزء' : 'تُركت هذه الأجزاء'} جانبًا. وكل ما حفظته غير ذلك ما زال محفوظًا.`;
  },
};
