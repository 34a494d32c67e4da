/*
 * The number to call in an emergency, from what the browser says without asking: the region
 * in its language tags (en-GB, fr-CA) and its time zone. A phone set to en-US in Sydney is in
 * Australia, so the time zone, which follows where the phone is, wins over the language; when
 * the two do not agree on a number, the page adds "or your local emergency number". A country
 * the person picks themselves wins over both. With no signal at all it is 112, which most
 * mobile phones connect anywhere.
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

/**
 * The IANA time zones of each region above, space-separated; a name ending in "/" covers every
 * zone under it. Old names browsers still report (Asia/Calcutta, Europe/Kiev) are included.
 */
export const TIME_ZONES: Readonly<Record<string, string>> = {
  US: 'America/New_York America/Chicago America/Denver America/Phoenix America/Los_Angeles America/Anchorage America/Adak America/Boise America/Detroit America/Juneau America/Sitka America/Nome America/Yakutat America/Metlakatla America/Menominee America/Indianapolis America/Louisville America/Indiana/ America/Kentucky/ America/North_Dakota/ Pacific/Honolulu US/',
  CA: 'America/Toronto America/Montreal America/Vancouver America/Edmonton America/Winnipeg America/Regina America/Halifax America/St_Johns America/Moncton America/Glace_Bay America/Goose_Bay America/Whitehorse America/Dawson America/Dawson_Creek America/Creston America/Fort_Nelson America/Yellowknife America/Inuvik America/Iqaluit America/Rankin_Inlet America/Resolute America/Cambridge_Bay America/Swift_Current America/Atikokan America/Blanc-Sablon America/Nipigon America/Thunder_Bay America/Rainy_River America/Pangnirtung Canada/',
  MX: 'America/Mexico_City America/Cancun America/Merida America/Monterrey America/Matamoros America/Chihuahua America/Ciudad_Juarez America/Ojinaga America/Mazatlan America/Bahia_Banderas America/Hermosillo America/Tijuana Mexico/',
  PR: 'America/Puerto_Rico',
  PH: 'Asia/Manila',
  AR: 'America/Buenos_Aires America/Cordoba America/Argentina/',
  CR: 'America/Costa_Rica',
  PA: 'America/Panama',
  SV: 'America/El_Salvador',
  GT: 'America/Guatemala',
  UY: 'America/Montevideo',
  GB: 'Europe/London Europe/Belfast GB',
  HK: 'Asia/Hong_Kong Hongkong',
  MY: 'Asia/Kuala_Lumpur Asia/Kuching',
  AU: 'Australia/',
  NZ: 'Pacific/Auckland Pacific/Chatham NZ',
  JP: 'Asia/Tokyo Japan',
  KR: 'Asia/Seoul ROK',
  TW: 'Asia/Taipei ROC',
  CN: 'Asia/Shanghai Asia/Urumqi Asia/Chongqing Asia/Harbin PRC',
  SG: 'Asia/Singapore Singapore',
  BR: 'America/Sao_Paulo America/Rio_Branco America/Manaus America/Fortaleza America/Recife America/Bahia America/Belem America/Maceio America/Araguaina America/Santarem America/Cuiaba America/Campo_Grande America/Porto_Velho America/Boa_Vista America/Eirunepe America/Noronha Brazil/',
  IL: 'Asia/Jerusalem Asia/Tel_Aviv Israel',
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  HR: 'Europe/Zagreb',
  CY: 'Asia/Nicosia Asia/Famagusta Europe/Nicosia',
  CZ: 'Europe/Prague',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  DE: 'Europe/Berlin Europe/Busingen',
  GR: 'Europe/Athens',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin Eire',
  IT: 'Europe/Rome',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw Poland',
  PT: 'Europe/Lisbon Atlantic/Madeira Atlantic/Azores Portugal',
  RO: 'Europe/Bucharest',
  SK: 'Europe/Bratislava',
  SI: 'Europe/Ljubljana',
  ES: 'Europe/Madrid Atlantic/Canary Africa/Ceuta',
  SE: 'Europe/Stockholm',
  IS: 'Atlantic/Reykjavik Iceland',
  LI: 'Europe/Vaduz',
  NO: 'Europe/Oslo',
  CH: 'Europe/Zurich',
  TR: 'Europe/Istanbul Asia/Istanbul Turkey',
  UA: 'Europe/Kyiv Europe/Kiev Europe/Uzhgorod Europe/Zaporozhye',
  RS: 'Europe/Belgrade',
  IN: 'Asia/Kolkata Asia/Calcutta',
};

const NUMBER_BY_REGION: ReadonlyMap<string, string> = new Map(Object.entries(NUMBERS).flatMap(([number, regions]) => regions.map((region) => [region, number] as const)));

export const REGIONS: readonly string[] = [...NUMBER_BY_REGION.keys()];

export const numberForRegion = (region: string) => NUMBER_BY_REGION.get(region);

export interface EmergencyNumber {
  number: string;
  /** True when the person chose their country, or the language and the time zone agree on the number. */
  local: boolean;
  /** The country the number is for, where one is known. */
  region?: string;
}

export interface Signals {
  /** The browser's language tags, most preferred first. */
  languages: readonly string[];
  /** The browser's IANA time zone. */
  timeZone?: string | undefined;
  /** A country the person picked themselves, or "other" for one Backcheck has no number for. */
  chosen?: string | undefined;
}

const regionOfTag = (tag: string) => {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
};

export function regionOfTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  for (const [region, zones] of Object.entries(TIME_ZONES)) {
    if (zones.split(' ').some((zone) => (zone.endsWith('/') ? timeZone.startsWith(zone) : timeZone === zone))) return region;
  }
  return undefined;
}

export function emergencyNumberFor({ languages, timeZone, chosen }: Signals): EmergencyNumber {
  if (chosen === 'other') return { number: FALLBACK_NUMBER, local: false };
  const chosenNumber = chosen === undefined ? undefined : numberForRegion(chosen);
  if (chosen !== undefined && chosenNumber) return { number: chosenNumber, local: true, region: chosen };
  const byLanguage = languages.map(regionOfTag).find((region) => region !== undefined && numberForRegion(region) !== undefined);
  const byZone = regionOfTimeZone(timeZone);
  const region = byZone ?? byLanguage;
  const number = region === undefined ? undefined : numberForRegion(region);
  if (region === undefined || number === undefined) return { number: FALLBACK_NUMBER, local: false };
  const agree = byZone !== undefined && byLanguage !== undefined && numberForRegion(byLanguage) === number;
  return { number, local: agree, region };
}
