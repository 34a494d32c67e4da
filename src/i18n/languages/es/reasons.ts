import type { ReasonsText } from '../../en/reasons';
import type { Answers } from '../../../triage';
import type { RedFlag, UnsureField } from '../../../triage/vocabulary';
import { countWith } from '../../count';

type Timing = Answers['timing'];

const days = (count: number) => countWith('es', count, { one: 'día', many: 'días', other: 'días' });
const started = (count: number) => (count === 0 ? 'empezó hoy' : `empezó hace ${days(count)}`);
const startedAgo = (count: number) => (count === 0 ? 'Empezó hoy' : `Empezó hace ${days(count)}`);
const rated = (severity: number) => `le pusiste un ${severity} sobre 10`;

const listAnd = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} y ${parts.at(-1) ?? ''}`);
const listOr = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')}, o ${parts.at(-1) ?? ''}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A severe-pain reason: what the person was not sure of, if anything, then what is known for sure, then why. */
const severe = (notSure: readonly string[], known: readonly string[], then: string) => {
  const facts = `${capitalise(listAnd(known))}. ${then}`;
  return notSure.length === 0 ? facts : `No tenías claro ${listOr(notSure)}. ${facts}`;
};

export const reasons: ReasonsText = {
  notSureOf: {
    suddenMoment: 'si empezó en un momento concreto, como un pinchazo, un chasquido o un bloqueo',
    loadedArea: 'si está donde más trabajaron tus músculos',
    timing: 'cuándo empezó',
    radiation: 'si el dolor se extiende',
    trend: 'si está mejorando o empeorando',
  } satisfies Record<UnsureField, string>,
  tookCarefulAnswer: (notSure: string, why: string) => `No tenías claro ${notSure}, así que Backcheck eligió la respuesta más prudente. ${why}`,
  notSureButFits: (notSure: string, why: string) => `No tenías claro ${notSure}. ${why}`,

  redFlags: {
    'saddle-numbness': 'Tienes entumecimiento u hormigueo alrededor de los genitales, el trasero o la parte interna de los muslos.',
    'bladder-bowel': 'Tienes problemas nuevos para orinar, escapes de orina o de heces, o no notas cuándo necesitas ir al baño.',
    'both-legs': 'Tienes dolor, entumecimiento u hormigueo que baja desde la espalda por las dos piernas.',
    'leg-weakness': 'Tienes debilidad nueva en una pierna o un pie.',
    'dark-urine': 'Tienes la orina de color cola o marrón oscuro, o casi no has orinado en 12 horas aunque estás bebiendo.',
    'chest-symptoms': 'Tienes dolor o presión en el pecho, falta de aire, dolor que se extiende al brazo o a la mandíbula o sudor frío, o toses sangre.',
    'swollen-muscles':
      'Los músculos de la espalda que te duelen están hinchados, se notan duros o tensos como un tambor, o la piel que los cubre está entumecida.',
    trauma: 'Tu dolor empezó con una caída, un choque, un golpe o un peso que te cayó encima.',
    fever: 'Tienes fiebre o escalofríos, o te sientes mal en general.',
    urinary: 'Tienes ardor al orinar, sangre en la orina o dolor en el costado por debajo de las costillas.',
    'cannot-walk': 'No puedes caminar ni mantenerte de pie, o no puedes cuidar de ti a causa del dolor.',
    'breathing-pain': 'Tienes un dolor agudo en la parte alta de la espalda, el costado o el pecho al respirar hondo.',
    'cancer-history': 'Tienes o has tenido cáncer.',
    'weight-loss': 'Has perdido peso sin intentarlo.',
    'night-pain': 'Tienes un dolor constante por la noche que no se alivia con ninguna postura.',
    steroids: 'Tomas pastillas de corticoides de forma prolongada, o tienes osteoporosis (huesos frágiles).',
    immune: 'Tienes el sistema inmunitario debilitado, o te inyectas drogas.',
  } satisfies Record<RedFlag, string>,

  cameOn: {
    during: 'durante el entrenamiento',
    'hours-after': 'unas horas después del entrenamiento',
    'next-day': 'al día siguiente del entrenamiento',
  } satisfies Partial<Record<Timing, string>>,
  musclePainDespitePainkillers: (notSure: readonly string[], severity: number, cameOn: string | undefined, gradual: boolean) =>
    severe(
      notSure,
      [
        rated(severity),
        ...(gradual ? ['no empezó en un momento concreto'] : []),
        ...(cameOn === undefined ? [] : [`apareció ${cameOn}`]),
        'los analgésicos no han ayudado',
      ],
      'Un dolor muscular así de fuerte después de entrenar, que los analgésicos no alivian, necesita que vayas a urgencias ahora.',
    ),
  severeDelayedMusclePain: (notSure: readonly string[], severity: number, cameOn: string | undefined, inTrainedMuscles: boolean) =>
    severe(
      notSure,
      [rated(severity), ...(inTrainedMuscles ? ['está en los músculos que entrenaste'] : []), ...(cameOn === undefined ? [] : [`apareció ${cameOn}`])],
      'Un dolor muscular así de fuerte en los primeros días después de una sesión dura debería revisarse hoy.',
    ),
  severeUnrelenting: (daysSince: number, severity: number) =>
    severe([], [rated(severity), 'nada lo alivia', started(daysSince)], 'Un dolor así de fuerte que nada alivia debería revisarse hoy.'),
  severeNotEasing: (notSure: readonly string[], daysSince: number, severity: number, gettingWorse: boolean | undefined) =>
    severe(
      notSure,
      [rated(severity), started(daysSince), ...(gettingWorse === undefined ? [] : [gettingWorse ? 'está empeorando' : 'no está mejorando'])],
      'Un dolor así de fuerte debería aliviarse después de 3 días, así que debería revisarse hoy.',
    ),
  severeDespitePainkillers: (severity: number) =>
    severe([], [rated(severity), 'los analgésicos no han ayudado'], 'Un dolor así de fuerte que los analgésicos no alivian debería revisarse hoy.'),

  over50NotLinked: (age: number) =>
    `Tienes ${age} años y el dolor no está claramente relacionado con un entrenamiento. A partir de los 50, un médico debería revisar un dolor de espalda que el entrenamiento no explica.`,
  painBelowKnee: 'El dolor se extiende por debajo de la rodilla. Un médico debería revisar los nervios de esa zona.',
  noReliefAtRest: 'Descansar no lo alivia y ninguna postura es cómoda. El dolor por entrenar se alivia cuando descansas.',
  worseAfter3Days: (daysSince: number) => `${startedAgo(daysSince)} y está empeorando. El dolor muscular por entrenar se alivia después de 3 días.`,
  notImprovingAfter7Days: (daysSince: number) =>
    `${startedAgo(daysSince)} y no está mejorando. La mayoría de las distensiones empiezan a mejorar en una semana.`,
  notImprovingAfter7DaysNotSure: (daysSince: number) =>
    `${startedAgo(daysSince)} y no tenías claro si está mejorando, así que Backcheck eligió la respuesta más prudente. La mayoría de las distensiones empiezan a mejorar en una semana.`,
  lasting14Days: (daysSince: number) => `Lo tienes desde hace ${days(daysSince)}. Casi todo el dolor de espalda por entrenar está mucho mejor en 2 semanas.`,

  suddenMoment: 'Puedes señalar el momento en que empezó, como un pinchazo, un chasquido o un bloqueo. El dolor muscular aparece poco a poco.',
  suddenMomentNotSure:
    'No tenías claro si empezó en un momento concreto, como un pinchazo, un chasquido o un bloqueo, así que Backcheck eligió la respuesta más prudente. Una distensión empieza así; el dolor muscular aparece poco a poco.',
  startedDuringWorkout: 'Empezó durante el entrenamiento. El dolor muscular aparece horas más tarde.',
  notLinkedToWorkout: 'No está claramente relacionado con un entrenamiento, así que es poco probable que sea dolor muscular por entrenar.',
  sharpPain: {
    sharp: 'Es un dolor agudo o punzante. El dolor muscular se nota como un dolor sordo o como rigidez.',
    shooting: 'Es un dolor como un latigazo o una descarga eléctrica. El dolor muscular se nota como un dolor sordo o como rigidez.',
    burning: 'Es un dolor con ardor. El dolor muscular se nota como un dolor sordo o como rigidez.',
  } satisfies Record<Exclude<Answers['character'], 'dull' | 'tight'>, string>,
  oneSide: 'Está solo de un lado. El dolor muscular suele notarse por igual en los músculos que entrenaste.',
  achesAtRest: 'Sigue doliendo cuando descansas. El dolor muscular solo se nota cuando te mueves o te estiras.',
  notWhereYouTrained: 'No está donde más trabajaron tus músculos. El dolor muscular se nota en los músculos que entrenaste.',
  notWhereYouTrainedNotSure:
    'No tenías claro si está donde más trabajaron tus músculos, así que Backcheck eligió la respuesta más prudente. El dolor muscular se nota en los músculos que entrenaste.',
  spreadsToButtockOrThigh: 'Se extiende hacia el glúteo o el muslo. El dolor muscular se queda en los músculos que entrenaste.',
  severePain: (severity: number) => `Le pusiste un ${severity} sobre 10. Es más de lo que suele provocar el dolor muscular por entrenar.`,
  outlastingSoreness: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. El dolor muscular desaparece en más o menos una semana.`
      : `${startedAgo(daysSince)} y todavía no se está aliviando. El dolor muscular se alivia después de unos 3 días.`,
  outlastingSorenessNotSure: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. El dolor muscular desaparece en más o menos una semana.`
      : `${startedAgo(daysSince)} y no tenías claro si se está aliviando, así que Backcheck eligió la respuesta más prudente. El dolor muscular se alivia después de unos 3 días.`,

  cameOnGradually: {
    'next-day': 'Apareció poco a poco, al día siguiente del entrenamiento, como el dolor muscular.',
    'hours-after': 'Apareció poco a poco, unas horas después del entrenamiento, como el dolor muscular.',
  } satisfies Partial<Record<Timing, string>>,
  dullOrTight: {
    dull: 'Es un dolor sordo, como el dolor muscular.',
    tight: 'Se nota tirante o rígido, como el dolor muscular.',
  } satisfies Partial<Record<Answers['character'], string>>,
  easesAtRest: 'Solo duele cuando te mueves o te estiras, y estás bien cuando descansas.',
  whereYouTrained: {
    'both-sides': 'Está de los dos lados, en los músculos que más trabajaron, y se queda en la espalda.',
    center: 'Está en el centro, en los músculos que más trabajaron, y se queda en la espalda.',
  } satisfies Partial<Record<Answers['side'], string>>,
  withinSorenessWindow: (daysSince: number) => `${startedAgo(daysSince)}. El dolor muscular es más fuerte en los primeros 3 días y después se alivia.`,
  withinSorenessWindowEasing: (daysSince: number) => `${startedAgo(daysSince)} y ya se está aliviando.`,

  mixedPicture:
    'Algunas de tus respuestas encajan con el dolor muscular normal, pero el dolor muscular solo explica el dolor de espalda cuando encajan todas, así que es más probable que sea una distensión.',
};
