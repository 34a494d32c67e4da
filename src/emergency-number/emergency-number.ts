/*
 * The number to call in an emergency. A country the person picked wins; otherwise it is the
 * number for where the browser seems to be (time-zones.ts), and 112, which most mobile phones
 * connect anywhere, where there is no sign of that.
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
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
    'IS',
    'LI',
    'NO',
    'CH',
    'TR',
    'UA',
    'RS',
    'IN',
  ],
};

const NUMBER_BY_REGION: ReadonlyMap<string, string> = new Map(
  Object.entries(NUMBERS).flatMap(([number, regions]) => regions.map((region) => [region, number] as const)),
);

export const REGIONS: readonly string[] = [...NUMBER_BY_REGION.keys()];

export const numberForRegion = (region: string) => NUMBER_BY_REGION.get(region);

export interface EmergencyNumber {
  number: string;
  /** True when the person chose their country, or the language and the time zone agree on the number. */
  local: boolean;
  /** The country the number is for, where one is known. */
  region?: string;
}

/** What the browser says of where it is, without asking: the country, and whether its signals agree. */
export interface Detected {
  region?: string | undefined;
  /** True when the language and the time zone agree on the number. */
  local: boolean;
}

/** The number for a country the person chose ("other": one Backcheck has no number for), or else for where the browser seems to be. */
export function numberFrom(detected: Detected, chosen?: string): EmergencyNumber {
  if (chosen === 'other') return { number: FALLBACK_NUMBER, local: false };
  const chosenNumber = chosen === undefined ? undefined : numberForRegion(chosen);
  if (chosen !== undefined && chosenNumber !== undefined) return { number: chosenNumber, local: true, region: chosen };
  const number = detected.region === undefined ? undefined : numberForRegion(detected.region);
  return number === undefined || detected.region === undefined
    ? { number: FALLBACK_NUMBER, local: false }
    : { number, local: detected.local, region: detected.region };
}
