/*
 * The cue tables the entity rules read (`judge.ts`, `name-shapes.ts`, `sports-reports.ts`), kept
 * apart from the logic; the general word lists are in `lexicon.ts`.
 */

/* Members of a party or a movement ("Christian Democrats", "the Greens"): people, but no one person. */
export const MEMBERS_WORDS = new Set(
  'democrats republicans socialists conservatives liberals communists greens nationalists separatists rebels loyalists'.split(
    ' ',
  ),
);

/* Words that leave no name when a company's name is cut down to them. */
export const GENERIC_COMPANY_WORDS = new Set(
  'international national general american united first industries holdings group financial motors and &'.split(' '),
);

/* Words after a town's name that play it as a club: a result, a lead, a possessive, a team's verb. */
export const CLUB_AFTER = new Set([
  'beat',
  'beats',
  'drew',
  'lost',
  'won',
  'v',
  'vs',
  'vs.',
  'lead',
  'leads',
  'led',
  'trail',
  'scored',
  "'",
  "'s",
  '’s',
  'were',
  'are',
  'have',
  'had',
  'will',
]);

/* Words before a town's name that play it as a club: an opponent's word. */
export const CLUB_BEFORE = new Set(['v', 'vs', 'vs.', 'beat', 'against', 'over', 'to', 'with', 'and']);

/* One figure of a standings line: a count, a decimal (".556"), a fraction ("1", "/", "2" as tokens), or the punctuation between them. */
export const STANDINGS_FIGURE = /^(?:\d+|\.\d+|\d+\/\d+|\d+\.\d+|[-.:,()/])$/u;

/* Bodies and clubs one word names: "the Treasury", "Rangers". */
export const SINGLE_BODIES = new Set(
  'treasury fed pentagon congress parliament senate albion rangers celtic rovers wanderers hotspur'.split(' '),
);

/* Words before a name that read it as a place ("in Leeds", "from Geneva"), not a person or a club. */
export const PLACE_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'near', 'to']);
