import { describe, expect, it } from 'vitest';
import { countryOf, isNationality } from '../../../../src/ingest/registry/countries.ts';

describe('countries', () => {
  it('names a country as its bodies are named', () => {
    expect(countryOf('United States')).toBe('U.S.');
    expect(countryOf('US')).toBe('U.S.');
    expect(countryOf('France')).toBe('French');
    expect(countryOf('Treasury')).toBeUndefined();
  });

  it('reads English, British and American alone as nationalities, never a country or a name', () => {
    for (const word of ['English', 'British', 'American', 'West German', 'Irish', 'Japanese'])
      expect(isNationality(word)).toBe(true);
    for (const word of ['England', 'Britain', 'U.S.', 'United States', 'Japan', 'Reuters', 'Holland'])
      expect(isNationality(word)).toBe(false);
  });
});
