import { numberIn, pluralOf } from '../../count';
import type { SavedProgressText } from '../../en/saved-progress';

export const savedProgress: SavedProgressText = {
  resultToday: 'لديك نتيجة من اليوم.',
  /** A date in words, such as «الثلاثاء 3 نوفمبر». */
  lastCheckOn: (date: string) => `كان تقييمك الأخير في ${date}.`,
  seeResult: 'اعرض نتيجتك',
  checkAgain: 'أعد التقييم',
  startAboutNewProblem: 'ابدأ من أجل مشكلة جديدة',
  /** A date in words, such as «الثلاثاء 3 نوفمبر». */
  begunOn: (date: string) => `بدأت الإجابة عن الأسئلة في ${date}. سيسألك Backcheck مرة أخرى عن حالتك الآن، ويحسب الأيام منذ بداية الألم.`,
  answersSaved: 'لديك إجابات محفوظة على هذا الجهاز.',
  continueWhereLeft: 'تابع من حيث توقفت',
  startAgain: 'ابدأ من جديد',
  checksKept: (count: number) =>
    pluralOf('ar', count, {
      zero: `لديك ${numberIn('ar', count)} تقييم محفوظ على هذا الجهاز.`,
      one: 'لديك تقييم واحد محفوظ على هذا الجهاز.',
      two: 'لديك تقييمان محفوظان على هذا الجهاز.',
      few: `لديك ${numberIn('ar', count)} تقييمات محفوظة على هذا الجهاز.`,
      many: `لديك ${numberIn('ar', count)} تقييمًا محفوظًا على هذا الجهاز.`,
      other: `لديك ${numberIn('ar', count)} تقييم محفوظ على هذا الجهاز.`,
    }),
  seeChecks: 'اعرض تقييماتك، أو أعد التقييم',

  // A link from a different coach from the one remembered.
  switchCoachQuestion: (from: string, to: string) => `هل تريد التبديل من ${from} إلى ${to}؟`,
  switchCoachWhy: (to: string) => `هذا الرابط من ${to}. يتذكر Backcheck مدربًا واحدًا فقط على هذا الجهاز، ويعرض عليك أن ترسل نتيجتك إليه.`,
  switchTo: (name: string) => `بدّل إلى ${name}`,
  keepCoach: (name: string) => `أبقِ على ${name}`,
};
