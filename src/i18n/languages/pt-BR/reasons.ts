import type { Answers } from '../../../triage';
import type { RedFlag, UnsureField } from '../../../triage/vocabulary';
import { countWith } from '../../count';
import type { ReasonsText } from '../../en/reasons';

type Timing = Answers['timing'];

const days = (count: number) => countWith('pt-BR', count, { one: 'dia', many: 'de dias', other: 'dias' });
const started = (count: number) => (count === 0 ? 'começou hoje' : `começou há ${days(count)}`);
const startedAgo = (count: number) => `A dor ${started(count)}`;
const rated = (severity: number) => `você deu nota ${severity} de 10 para a dor`;

const listAnd = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} e ${parts.at(-1) ?? ''}`);
const listOr = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ou ${parts.at(-1) ?? ''}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A fact whose subject is the pain: “ela” is said only where the fact before it had another subject. */
type Fact = string | { ofPain: string };
const ofPain = (text: string): Fact => ({ ofPain: text });
const sayFacts = (facts: readonly Fact[]) =>
  facts.map((fact, index) => {
    if (typeof fact === 'string') return fact;
    const before = facts[index - 1];
    return before !== undefined && typeof before !== 'string' ? fact.ofPain : `ela ${fact.ofPain}`;
  });

/** A severe-pain reason: what the person was not sure of, if anything, then what is known for sure, then why. */
const severe = (notSure: readonly string[], known: readonly Fact[], then: string) => {
  const facts = `${capitalise(listAnd(sayFacts(known)))}. ${then}`;
  return notSure.length === 0 ? facts : `Você não tinha certeza ${listOr(notSure)}. ${facts}`;
};

export const reasons: ReasonsText = {
  /** Said after “Você não tinha certeza”. */
  notSureOf: {
    suddenMoment: 'se a dor começou em um momento exato, como uma fisgada, um estalo ou uma travada',
    loadedArea: 'se a dor está onde seus músculos mais trabalharam',
    timing: 'de quando a dor começou',
    radiation: 'se a dor se espalha',
    trend: 'se a dor está melhorando ou piorando',
  } satisfies Record<UnsureField, string>,
  tookCarefulAnswer: (notSure: string, why: string) => `Você não tinha certeza ${notSure}, então o Backcheck considerou a resposta mais cautelosa. ${why}`,
  notSureButFits: (notSure: string, why: string) => `Você não tinha certeza ${notSure}. ${why}`,

  redFlags: {
    'saddle-numbness': 'Você tem dormência ou formigamento na região dos genitais, das nádegas ou da parte interna das coxas.',
    'bladder-bowel': 'Você tem uma dificuldade nova para fazer xixi, tem escape de xixi ou cocô, ou não sente quando precisa ir ao banheiro.',
    'both-legs': 'Você tem dor, dormência ou formigamento que desce das costas pelas duas pernas.',
    'leg-weakness': 'Você tem uma fraqueza nova em uma perna ou um pé.',
    'dark-urine': 'O seu xixi está marrom-escuro ou cor de Coca-Cola, ou você quase não fez xixi por 12 horas, mesmo bebendo líquidos.',
    'chest-symptoms': 'Você tem dor no peito ou pressão no peito, falta de ar, tosse com sangue, dor que se espalha para o braço ou a mandíbula, ou suor frio.',
    'swollen-muscles': 'Os músculos doloridos das suas costas estão inchados, duros ou tensos como um tambor, ou a pele sobre eles está dormente.',
    trauma: 'A sua dor começou com uma queda, uma colisão, uma pancada ou um peso caindo em cima de você.',
    fever: 'Você tem febre ou calafrios, ou está com um mal-estar geral.',
    urinary: 'Você tem ardência ao fazer xixi, sangue no xixi ou dor na lateral do corpo, abaixo das costelas.',
    'cannot-walk': 'Você não consegue andar nem ficar de pé, ou não consegue cuidar de si por causa da dor.',
    'breathing-pain': 'Você tem uma dor aguda na parte alta das costas, na lateral do corpo ou no peito quando respira fundo.',
    'cancer-history': 'Você tem ou já teve câncer.',
    'weight-loss': 'Você perdeu peso sem tentar.',
    'night-pain': 'Você tem dor constante à noite que nenhuma posição alivia.',
    steroids: 'Você toma comprimidos de corticoide há muito tempo ou tem osteoporose (ossos enfraquecidos).',
    immune: 'Você tem o sistema imunológico enfraquecido ou usa drogas injetáveis.',
  } satisfies Record<RedFlag, string>,

  /** Said after “apareceu”. */
  cameOn: {
    during: 'durante o treino',
    'hours-after': 'algumas horas depois do treino',
    'next-day': 'no dia seguinte ao treino',
  } satisfies Partial<Record<Timing, string>>,
  musclePainDespitePainkillers: (notSure: readonly string[], severity: number, cameOn: string | undefined, gradual: boolean) =>
    severe(
      notSure,
      [
        rated(severity),
        ...(gradual ? [ofPain('não começou em um momento exato')] : []),
        ...(cameOn === undefined ? [] : [ofPain(`apareceu ${cameOn}`)]),
        'os analgésicos não ajudaram',
      ],
      'Uma dor nos músculos tão forte depois de um treino, que os analgésicos não aliviam, precisa ser avaliada agora em um pronto-socorro.',
    ),
  severeDelayedMusclePain: (notSure: readonly string[], severity: number, cameOn: string | undefined, inTrainedMuscles: boolean) =>
    severe(
      notSure,
      [
        rated(severity),
        ...(inTrainedMuscles ? [ofPain('está nos músculos que você treinou')] : []),
        ...(cameOn === undefined ? [] : [ofPain(`apareceu ${cameOn}`)]),
      ],
      'Uma dor nos músculos tão forte nos primeiros dias depois de um treino pesado deve ser avaliada hoje.',
    ),
  severeUnrelenting: (daysSince: number, severity: number) =>
    severe([], [rated(severity), 'nada a alivia', ofPain(started(daysSince))], 'Uma dor tão forte que nada alivia deve ser avaliada hoje.'),
  severeNotEasing: (notSure: readonly string[], daysSince: number, severity: number, gettingWorse: boolean | undefined) =>
    severe(
      notSure,
      [rated(severity), ofPain(started(daysSince)), ...(gettingWorse === undefined ? [] : [ofPain(gettingWorse ? 'está piorando' : 'não está melhorando')])],
      'Uma dor tão forte já deveria estar aliviando depois de 3 dias, por isso deve ser avaliada hoje.',
    ),
  severeDespitePainkillers: (severity: number) =>
    severe([], [rated(severity), 'os analgésicos não ajudaram'], 'Uma dor tão forte que os analgésicos não aliviam deve ser avaliada hoje.'),

  over50NotLinked: (age: number) =>
    `Você tem ${age} anos, e a dor não tem uma ligação clara com um treino. A partir dos 50 anos, um médico deve avaliar uma dor nas costas que o treino não explica.`,
  painBelowKnee: 'A dor se espalha abaixo do joelho. Um médico deve examinar os nervos dessa região.',
  noReliefAtRest: 'Descansar não alivia a dor, e nenhuma posição é confortável. A dor causada pelo treino alivia quando você descansa.',
  worseAfter3Days: (daysSince: number) => `${startedAgo(daysSince)} e está piorando. A dor muscular do treino alivia depois de 3 dias.`,
  notImprovingAfter7Days: (daysSince: number) => `${startedAgo(daysSince)} e não está melhorando. A maioria das distensões começa a melhorar em uma semana.`,
  notImprovingAfter7DaysNotSure: (daysSince: number) =>
    `${startedAgo(daysSince)}, e você não tinha certeza se está melhorando, então o Backcheck considerou a resposta mais cautelosa. A maioria das distensões começa a melhorar em uma semana.`,
  lasting14Days: (daysSince: number) =>
    `Você está com essa dor há ${days(daysSince)}. A maior parte da dor nas costas causada pelo treino está muito melhor em 2 semanas.`,

  suddenMoment: 'Você consegue dizer o momento em que a dor começou, como uma fisgada, um estalo ou uma travada. A dor muscular aparece aos poucos.',
  suddenMomentNotSure:
    'Você não tinha certeza se a dor começou em um momento exato, como uma fisgada, um estalo ou uma travada, então o Backcheck considerou a resposta mais cautelosa. Uma distensão começa assim; a dor muscular aparece aos poucos.',
  startedDuringWorkout: 'A dor começou durante o treino. A dor muscular aparece horas depois.',
  notLinkedToWorkout: 'A dor não tem uma ligação clara com um treino, então é pouco provável que seja dor muscular do treino.',
  sharpPain: {
    sharp: 'É uma dor aguda ou em pontadas. A dor muscular parece uma dor surda e incômoda ou uma rigidez.',
    shooting: 'É uma dor em choque ou como uma descarga elétrica. A dor muscular parece uma dor surda e incômoda ou uma rigidez.',
    burning: 'É uma dor em queimação. A dor muscular parece uma dor surda e incômoda ou uma rigidez.',
  } satisfies Record<Exclude<Answers['character'], 'dull' | 'tight'>, string>,
  oneSide: 'A dor está só de um lado. A dor muscular costuma ser sentida por igual nos músculos que você treinou.',
  achesAtRest: 'Ainda dói quando você descansa. A dor muscular só aparece quando você se mexe ou se alonga.',
  notWhereYouTrained: 'A dor não está onde seus músculos mais trabalharam. A dor muscular é sentida nos músculos que você treinou.',
  notWhereYouTrainedNotSure:
    'Você não tinha certeza se a dor está onde seus músculos mais trabalharam, então o Backcheck considerou a resposta mais cautelosa. A dor muscular é sentida nos músculos que você treinou.',
  spreadsToButtockOrThigh: 'A dor se espalha para a nádega ou a coxa. A dor muscular fica nos músculos que você treinou.',
  severePain: (severity: number) => `Você deu nota ${severity} de 10 para a dor. Isso é mais do que a dor muscular do treino costuma causar.`,
  outlastingSoreness: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. A dor muscular passa em cerca de uma semana.`
      : `${startedAgo(daysSince)} e ainda não está aliviando. A dor muscular alivia depois de cerca de 3 dias.`,
  outlastingSorenessNotSure: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. A dor muscular passa em cerca de uma semana.`
      : `${startedAgo(daysSince)}, e você não tinha certeza se está aliviando, então o Backcheck considerou a resposta mais cautelosa. A dor muscular alivia depois de cerca de 3 dias.`,

  cameOnGradually: {
    'next-day': 'A dor apareceu aos poucos, no dia seguinte ao treino, como acontece com a dor muscular.',
    'hours-after': 'A dor apareceu aos poucos, algumas horas depois do treino, como acontece com a dor muscular.',
  } satisfies Partial<Record<Timing, string>>,
  dullOrTight: {
    dull: 'É uma dor surda e incômoda, como a dor muscular.',
    tight: 'Dá uma sensação de tensão ou rigidez, como a dor muscular.',
  } satisfies Partial<Record<Answers['character'], string>>,
  easesAtRest: 'Só dói quando você se mexe ou se alonga, e fica bem quando você descansa.',
  whereYouTrained: {
    'both-sides': 'A dor está dos dois lados, nos músculos que mais trabalharam, e fica nas costas.',
    center: 'A dor está no meio, nos músculos que mais trabalharam, e fica nas costas.',
  } satisfies Partial<Record<Answers['side'], string>>,
  withinSorenessWindow: (daysSince: number) => `${startedAgo(daysSince)}. A dor muscular é mais forte nos 3 primeiros dias e depois alivia.`,
  withinSorenessWindowEasing: (daysSince: number) => `${startedAgo(daysSince)} e já está aliviando.`,

  mixedPicture:
    'Algumas das suas respostas combinam com uma dor muscular normal, mas a dor muscular só explica a dor nas costas quando todas combinam, por isso uma distensão muscular é mais provável.',
};
