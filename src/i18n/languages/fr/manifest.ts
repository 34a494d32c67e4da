import type { ManifestText } from '../../en/manifest';

export const manifest: ManifestText = {
  /** The app's name and description where a browser offers to install it (the web manifest). */
  name: 'Backcheck : mal au dos après l’entraînement',
  description:
    'Mal au dos après l’entraînement ? Découvrez s’il s’agit de courbatures normales, d’une élongation probable, ou d’une raison de voir un médecin.',
};
