import { describe, expect, it } from 'vitest';
import { emergencyNumberFor, regionOfTimeZone } from '../../src/emergency-number/time-zones';

describe('the emergency number', () => {
  it.each([
    // A phone set to US English goes where its owner goes: the time zone says where that is.
    [['en-US'], 'Australia/Sydney', { number: '000', local: false, region: 'AU' }],
    [['en-US'], 'Europe/Berlin', { number: '112', local: false, region: 'DE' }],
    [['en-US'], 'America/New_York', { number: '911', local: true, region: 'US' }],
    [['en-GB'], 'Europe/London', { number: '999', local: true, region: 'GB' }],
    [['en-AU'], 'Australia/Perth', { number: '000', local: true, region: 'AU' }],
    [['en-NZ'], 'Pacific/Auckland', { number: '111', local: true, region: 'NZ' }],
    [['fr-CA'], 'America/Toronto', { number: '911', local: true, region: 'CA' }],
    [['ja-JP'], 'Asia/Tokyo', { number: '119', local: true, region: 'JP' }],
    [['en', 'en-GB'], 'Europe/London', { number: '999', local: true, region: 'GB' }],
    // Two countries with the same number agree on it.
    [['fr-FR'], 'Europe/Berlin', { number: '112', local: true, region: 'DE' }],
    [['en-US'], 'America/Indiana/Indianapolis', { number: '911', local: true, region: 'US' }],
  ])('should give %j in %s as %j', (languages, timeZone, expected) => {
    expect(emergencyNumberFor({ languages, timeZone })).toEqual(expected);
  });

  it.each([
    [['en-GB'], undefined, { number: '999', local: false, region: 'GB' }],
    [['en-GB'], 'Etc/UTC', { number: '999', local: false, region: 'GB' }],
    [['en'], 'Europe/London', { number: '999', local: false, region: 'GB' }],
    [['de-DE', 'en'], 'Asia/Dubai', { number: '112', local: false, region: 'DE' }],
  ])('should add "or your local number" where only one signal is known: %j in %s', (languages, timeZone, expected) => {
    expect(emergencyNumberFor({ languages, timeZone })).toEqual(expected);
  });

  it.each([[['en']], [[]], [['not a tag']], [['xx-ZZ']]])('should fall back to 112 where there is no signal: %j', (languages) => {
    expect(emergencyNumberFor({ languages, timeZone: 'Etc/UTC' })).toEqual({ number: '112', local: false });
  });

  it('should follow the country the person chose over every guess', () => {
    expect(emergencyNumberFor({ languages: ['en-US'], timeZone: 'America/New_York', chosen: 'AU' })).toEqual({ number: '000', local: true, region: 'AU' });
    expect(emergencyNumberFor({ languages: ['en-US'], timeZone: 'America/New_York', chosen: 'other' })).toEqual({ number: '112', local: false });
  });

  it('should know the zones of every country it has a number for by at least one name', () => {
    expect(regionOfTimeZone('Australia/Darwin')).toBe('AU');
    expect(regionOfTimeZone('Asia/Calcutta')).toBe('IN');
    expect(regionOfTimeZone('Europe/Kiev')).toBe('UA');
    expect(regionOfTimeZone('America/Argentina/Salta')).toBe('AR');
    expect(regionOfTimeZone('Europe/Londonderry')).toBeUndefined();
  });
});
