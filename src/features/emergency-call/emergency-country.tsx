import { useId, useSyncExternalStore } from 'react';
import { numberForRegion, REGIONS } from '../../emergency-number/emergency-number';
import { chooseCountry, countryUnsaved, OTHER_COUNTRY, subscribeToCountry } from '../../state/country-choice';
import { useEmergencyNumber } from './use-emergency-number';

const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** Every country Backcheck knows the number for, by name. */
const COUNTRIES = REGIONS.map((region) => ({ region, name: names.of(region) ?? region, number: numberForRegion(region) ?? '' })).sort((a, b) =>
  a.name.localeCompare(b.name, 'en'),
);

/**
 * Where the person is, for the emergency number: guessed from the browser, changed in one tap,
 * and remembered on this device.
 */
export function EmergencyCountry() {
  const id = useId();
  const { region } = useEmergencyNumber();
  const unsaved = useSyncExternalStore(subscribeToCountry, countryUnsaved, () => false);
  return (
    <div className="country-choice">
      <label className="label" htmlFor={id}>
        Your country, for the emergency number
      </label>
      <select
        id={id}
        className="select"
        data-country-choice
        value={region ?? ''}
        onChange={(event) => chooseCountry(event.target.value === '' ? OTHER_COUNTRY : event.target.value)}
      >
        <option value="">Not listed: use 112</option>
        {COUNTRIES.map((country) => (
          <option key={country.region} value={country.region}>
            {`${country.name} (${country.number})`}
          </option>
        ))}
      </select>
      {unsaved ? (
        <p className="hint" role="status">
          This device is not saving your choice: it holds until you close this page.
        </p>
      ) : null}
    </div>
  );
}
