import { describe, expect, it } from 'vitest';
import { emergencyNumberFor } from '../../src/emergency-number/emergency-number';

describe('the emergency number', () => {
  it.each([
    [['en-US'], '911'],
    [['en-GB'], '999'],
    [['en-AU'], '000'],
    [['en-NZ'], '111'],
    [['de-DE', 'en'], '112'],
    [['fr-CA'], '911'],
    [['ja-JP'], '119'],
    [['en', 'en-GB'], '999'],
  ])('should be the local number for %j', (tags, number) => {
    expect(emergencyNumberFor(tags)).toEqual({ number, local: true });
  });

  it.each([[['en']], [[]], [['not a tag']], [['xx-ZZ']]])('should fall back to 112 where the region is unclear: %j', (tags) => {
    expect(emergencyNumberFor(tags)).toEqual({ number: '112', local: false });
  });
});
