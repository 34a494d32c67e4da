/*
 * The number to call in an emergency, from the region in the browser's language tags
 * (en-GB, fr-CA). Only an explicit region counts: "en" alone says nothing about where
 * someone is, so it gets 112, which most mobile phones connect anywhere.
 */

export const FALLBACK_NUMBER = '112';

export const NUMBERS: Readonly<Record<string, readonly string[]>> = {
  '911': ['US', 'CA', 'MX', 'PR', 'PH', 'AR', 'CR', 'PA', 'SV', 'GT', 'UY'],
  '999': ['GB', 'HK', 'MY'],
  '000': ['AU'],
  '111': ['NZ'],
  '119': ['JP', 'KR', 'TW'],
  '120': ['CN'],
  '995': ['SG'],
  '192': ['BR'],
  '101': ['IL'],
  '112': [
    'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
    'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH', 'TR', 'UA', 'RS', 'IN',
  ],
};

const NUMBER_BY_REGION: ReadonlyMap<string, string> = new Map(Object.entries(NUMBERS).flatMap(([number, regions]) => regions.map((region) => [region, number] as const)));

export interface EmergencyNumber {
  number: string;
  /** False when the region was unclear and the number is the fallback. */
  local: boolean;
}

const regionOf = (tag: string) => {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
};

export function emergencyNumberFor(languageTags: readonly string[]): EmergencyNumber {
  const region = languageTags.map(regionOf).find((found) => found !== undefined);
  const number = region ? NUMBER_BY_REGION.get(region) : undefined;
  return number ? { number, local: true } : { number: FALLBACK_NUMBER, local: false };
}
