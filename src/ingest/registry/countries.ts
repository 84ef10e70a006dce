import { isCountry, isDemonym, isPlace } from '../extractor/lexicon.ts';
import { nameKey } from './name-keys.ts';

/* [the adjective a body is named with, the country's other names and forms]. */
const COUNTRIES: readonly (readonly string[])[] = [
  ['U.S.', 'US', 'U.S', 'United States', 'America', 'American'],
  ['British', 'Britain', 'UK', 'U.K.', 'United Kingdom', 'Great Britain'],
  ['Japanese', 'Japan'],
  ['West German', 'West Germany'],
  ['German', 'Germany'],
  ['French', 'France'],
  ['Italian', 'Italy'],
  ['Canadian', 'Canada'],
  ['Brazilian', 'Brazil'],
  ['Mexican', 'Mexico'],
  ['Argentine', 'Argentina', 'Argentinian'],
  ['Soviet', 'Soviet Union', 'USSR'],
  ['Russian', 'Russia'],
  ['Chinese', 'China'],
  ['Indian', 'India'],
  ['Dutch', 'Netherlands', 'Holland'],
  ['Belgian', 'Belgium'],
  ['Swiss', 'Switzerland'],
  ['Swedish', 'Sweden'],
  ['Norwegian', 'Norway'],
  ['Danish', 'Denmark'],
  ['Spanish', 'Spain'],
  ['Portuguese', 'Portugal'],
  ['Australian', 'Australia'],
  ['Philippine', 'Philippines'],
  ['Indonesian', 'Indonesia'],
  ['South Korean', 'South Korea'],
  ['Taiwanese', 'Taiwan'],
  ['Egyptian', 'Egypt'],
  ['South African', 'South Africa'],
  ['Nigerian', 'Nigeria'],
  ['Turkish', 'Turkey'],
  ['English', 'England'],
  ['Scottish', 'Scotland'],
  ['Welsh', 'Wales'],
  ['Irish', 'Ireland'],
  ['Yugoslav', 'Yugoslavia'],
  ['Greek', 'Greece'],
  ['Israeli', 'Israel'],
  ['Pakistani', 'Pakistan'],
  ['Sri Lankan', 'Sri Lanka'],
];

const ADJECTIVE = new Map(
  COUNTRIES.flatMap(([adjective = '', ...names]) => [adjective, ...names].map((name) => [nameKey(name), adjective])),
);

/** Every country form as a key, the longest first, so "South African" is not read as "South". */
export const COUNTRY_FORMS = [...ADJECTIVE.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** A country as a body is named with ("U.S.", "Japanese"), for a country, a demonym or an adjective. */
export function countryOf(phrase: string): string | undefined {
  const known = ADJECTIVE.get(nameKey(phrase));
  if (known !== undefined) return known;
  return isCountry(phrase) || isDemonym(phrase) ? phrase.trim() : undefined;
}

/**
 * A nationality alone ("English", "British", "West German"): an adjective, never the name of an
 * organisation, however a sports report's "the English county championship" capitalises it.
 */
export function isNationality(name: string): boolean {
  return (ADJECTIVE.has(nameKey(name)) || isDemonym(name.trim())) && !isPlace(name.trim());
}
