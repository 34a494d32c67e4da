import { useId, useSyncExternalStore } from 'react';
import { FALLBACK_NUMBER, numberForRegion, REGIONS } from '../../emergency-number/emergency-number';
import { start } from '../../i18n/en/start';
import type { Language } from '../../i18n/languages';
import { chooseCountry, countryUnsaved, OTHER_COUNTRY, subscribeToCountry } from '../../state/country-choice';
import { useLanguage, useText } from '../../state/language';
import { useEmergencyNumber } from './use-emergency-number';

interface Country {
  region: string;
  name: string;
  number: string;
}

const countriesIn = new Map<Language, readonly Country[]>();

/** Every country Backcheck knows the number for, named and in order in the language shown. */
function countries(language: Language): readonly Country[] {
  const known = countriesIn.get(language);
  if (known) return known;
  const names = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  const list = REGIONS.map((region) => ({ region, name: names.of(region) ?? region, number: numberForRegion(region) ?? '' })).sort((a, b) =>
    a.name.localeCompare(b.name, language),
  );
  countriesIn.set(language, list);
  return list;
}

/**
 * Where the person is, for the emergency number: guessed from the browser, changed in one tap,
 * and remembered on this device.
 */
export function EmergencyCountry() {
  const id = useId();
  const t = useText('start', start);
  const language = useLanguage();
  const { region } = useEmergencyNumber();
  const unsaved = useSyncExternalStore(subscribeToCountry, countryUnsaved, () => false);
  return (
    <div className="country-choice">
      <label className="label" htmlFor={id}>
        {t.countryLabel}
      </label>
      <select
        id={id}
        className="select"
        data-country-choice
        value={region ?? ''}
        onChange={(event) => chooseCountry(event.target.value === '' ? OTHER_COUNTRY : event.target.value)}
      >
        <option value="">{t.countryNotListed(FALLBACK_NUMBER)}</option>
        {countries(language).map((country) => (
          <option key={country.region} value={country.region}>
            {t.countryOption(country.name, country.number)}
          </option>
        ))}
      </select>
      {unsaved ? (
        <p className="hint" role="status">
          {t.countryNotSaved}
        </p>
      ) : null}
    </div>
  );
}
