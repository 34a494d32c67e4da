import type { Answers } from '../../../triage';
import type { RedFlag, UnsureField } from '../../../triage/vocabulary';
import { numberIn, pluralOf } from '../../count';
import type { ReasonsText } from '../../en/reasons';

type Timing = Answers['timing'];

/** A count of days after «منذ»: "يوم واحد", "يومين", "3 أيام", "11 يومًا", "100 يوم". */
const days = (count: number) =>
  pluralOf('ar', count, {
    zero: `${numberIn('ar', count)} يوم`,
    one: 'يوم واحد',
    two: 'يومين',
    few: `${numberIn('ar', count)} أيام`,
    many: `${numberIn('ar', count)} يومًا`,
    other: `${numberIn('ar', count)} يوم`,
  });
const started = (count: number) => (count === 0 ? 'بدأ اليوم' : `بدأ منذ ${days(count)}`);
const startedAgo = (count: number) => (count === 0 ? 'بدأ الألم اليوم' : `بدأ الألم منذ ${days(count)}`);
const rated = (severity: number) => `أعطيت الألم درجة ${severity} من 10`;

/** The word for years after an age: "55 سنة", "10 سنوات". */
const years = (age: number) => pluralOf('ar', age, { zero: 'سنة', one: 'سنة', two: 'سنة', few: 'سنوات', many: 'سنة', other: 'سنة' });

const listAnd = (parts: readonly string[]) => parts.join('، و');
const listOr = (parts: readonly string[]) => parts.join('، أو ');

/** A severe-pain reason: what the person was not sure of, if anything, then what is known for sure, then why. */
const severe = (notSure: readonly string[], known: readonly string[], then: string) => {
  const facts = `${listAnd(known)}. ${then}`;
  return notSure.length === 0 ? facts : `لم تكن متأكدًا ${listOr(notSure)}. ${facts}`;
};

const careful = 'لذا أخذ Backcheck بالإجابة الأكثر حذرًا';

