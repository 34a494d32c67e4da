/*
 * The clinical words, one translation each per language, used wherever the words appear: a
 * warning sign must say exactly what the English says, no more and no less, so the same thing
 * is never called two names. Each language lists, for each term, the forms its text may use
 * (the first is the one to reach for); a test holds every translation to them.
 */

/**
 * Each term with the English words that mark where it is used: whole words, matched without regard
 * to case, written as regular expressions where a word has another sense ("the bottom of the spine").
 */
export const TERMS = {
  strain: ['strain', 'strained'],
  soreness: ['soreness'],
  numbness: ['numb', 'numbness'],
  tingling: ['tingling'],
  genitals: ['genitals'],
  bottom: ['bottom(?! of)'],
  innerThighs: ['inner thighs'],
  pee: ['pee', 'peeing'],
  poo: ['poo'],
  colaColouredPee: ['cola-coloured pee'],
  weakness: ['weakness'],
  painkillers: ['painkiller', 'painkillers'],
  chestPain: ['chest pain'],
  shortnessOfBreath: ['shortness of breath'],
  coldSweat: ['cold sweat'],
  swollen: ['swollen'],
  twinge: ['twinge'],
  hamstrings: ['hamstrings'],
  deadlifts: ['deadlift', 'deadlifts'],
  fever: ['fever'],
  chills: ['chills'],
  cancer: ['cancer'],
  steroids: ['steroid'],
  osteoporosis: ['osteoporosis'],
  immuneSystem: ['immune system'],
  coughingUpBlood: ['coughing up blood'],
  emergencyNumber: ['emergency number'],
} as const satisfies Record<string, readonly string[]>;

export type Term = keyof typeof TERMS;

/** A language's words for the terms: the forms its text may use for each. */
export type Glossary = Record<Term, readonly string[]>;
