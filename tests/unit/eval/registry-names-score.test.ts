import { describe, expect, it } from 'vitest';
import {
  countMatches,
  scoreContent,
  type ContentEntry,
  type GoldArticle,
  type RegistryNames,
} from '../../eval/content-score.ts';

/* Entries carry their source file, so the scorer finds them without reading any text. */
const entry = (source: string, people: string[], organisations: string[]): ContentEntry => ({
  frontmatter: { source, people, organisations },
  body: '',
});

const organisations: RegistryNames = new Map([
  ['united-nations', { name: 'United Nations', names: ['United Nations', 'U.N.'] }],
  ['federal-reserve', { name: 'Federal Reserve', names: ['Federal Reserve', 'Fed'] }],
  ['u-n-development-programme', { name: 'U.N. Development Programme', names: ['U.N. Development Programme', 'U.N.'] }],
]);
const people: RegistryNames = new Map([['bob-dole', { name: 'Bob Dole', names: ['Bob Dole', 'Dole'] }]]);

describe('scoring by the registry names of the entities written', () => {
  const gold: GoldArticle[] = [
    { file: 'a.txt', people: ['Dole'], orgs: ['U.N.', 'Fed', 'Reuters'] },
    { file: 'b.txt', people: [], orgs: ['NATO'] },
  ];
  const entries = [
    entry('a.txt', ['bob-dole'], ['united-nations', 'federal-reserve', 'reuters']),
    entry('b.txt', [], ['united-nations']),
  ];

  it('counts a gold name that is the written entity’s name or alias, beside the official slug rule', () => {
    const official = scoreContent(entries, gold, '.');
    expect(official.organisations.truePositives).toBe(1);
    expect(official.people.truePositives).toBe(0);
    const byNames = scoreContent(entries, gold, '.', () => true, undefined, { people, organisations });
    expect(byNames.organisations.truePositives).toBe(3);
    expect(byNames.organisations.predicted).toBe(official.organisations.predicted);
    expect(byNames.organisations.gold).toBe(official.organisations.gold);
    expect(byNames.people.truePositives).toBe(1);
  });

  it('answers each gold name once, and never by an alias the entity does not have', () => {
    expect(
      countMatches(new Set(['united-nations', 'u-n-development-programme']), new Set(['u-n']), organisations),
    ).toBe(1);
    expect(countMatches(new Set(['united-nations']), new Set(['nato']), organisations)).toBe(0);
    expect(countMatches(new Set(['u-n', 'united-nations']), new Set(['u-n']), organisations)).toBe(1);
    expect(countMatches(new Set(['united-nations']), new Set(['u-n']))).toBe(0);
  });
});
