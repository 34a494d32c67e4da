import type { Language } from '../i18n/languages';

/**
 * Points the browser to the web manifest in the language shown, so a browser that offers to
 * install the app names and describes it in that language (the build writes one per language).
 * Loaded only when the language changes from the English the page starts with.
 */
export function pointManifestTo(language: Language) {
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (manifest)
    manifest.href = manifest.href.replace(/manifest(-[\w-]+)?\.webmanifest$/, language === 'en' ? 'manifest.webmanifest' : `manifest-${language}.webmanifest`);
}
