/*
 * A link as a person reads it off paper and types it in. Browsers and QR codes need the exact
 * link, with every letter outside plain ASCII percent-encoded: `coach=Siobh%C3%A1n%20O%E2%80%99Neill`.
 * Printed, that is unreadable, so a poster shows `coach=Siobhán+O’Neill` instead, which Backcheck
 * reads as the same link: it takes a + in a value as a space, as forms have always sent them.
 */

/** What a value keeps encoded, so the readable link still reads back as the same one. */
const KEPT_ENCODED = /[\s%&=#+]/gu;

/** The link with its query's values decoded for people, spaces as +. A part that cannot be decoded stays as it is. */
export function readableLink(url: string): string {
  const cut = url.indexOf('?');
  if (cut === -1) return url;
  const parts = url
    .slice(cut + 1)
    .split('&')
    .map((part) => {
      const at = part.indexOf('=');
      if (at === -1) return part;
      let value: string;
      try {
        value = decodeURIComponent(part.slice(at + 1).replaceAll('+', ' '));
      } catch {
        return part;
      }
      return `${part.slice(0, at + 1)}${value.replace(KEPT_ENCODED, (character) => (character === ' ' ? '+' : encodeURIComponent(character)))}`;
    });
  return `${url.slice(0, cut + 1)}${parts.join('&')}`;
}
