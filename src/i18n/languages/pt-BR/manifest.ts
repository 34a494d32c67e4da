import type { ManifestText } from '../../en/manifest';

export const manifest: ManifestText = {
  /** The app's name and description where a browser offers to install it (the web manifest). */
  name: 'Backcheck: dor nas costas depois do treino',
  description: 'Dor nas costas depois do treino? Descubra se é uma dor muscular normal, uma provável distensão muscular ou um motivo para consultar um médico.',
};