export const reasons: ReasonsText = {
  /** Said after «لم تكن متأكدًا …». */
  notSureOf: {
    suddenMoment: 'مما إذا كان الألم قد بدأ في لحظة واحدة، مثل وخزة أو طقة أو شيء يعلق',
    loadedArea: 'مما إذا كان الألم في المكان الذي بذلت فيه عضلاتك أكبر جهد',
    timing: 'من وقت بداية الألم',
    radiation: 'مما إذا كان الألم ينتشر',
    trend: 'مما إذا كان الألم يتحسن أم يسوء',
  } satisfies Record<UnsureField, string>,
  tookCarefulAnswer: (notSure: string, why: string) => `لم تكن متأكدًا ${notSure}، ${careful}. ${why}`,
  notSureButFits: (notSure: string, why: string) => `لم تكن متأكدًا ${notSure}. ${why}`,

  redFlags: {
    'saddle-numbness': 'لديك خدر أو تنميل حول الأعضاء التناسلية أو المقعدة أو باطن الفخذين.',
    'bladder-bowel': 'لديك صعوبة جديدة في التبول، أو يتسرب منك البول أو البراز، أو لا تشعر بحاجتك إلى دخول الحمام.',
    'both-legs': 'لديك ألم أو خدر أو تنميل ينتقل من ظهرك نزولًا إلى الساقين كلتيهما.',
    'leg-weakness': 'لديك ضعف جديد في الساق أو القدم.',
    'dark-urine': 'بولك بني داكن أو بلون الكولا، أو لا يكاد يخرج منك بول لمدة 12 ساعة رغم أنك تشرب السوائل.',
    'chest-symptoms': 'لديك ألم في الصدر أو شعور بضغط فيه، أو ضيق في التنفس، أو خروج دم مع السعال، أو ألم ينتشر إلى ذراعك أو فكك، أو عرق بارد.',
    'swollen-muscles': 'عضلات ظهرك المتألمة متورمة، أو تشعر بأنها صلبة أو مشدودة كالطبل، أو في الجلد فوقها خدر.',
    trauma: 'بدأ ألمك مع سقطة، أو اصطدام، أو ضربة، أو ثقل وقع عليك.',
    fever: 'لديك حمى أو قشعريرة، أو تشعر بتوعك عام.',
    urinary: 'لديك حرقة عند التبول، أو دم في البول، أو ألم في جنبك تحت الأضلاع.',
    'cannot-walk': 'لا تستطيع المشي أو الوقوف، أو لا تستطيع الاعتناء بنفسك بسبب الألم.',
    'breathing-pain': 'لديك ألم حاد في أعلى ظهرك أو جنبك أو صدرك عندما تأخذ نفسًا عميقًا.',
    'cancer-history': 'سبق أن أصبت بالسرطان، أو أنت مصاب به الآن.',
    'weight-loss': 'فقدت وزنًا دون أن تحاول ذلك.',
    'night-pain': 'لديك ألم مستمر في الليل لا تخففه أي وضعية.',
    steroids: 'تتناول أقراص الكورتيزون (الستيرويد) لفترة طويلة، أو لديك هشاشة العظام (ترقق العظام).',
    immune: 'جهاز المناعة لديك ضعيف، أو تتعاطى المخدرات بالحقن.',
  } satisfies Record<RedFlag, string>,

  /** Said after «ظهر …». */
  cameOn: {
    during: 'أثناء التمرين',
    'hours-after': 'بعد التمرين بساعات قليلة',
    'next-day': 'في اليوم التالي للتمرين',
  } satisfies Partial<Record<Timing, string>>,
  musclePainDespitePainkillers: (notSure: readonly string[], severity: number, cameOn: string | undefined, gradual: boolean) =>
    severe(
      notSure,
      [rated(severity), ...(gradual ? ['لم يبدأ في لحظة واحدة'] : []), ...(cameOn === undefined ? [] : [`ظهر ${cameOn}`]), 'لم تساعد مسكنات الألم'],
      'الألم العضلي بهذه الشدة بعد التمرين، الذي لا تؤثر فيه مسكنات الألم، يحتاج إلى الذهاب إلى قسم الطوارئ الآن.',
    ),
  severeDelayedMusclePain: (notSure: readonly string[], severity: number, cameOn: string | undefined, inTrainedMuscles: boolean) =>
    severe(
      notSure,
      [rated(severity), ...(inTrainedMuscles ? ['هو في العضلات التي دربتها'] : []), ...(cameOn === undefined ? [] : [`ظهر ${cameOn}`])],
      'الألم العضلي بهذه الشدة في الأيام الأولى بعد حصة تمرين شاقة ينبغي فحصه اليوم.',
    ),
  severeUnrelenting: (daysSince: number, severity: number) =>
    severe([], [rated(severity), 'لا يخففه شيء', started(daysSince)], 'الألم بهذه الشدة الذي لا يخففه شيء ينبغي فحصه اليوم.'),
  severeNotEasing: (notSure: readonly string[], daysSince: number, severity: number, gettingWorse: boolean | undefined) =>
    severe(
      notSure,
      [rated(severity), started(daysSince), ...(gettingWorse === undefined ? [] : [gettingWorse ? 'هو يسوء' : 'هو لا يتحسن'])],
      'الألم بهذه الشدة ينبغي أن يكون قد بدأ يخف بعد 3 أيام، لذا ينبغي فحصه اليوم.',
    ),
  severeDespitePainkillers: (severity: number) =>
    severe([], [rated(severity), 'لم تساعد مسكنات الألم'], 'الألم بهذه الشدة الذي لا تخففه مسكنات الألم ينبغي فحصه اليوم.'),

  over50NotLinked: (age: number) => `عمرك ${age} ${years(age)}، والألم لا يرتبط بوضوح بتمرين. ومن سن 50، ينبغي أن يفحص الطبيب ألم الظهر الذي لا يفسره التمرين.`,
  painBelowKnee: 'ينتشر الألم إلى ما تحت ركبتك. ينبغي أن يفحص الطبيب الأعصاب هناك.',
  noReliefAtRest: 'الراحة لا تخففه، ولا توجد وضعية مريحة. أما الألم الناتج عن التمرين فيخف عندما ترتاح.',
  worseAfter3Days: (daysSince: number) => `${startedAgo(daysSince)}، وهو يسوء. ألم العضلات الناتج عن التمرين يخف بعد 3 أيام.`,
  notImprovingAfter7Days: (daysSince: number) => `${startedAgo(daysSince)}، وهو لا يتحسن. معظم حالات الشد العضلي تبدأ بالتحسن خلال أسبوع.`,
  notImprovingAfter7DaysNotSure: (daysSince: number) =>
    `${startedAgo(daysSince)}، ولم تكن متأكدًا مما إذا كان يتحسن، ${careful}. معظم حالات الشد العضلي تبدأ بالتحسن خلال أسبوع.`,
  lasting14Days: (daysSince: number) => `تشعر بهذا الألم منذ ${days(daysSince)}. معظم آلام الظهر الناتجة عن التمرين تتحسن كثيرًا خلال أسبوعين (2).`,

  suddenMoment: 'تستطيع تحديد اللحظة التي بدأ فيها الألم، مثل وخزة أو طقة أو شيء يعلق. أما ألم العضلات فيأتي تدريجيًا.',
  suddenMomentNotSure: `لم تكن متأكدًا مما إذا كان الألم قد بدأ في لحظة واحدة، مثل وخزة أو طقة أو شيء يعلق، ${careful}. الشد العضلي يبدأ بهذه الطريقة، أما ألم العضلات فيأتي تدريجيًا.`,
  startedDuringWorkout: 'بدأ الألم أثناء التمرين. أما ألم العضلات فيأتي بعد ساعات.',
  notLinkedToWorkout: 'الألم لا يرتبط بوضوح بتمرين، لذا يُستبعد أن يكون ألم العضلات الناتج عن التمرين.',
  sharpPain: {
    sharp: 'الألم حاد أو كالطعنة. أما ألم العضلات فيكون ألمًا مكتومًا أو تيبسًا.',
    shooting: 'الألم ينطلق كالسهم أو يشبه الكهرباء. أما ألم العضلات فيكون ألمًا مكتومًا أو تيبسًا.',
    burning: 'الألم حارق. أما ألم العضلات فيكون ألمًا مكتومًا أو تيبسًا.',
  } satisfies Record<Exclude<Answers['character'], 'dull' | 'tight'>, string>,
  oneSide: 'الألم في جانب واحد فقط. أما ألم العضلات فتشعر به عادة بالتساوي في العضلات التي دربتها.',
  achesAtRest: 'ما زال الألم موجودًا عندما ترتاح. أما ألم العضلات فلا يؤلم إلا عندما تتحرك أو تمدّ عضلاتك.',
  notWhereYouTrained: 'الألم ليس في المكان الذي بذلت فيه عضلاتك أكبر جهد. أما ألم العضلات فتشعر به في العضلات التي دربتها.',
  notWhereYouTrainedNotSure: `لم تكن متأكدًا مما إذا كان الألم في المكان الذي بذلت فيه عضلاتك أكبر جهد، ${careful}. فألم العضلات تشعر به في العضلات التي دربتها.`,
  spreadsToButtockOrThigh: 'ينتشر الألم إلى الردف أو الفخذ. أما ألم العضلات فيبقى في العضلات التي دربتها.',
  severePain: (severity: number) => `أعطيت الألم درجة ${severity} من 10. وهذا أشد مما يسببه ألم العضلات بعد التمرين عادة.`,
  outlastingSoreness: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. ألم العضلات يزول خلال أسبوع تقريبًا.`
      : `${startedAgo(daysSince)}، ولم يبدأ يخف بعد. ألم العضلات يخف بعد 3 أيام تقريبًا.`,
  outlastingSorenessNotSure: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. ألم العضلات يزول خلال أسبوع تقريبًا.`
      : `${startedAgo(daysSince)}، ولم تكن متأكدًا مما إذا كان يخف، ${careful}. ألم العضلات يخف بعد 3 أيام تقريبًا.`,

  cameOnGradually: {
    'next-day': 'جاء الألم تدريجيًا، في اليوم التالي للتمرين، كما يحدث في ألم العضلات.',
    'hours-after': 'جاء الألم تدريجيًا، بعد التمرين بساعات قليلة، كما يحدث في ألم العضلات.',
  } satisfies Partial<Record<Timing, string>>,
  dullOrTight: {
    dull: 'الألم مكتوم، كما هو الحال في ألم العضلات.',
    tight: 'تشعر بأنه مشدود أو متيبس، كما هو الحال في ألم العضلات.',
  } satisfies Partial<Record<Answers['character'], string>>,
  easesAtRest: 'لا يؤلمك إلا عندما تتحرك أو تمدّ عضلاتك، وتكون بخير عندما ترتاح.',
  whereYouTrained: {
    'both-sides': 'الألم في الجانبين كليهما، في العضلات التي بذلت أكبر جهد، ويبقى في ظهرك.',
    center: 'الألم على امتداد الوسط، في العضلات التي بذلت أكبر جهد، ويبقى في ظهرك.',
  } satisfies Partial<Record<Answers['side'], string>>,
  withinSorenessWindow: (daysSince: number) => `${startedAgo(daysSince)}. يكون ألم العضلات في أشده في أول 3 أيام، ثم يخف.`,
  withinSorenessWindowEasing: (daysSince: number) => `${startedAgo(daysSince)}، وقد بدأ يخف بالفعل.`,

  mixedPicture: 'بعض إجاباتك تناسب ألم العضلات المعتاد، لكن ألم العضلات لا يفسر ألم الظهر إلا إذا كانت كل الإجابات تناسبه، لذا فالأرجح أنه شد عضلي.',
};
