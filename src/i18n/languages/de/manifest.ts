import type { ManifestText } from '../../en/manifest';

export const manifest: ManifestText = {
  name: 'Backcheck: Rückenschmerzen nach dem Training',
  description:
    'Rückenschmerzen nach dem Training? Finde heraus, ob es normaler Muskelkater ist, wahrscheinlich eine Zerrung oder ein Grund, zum Arzt oder zur Ärztin zu gehen.',
};
