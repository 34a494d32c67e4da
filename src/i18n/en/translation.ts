import type { ReviewLevel } from '../languages';

/*
 * How far a translation has been checked, and the way back to the English. A page shows these only
 * in a translation, from its catalog: no English visit loads them, so the English here is the
 * reference a translation is written from, not text a page shows.
 */
export const translation = {
  /** How far the shown translation has been checked, in words a person understands. */
  status: {
    machine: 'Translated by machine, not yet checked by a person or a clinician.',
    reviewed: 'Translated and checked by a fluent speaker, not yet by a clinician.',
    'clinically-reviewed': 'Translated and checked by a clinician who speaks the language.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Read this page in English',
};

export type TranslationText = typeof translation;
