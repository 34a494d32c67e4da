import type { Answers } from '../../../triage';
import type { StartText } from '../../en/start';

export const start: StartText = {
  /** The page's name in the tab, and its heading. */
  title: 'ألم في الظهر بعد التمرين؟',
  damagedCoachLink: 'الرابط الذي فتحته تالف، لذا تعذّرت قراءة بيانات مدربك. ويمكنك مع ذلك أن تجيب عن الأسئلة.',
  sentByCoach: (name: string) => `أرسله إليك مدربك ${name}`,
  /** The coach's name, and their sport as named in `activities`: «أرسله إليك سام، مدربك في الجري». */
  sentByCoachFor: (name: string, activity: string) => `أرسله إليك ${name}، مدربك في ${activity}`,
  /** Said after «مدربك في …». */
  activities: {
    lifting: 'رفع الأثقال والكروس فيت',
    running: 'الجري',
    cycling: 'ركوب الدراجات',
    sport: 'الرياضة',
    other: 'التمرين',
  } satisfies Record<NonNullable<Answers['activity']>, string>,
  lead: 'أجب عن بضعة أسئلة قصيرة لتعرف هل هو ألم العضلات المعتاد، أم شد عضلي على الأرجح، أم سبب لمراجعة الطبيب.',
  takesTwoMinutes: 'يستغرق ذلك نحو دقيقتين (2). لا حاجة إلى إنشاء حساب، وتبقى إجاباتك على هذا الجهاز.',
  takesTwoMinutesNotSaving:
    'يستغرق ذلك نحو دقيقتين (2). لا حاجة إلى إنشاء حساب، ولا تُرسل إجاباتك إلى أي مكان؛ لكن هذا الجهاز لا يحفظها، لذا ستضيع عندما تغلق هذه الصفحة.',
  notADiagnosis: 'هذا ليس تشخيصًا.',
  callIfUnwell: (number: string) => `إذا شعرت بتوعك شديد، فاتصل بالرقم ${number} الآن.`,
  orLocalNumber: '(أو رقم الطوارئ المحلي لديك)',
  startNow: 'ابدأ الآن',
  forgetCoach: (name: string) => `احذف المدرب ${name}`,

  // Someone with answers or checks saved.
  countryLabel: 'بلدك، لمعرفة رقم الطوارئ',
  countryNotListed: (number: string) => `بلدي غير موجود في القائمة: استخدم ${number}`,
  countryOption: (country: string, number: string) => `${country} (${number})`,
  countryNotSaved: 'هذا الجهاز لا يحفظ اختيارك: يبقى ساريًا حتى تغلق هذه الصفحة.',
};
