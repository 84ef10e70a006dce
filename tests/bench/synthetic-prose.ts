/**
 * Wire-style prose around the names an article is about: each person is introduced once with a
 * title and full name ("Finance Minister Anna Kowalski said …") and later by surname, each
 * organisation with its full name; the rest is ordinary lower-case reporting.
 */
import { between, pick, type Random } from './random.ts';
import type { SyntheticPerson } from './synthetic.ts';
import {
  COMMODITIES,
  HEADLINE_VERBS,
  METRICS,
  MODIFIERS,
  OBJECTS,
  PLACES_SAID,
  SUBJECTS,
  VERBS,
} from './synthetic-words.ts';

/** Headline and paragraphs of one article. */
export interface Body {
  headline: string;
  paragraphs: string[];
}

/** A body of about `words` words (never fewer) naming every person and organisation given. */
export function writeBody(random: Random, people: SyntheticPerson[], organisations: string[], words: number): Body {
  const [lead, ...others] = people;
  const [firstOrg, ...otherOrgs] = organisations;
  if (!lead || !firstOrg) throw new Error('an article names at least one person and one organisation');
  const topic = pick(random, OBJECTS);
  const headline = `${lead.surname} ${pick(random, HEADLINE_VERBS)} plan on ${topic}`;
  const paragraphs = [
    `${lead.role} ${lead.name} said ${pick(random, PLACES_SAID)} that the ${firstOrg} would ${pick(random, VERBS)} ${topic} ${pick(random, MODIFIERS)}. ${filler(random)}`,
  ];
  for (const person of others) {
    paragraphs.push(
      `${person.role} ${person.name}, speaking ${pick(random, PLACES_SAID)}, said ${clause(random)}. ${filler(random)} ${person.surname} added that ${clause(random)}.`,
    );
  }
  for (const organisation of otherOrgs) {
    paragraphs.push(`The ${organisation} said in a statement that ${clause(random)}. ${filler(random)}`);
  }
  let count = countWords(paragraphs);
  while (count < words) {
    const paragraph = [filler(random), mention(random, people, organisations), filler(random)].join(' ');
    paragraphs.push(paragraph);
    count += countWords([paragraph]);
  }
  return { headline, paragraphs };
}

function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.split(' ').length, 0);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clause(random: Random): string {
  return `${pick(random, SUBJECTS)} would ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, MODIFIERS)}`;
}

/** A later mention: a person by surname, or an organisation again by its full name. */
function mention(random: Random, people: SyntheticPerson[], organisations: string[]): string {
  if (random() < 0.75) {
    const person = pick(random, people);
    return random() < 0.5
      ? `"We will ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, MODIFIERS)}," ${person.surname} said.`
      : `${person.surname} said ${clause(random)}.`;
  }
  return `A spokesman for the ${pick(random, organisations)} said ${clause(random)}.`;
}

function filler(random: Random): string {
  switch (between(random, 0, 7)) {
    case 0:
      return `${capitalise(pick(random, METRICS))} rose ${between(random, 1, 9)}.${between(random, 0, 9)} percent in the ${pick(random, ['first', 'second', 'third', 'fourth'])} quarter, compared with ${between(random, 1, 9)}.${between(random, 0, 9)} percent a year earlier.`;
    case 1:
      return `The figures were broadly in line with forecasts by economists, who had expected ${pick(random, METRICS)} to ${pick(random, ['rise', 'fall', 'stall'])} ${pick(random, ['slightly', 'sharply', 'again'])}.`;
    case 2:
      return `Officials said the measures would cost about ${between(random, 12, 950)} million dollars over ${between(random, 2, 6)} years.`;
    case 3:
      return `Prices for ${pick(random, COMMODITIES)} ${pick(random, ['rose', 'fell', 'climbed', 'slipped'])} to ${between(random, 90, 4000)} dollars a tonne, their ${pick(random, ['highest', 'lowest'])} level in ${between(random, 2, 11)} years.`;
    case 4:
      return `Traders said demand from ${pick(random, SUBJECTS)} remained ${pick(random, ['weak', 'firm', 'uneven', 'strong'])}, and that ${clause(random)}.`;
    case 5:
      return `The decision comes after months of ${pick(random, ['debate', 'negotiation', 'uncertainty', 'protests'])} over ${pick(random, OBJECTS)}.`;
    case 6:
      return `Opposition lawmakers criticised the plan, saying it would ${pick(random, VERBS)} ${pick(random, OBJECTS)} without a proper review.`;
    default:
      return `Talks are due to resume ${pick(random, MODIFIERS)}, a person familiar with the matter said.`;
  }
}
