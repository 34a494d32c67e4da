import type { ManifestText } from '../../en/manifest';

export const manifest: ManifestText = {
  name: 'Backcheck: dolor de espalda después de entrenar',
  description: '¿Dolor de espalda después de entrenar? Averigua si es un dolor muscular normal, una probable distensión o un motivo para ir al médico.',
};
