import type { TranslationText } from '../../en/translation';
import type { ReviewLevel } from '../../languages';

export const translation: TranslationText = {
  status: {
    machine: 'Traduzido por máquina, ainda não revisado por uma pessoa nem por um profissional de saúde.',
    reviewed: 'Traduzido e revisado por uma pessoa fluente no idioma, ainda não por um profissional de saúde.',
    'clinically-reviewed': 'Traduzido e revisado por um profissional de saúde que fala o idioma.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Ler esta página em inglês',
};
