import type { TranslationText } from '../../en/translation';
import type { ReviewLevel } from '../../languages';

export const translation: TranslationText = {
  status: {
    machine: 'Traduit automatiquement, pas encore vérifié par une personne ni par un professionnel de santé.',
    reviewed: 'Traduit et vérifié par une personne qui parle couramment la langue, pas encore par un professionnel de santé.',
    'clinically-reviewed': 'Traduit et vérifié par un professionnel de santé qui parle la langue.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Lire cette page en anglais',
};
