import type { TranslationText } from '../../en/translation';
import type { ReviewLevel } from '../../languages';

export const translation: TranslationText = {
  status: {
    machine: 'Traducción automática, todavía sin revisar por una persona ni por un profesional de la salud.',
    reviewed: 'Traducido y revisado por una persona que domina el idioma, pero todavía no por un profesional de la salud.',
    'clinically-reviewed': 'Traducido y revisado por un profesional de la salud que habla el idioma.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Leer esta página en inglés',
};
