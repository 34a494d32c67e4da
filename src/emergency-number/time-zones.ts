import { numberForRegion, numberFrom, type Detected, type EmergencyNumber } from './emergency-number';

/*
 * Where the browser seems to be, from what it says without asking: the region in its language
 * tags (en-GB, fr-CA) and its time zone. A phone set to en-US in Sydney is in Australia, so
 * the time zone, which follows where the phone is, wins over the language; when the two do not
 * agree on a number, the page adds "or your local emergency number".
 *
 * The start page's inline script works this out before the app arrives and leaves its answer
 * on the page, so the app need not carry this table on a first visit (use-emergency-number.ts).
 */

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

export interface Signals {
  /** The browser's language tags, most preferred first. */
  languages: readonly string[];
  /** The browser's IANA time zone. */
  timeZone?: string | undefined;
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

export function detect({ languages, timeZone }: Signals): Detected {
  const byLanguage = languages.map(regionOfTag).find((region) => region !== undefined && numberForRegion(region) !== undefined);
  const byZone = regionOfTimeZone(timeZone);
  const region = byZone ?? byLanguage;
  if (region === undefined) return { local: false };
  const agree = byZone !== undefined && byLanguage !== undefined && numberForRegion(byLanguage) === numberForRegion(byZone);
  return { region, local: agree };
}

/** The number for these signals, and a country the person chose, if any. */
export const emergencyNumberFor = (signals: Signals & { chosen?: string | undefined }): EmergencyNumber => numberFrom(detect(signals), signals.chosen);
