import type { TranslationText } from '../../en/translation';
import type { ReviewLevel } from '../../languages';

export const translation: TranslationText = {
  /** How far the shown translation has been checked, in words a person understands. */
  status: {
    machine: 'ترجمة آلية، لم يراجعها بعد أي شخص ولا أي مختص صحي.',
    reviewed: 'ترجمة راجعها شخص يتقن اللغة، ولم يراجعها بعد مختص صحي.',
    'clinically-reviewed': 'ترجمة راجعها مختص صحي يتحدث اللغة.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'اقرأ هذه الصفحة بالإنجليزية',
};
