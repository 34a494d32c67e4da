import type { Answers } from '../../../triage';
import type { RedFlag, UnsureField } from '../../../triage/vocabulary';
import { countWith, pluralOf } from '../../count';
import type { ReasonsText } from '../../en/reasons';

type Timing = Answers['timing'];

/** "vor 1 Tag", "vor 3 Tagen", "seit 3 Tagen": the dative after "vor" and "seit". */
const days = (count: number) => countWith('de', count, { one: 'Tag', other: 'Tagen' });
const since = (count: number) => (count === 0 ? 'heute' : `vor ${days(count)}`);
const startedAgo = (count: number) => `Die Schmerzen haben ${since(count)} angefangen`;
const rated = (severity: number) => `du hast deine Schmerzen mit ${severity} von 10 bewertet`;
const careful = 'deshalb ist Backcheck von der vorsichtigeren Antwort ausgegangen';

const listAnd = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} und ${parts.at(-1) ?? ''}`);
const listOr = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} oder ${parts.at(-1) ?? ''}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A severe-pain reason: what the person was not sure of, if anything, then what is known for sure, then why. */
const severe = (notSure: readonly string[], known: readonly string[], then: string) => {
  const facts = `${capitalise(listAnd(known))}. ${then}`;
  return notSure.length === 0 ? facts : `Du warst dir nicht sicher, ${listOr(notSure)}. ${facts}`;
};

export const reasons: ReasonsText = {
  notSureOf: {
    suddenMoment: 'ob es in einem bestimmten Moment angefangen hat (zum Beispiel mit einem Zwicken, einem Knacken oder einem Einklemmen)',
    loadedArea: 'ob die Schmerzen dort sind, wo deine Muskeln am meisten gearbeitet haben',
    timing: 'wann die Schmerzen angefangen haben',
    radiation: 'ob die Schmerzen ausstrahlen',
    trend: 'ob es besser oder schlechter wird',
  } satisfies Record<UnsureField, string>,
  tookCarefulAnswer: (notSure: string, why: string) => `Du warst dir nicht sicher, ${notSure}, ${careful}. ${why}`,
  notSureButFits: (notSure: string, why: string) => `Du warst dir nicht sicher, ${notSure}. ${why}`,

  redFlags: {
    'saddle-numbness': 'Du hast ein Taubheitsgefühl oder Kribbeln rund um deine Geschlechtsteile, deinen Po oder die Innenseiten deiner Oberschenkel.',
    'bladder-bowel': 'Du hast neue Probleme beim Urinlassen, verlierst ungewollt Urin oder Stuhl, oder du spürst nicht, wann du auf die Toilette musst.',
    'both-legs': 'Du hast Schmerzen, ein Taubheitsgefühl oder Kribbeln, die vom Rücken in beide Beine hinunterziehen.',
    'leg-weakness': 'Du hast eine neue Schwäche in einem Bein oder Fuß.',
    'dark-urine': 'Beim Urinlassen kommt dunkelbrauner oder colafarbener Urin, oder du hast 12 Stunden lang kaum Urin gelassen, obwohl du trinkst.',
    'chest-symptoms':
      'Du hast mindestens eines dieser Anzeichen: Brustschmerzen oder Druck auf der Brust, Atemnot, Blut husten, Schmerzen, die in den Arm oder Kiefer ausstrahlen, oder kalter Schweiß.',
    'swollen-muscles': 'Deine schmerzenden Rückenmuskeln sind geschwollen, fühlen sich hart oder gespannt wie eine Trommel an, oder die Haut darüber ist taub.',
    trauma: 'Deine Schmerzen haben mit einem Sturz, einem Zusammenstoß, einem Schlag oder einem Gewicht angefangen, das auf dich gefallen ist.',
    fever: 'Du hast Fieber oder Schüttelfrost, oder du fühlst dich allgemein krank.',
    urinary: 'Du hast ein Brennen beim Urinlassen, Blut im Urin oder Schmerzen in der Seite unterhalb der Rippen.',
    'cannot-walk': 'Du kannst nicht gehen oder stehen, oder du kannst dich wegen der Schmerzen nicht selbst versorgen.',
    'breathing-pain': 'Du hast scharfe Schmerzen im oberen Rücken, in der Seite oder in der Brust, wenn du tief einatmest.',
    'cancer-history': 'Du hast Krebs oder hattest schon einmal Krebs.',
    'weight-loss': 'Du hast abgenommen, ohne es zu versuchen.',
    'night-pain': 'Du hast in der Nacht ständige Schmerzen, die in keiner Position besser werden.',
    steroids: 'Du nimmst über lange Zeit Kortisontabletten oder hast Osteoporose (Knochenschwund).',
    immune: 'Du hast ein geschwächtes Immunsystem, oder du spritzt dir Drogen.',
  } satisfies Record<RedFlag, string>,

  cameOn: {
    during: 'während des Trainings',
    'hours-after': 'einige Stunden nach dem Training',
    'next-day': 'am Tag nach dem Training',
  } satisfies Partial<Record<Timing, string>>,
  musclePainDespitePainkillers: (notSure: readonly string[], severity: number, cameOn: string | undefined, gradual: boolean) =>
    severe(
      notSure,
      [
        rated(severity),
        ...(gradual ? ['sie haben nicht in einem bestimmten Moment angefangen'] : []),
        ...(cameOn === undefined ? [] : [`sie sind ${cameOn} aufgetreten`]),
        'Schmerzmittel haben nicht geholfen',
      ],
      'So starke Muskelschmerzen nach einem Training, gegen die Schmerzmittel nichts ausrichten, gehören jetzt in die Notaufnahme.',
    ),
  severeDelayedMusclePain: (notSure: readonly string[], severity: number, cameOn: string | undefined, inTrainedMuscles: boolean) =>
    severe(
      notSure,
      [
        rated(severity),
        ...(inTrainedMuscles ? ['sie sind in den Muskeln, die du trainiert hast'] : []),
        ...(cameOn === undefined ? [] : [`sie sind ${cameOn} aufgetreten`]),
      ],
      'So starke Muskelschmerzen in den ersten Tagen nach einer harten Einheit sollten noch heute abgeklärt werden.',
    ),
  severeUnrelenting: (daysSince: number, severity: number) =>
    severe(
      [],
      [rated(severity), 'nichts lindert sie', `sie haben ${since(daysSince)} angefangen`],
      'So starke Schmerzen, die durch nichts besser werden, sollten noch heute abgeklärt werden.',
    ),
  severeNotEasing: (notSure: readonly string[], daysSince: number, severity: number, gettingWorse: boolean | undefined) =>
    severe(
      notSure,
      [
        rated(severity),
        `sie haben ${since(daysSince)} angefangen`,
        ...(gettingWorse === undefined ? [] : [gettingWorse ? 'sie werden schlechter' : 'sie werden nicht besser']),
      ],
      'So starke Schmerzen sollten nach 3 Tagen nachlassen, deshalb sollten sie noch heute abgeklärt werden.',
    ),
  severeDespitePainkillers: (severity: number) =>
    severe(
      [],
      [rated(severity), 'Schmerzmittel haben nicht geholfen'],
      'So starke Schmerzen, die Schmerzmittel nicht lindern, sollten noch heute abgeklärt werden.',
    ),

  over50NotLinked: (age: number) =>
    `Du bist ${age} ${pluralOf('de', age, { one: 'Jahr', other: 'Jahre' })} alt, und die Schmerzen hängen nicht klar mit einem Training zusammen. Ab 50 sollte ein Arzt oder eine Ärztin Rückenschmerzen abklären, die sich nicht durch das Training erklären lassen.`,
  painBelowKnee: 'Die Schmerzen strahlen bis unter dein Knie aus. Ein Arzt oder eine Ärztin sollte die Nerven dort untersuchen.',
  noReliefAtRest: 'Ausruhen hilft nicht, und keine Position ist bequem. Schmerzen vom Training lassen nach, wenn du dich ausruhst.',
  worseAfter3Days: (daysSince: number) => `${startedAgo(daysSince)} und werden schlechter. Muskelkater vom Training klingt nach 3 Tagen ab.`,
  notImprovingAfter7Days: (daysSince: number) =>
    `${startedAgo(daysSince)} und werden nicht besser. Die meisten Zerrungen werden innerhalb einer Woche langsam besser.`,
  notImprovingAfter7DaysNotSure: (daysSince: number) =>
    `${startedAgo(daysSince)}, und du warst dir nicht sicher, ob sie besser werden, ${careful}. Die meisten Zerrungen werden innerhalb einer Woche langsam besser.`,
  lasting14Days: (daysSince: number) =>
    `Du hast die Schmerzen seit ${days(daysSince)}. Die meisten Rückenschmerzen vom Training sind innerhalb von 2 Wochen viel besser.`,

  suddenMoment:
    'Du kannst den Moment benennen, in dem es angefangen hat, zum Beispiel ein Zwicken, ein Knacken oder ein Einklemmen. Muskelkater kommt nach und nach.',
  suddenMomentNotSure: `Du warst dir nicht sicher, ob es in einem bestimmten Moment angefangen hat (zum Beispiel mit einem Zwicken, einem Knacken oder einem Einklemmen), ${careful}. Eine Zerrung fängt so an; Muskelkater kommt nach und nach.`,
  startedDuringWorkout: 'Die Schmerzen haben während des Trainings angefangen. Muskelkater kommt erst Stunden später.',
  notLinkedToWorkout: 'Die Schmerzen hängen nicht klar mit einem Training zusammen, deshalb ist es wahrscheinlich kein Muskelkater vom Training.',
  sharpPain: {
    sharp: 'Es ist ein scharfer oder stechender Schmerz. Muskelkater fühlt sich wie ein dumpfer Schmerz oder eine Steifheit an.',
    shooting: 'Es ist ein einschießender oder elektrisierender Schmerz. Muskelkater fühlt sich wie ein dumpfer Schmerz oder eine Steifheit an.',
    burning: 'Es ist ein brennender Schmerz. Muskelkater fühlt sich wie ein dumpfer Schmerz oder eine Steifheit an.',
  } satisfies Record<Exclude<Answers['character'], 'dull' | 'tight'>, string>,
  oneSide: 'Die Schmerzen sind nur auf einer Seite. Muskelkater spürst du meist gleichmäßig verteilt in den Muskeln, die du trainiert hast.',
  achesAtRest: 'Es schmerzt auch noch, wenn du dich ausruhst. Muskelkater tut nur weh, wenn du dich bewegst oder dehnst.',
  notWhereYouTrained:
    'Die Schmerzen sind nicht dort, wo deine Muskeln am meisten gearbeitet haben. Muskelkater spürst du in den Muskeln, die du trainiert hast.',
  notWhereYouTrainedNotSure: `Du warst dir nicht sicher, ob die Schmerzen dort sind, wo deine Muskeln am meisten gearbeitet haben, ${careful}. Muskelkater spürst du in den Muskeln, die du trainiert hast.`,
  spreadsToButtockOrThigh: 'Die Schmerzen strahlen in eine Gesäßhälfte oder einen Oberschenkel aus. Muskelkater bleibt in den Muskeln, die du trainiert hast.',
  severePain: (severity: number) =>
    `Du hast deine Schmerzen mit ${severity} von 10 bewertet. Das ist mehr, als Muskelkater vom Training normalerweise mit sich bringt.`,
  outlastingSoreness: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. Muskelkater ist nach etwa einer Woche vorbei.`
      : `${startedAgo(daysSince)} und lassen noch nicht nach. Muskelkater klingt nach etwa 3 Tagen ab.`,
  outlastingSorenessNotSure: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. Muskelkater ist nach etwa einer Woche vorbei.`
      : `${startedAgo(daysSince)}, und du warst dir nicht sicher, ob sie nachlassen, ${careful}. Muskelkater klingt nach etwa 3 Tagen ab.`,

  cameOnGradually: {
    'next-day': 'Es hat nach und nach angefangen, am Tag nach dem Training, so wie Muskelkater.',
    'hours-after': 'Es hat nach und nach angefangen, einige Stunden nach dem Training, so wie Muskelkater.',
  } satisfies Partial<Record<Timing, string>>,
  dullOrTight: {
    dull: 'Es ist ein dumpfer Schmerz, so wie bei Muskelkater.',
    tight: 'Es fühlt sich verspannt oder steif an, so wie bei Muskelkater.',
  } satisfies Partial<Record<Answers['character'], string>>,
  easesAtRest: 'Es tut nur weh, wenn du dich bewegst oder dehnst, und in Ruhe geht es dir gut.',
  whereYouTrained: {
    'both-sides': 'Die Schmerzen sind auf beiden Seiten, in den Muskeln, die am meisten gearbeitet haben, und bleiben im Rücken.',
    center: 'Die Schmerzen sind entlang der Mitte, in den Muskeln, die am meisten gearbeitet haben, und bleiben im Rücken.',
  } satisfies Partial<Record<Answers['side'], string>>,
  withinSorenessWindow: (daysSince: number) => `${startedAgo(daysSince)}. Muskelkater ist in den ersten 3 Tagen am schlimmsten und lässt dann nach.`,
  withinSorenessWindowEasing: (daysSince: number) => `${startedAgo(daysSince)} und lassen schon nach.`,

  mixedPicture:
    'Manche deiner Antworten passen zu normalem Muskelkater. Aber Muskelkater erklärt Rückenschmerzen nur, wenn alle dazu passen, deshalb ist eine Zerrung wahrscheinlicher.',
};
