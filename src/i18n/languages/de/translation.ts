import type { TranslationText } from '../../en/translation';
import type { ReviewLevel } from '../../languages';

export const translation: TranslationText = {
  status: {
    machine: 'Maschinell übersetzt, noch nicht von einem Menschen oder einer medizinischen Fachkraft geprüft.',
    reviewed: 'Übersetzt und von einer Person geprüft, die die Sprache fließend spricht, aber noch nicht von einer medizinischen Fachkraft.',
    'clinically-reviewed': 'Übersetzt und von einer medizinischen Fachkraft geprüft, die die Sprache spricht.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Diese Seite auf Englisch lesen',
};
