/* The app's name and description in the web manifest, in English: read by the build, never by a page. */
export const manifest = {
  name: 'Backcheck: back pain after training',
  description: 'Back pain after training? Find out if it is normal soreness, a likely strain, or a reason to see a doctor.',
};

export type ManifestText = typeof manifest;
