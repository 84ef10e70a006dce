import { describe, expect, it } from 'vitest';
import { extractEntities, type Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import { registryNames } from '../../../helpers/registry-names.ts';
import { wellKnownBodies } from '../../../../src/ingest/registry/well-known-bodies.ts';

const names = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= 0.5).map((mention) => mention.name);
const all = (text: string, known = registryNames()) => {
  const extraction = extractEntities(text, known);
  return [...names(extraction.people), ...names(extraction.organisations)];
};
// An archive that took "AA" for Alcan Aluminium's alias from an Alcan story.
const withAlcan = registryNames({
  organisations: [
    ...wellKnownBodies(),
    { id: 'aa', name: 'Alcan Aluminium Ltd', aliases: ['AA'], roles: [], status: 'auto' },
  ],
});

describe('extractEntities on credit ratings', () => {
  it("takes a Moody's grade for no part of the agency named after it", () => {
    const found = all(
      "Moody's Investors Service Inc rates the debt Aa-2 and Standard and Poor's Corp rates it AA.",
      withAlcan,
    );
    expect(found).toContain("Standard and Poor's Corp");
    expect(found.filter((name) => /Aa-2|^AA$|Alcan/.test(name))).toEqual([]);
  });

  it('links no grade to a company whose alias it spells', () => {
    for (const text of [
      "The bonds are rated Aa-3 by Moody's Investors Service Inc and AA by Standard and Poor's Corp.",
      "GMAC's AA-minus subordinated debt was affirmed.",
      "The issue carries a AA rating from Standard and Poor's.",
      'Duff and Phelps downgraded the paper to DP-4 (low AA) from DP-3 (middle AA).',
      'The agency lowered the notes to AA from AAA.',
      'Its senior debt was lowered to DP-11 (high BB) from DP-9 (middle BBB).',
    ])
      expect(all(text, withAlcan).filter((name) => /Alcan|^A{1,3}\b|^B{2,3}\b|DP-|AA-minus/.test(name))).toEqual([]);
  });

  it('finds no organisation in the grades themselves, long-term or short-term', () => {
    const text =
      "Moody's rated the senior debt Baa-1 and the commercial paper P-1, while Standard and Poor's rated them A-1 and AAA.";
    expect(all(text).filter((name) => /Baa|P-1|A-1|AAA/.test(name))).toEqual([]);
  });

  it('still reads the AAA of a story about motoring as the body', () => {
    expect(all('Gasoline prices rose, the AAA said on Monday.')).toContain('AAA');
    expect(all('Gasoline prices rose 2 cents, according to the American Automobile Association (AAA).')).toContain(
      'American Automobile Association',
    );
    expect(all('Gasoline prices rose 2 cents, the AAA said. The AAA expects more rises.')).toContain('AAA');
  });

  it('never makes a name of a lone "A" or "B", about ratings or not', () => {
    for (const text of [
      "Moody's rates the notes A and the junior notes B, the agency said.",
      'A spokesman said plan B was ready. B shares fell while A shares rose.',
    ])
      expect(all(text).filter((name) => name === 'A' || name === 'B')).toEqual([]);
  });

  it('keeps an initial written without its stop inside a name about debt', () => {
    expect(all('Treasury Secretary Robert E Rubin said the debt was safe.')).toContain('Robert E Rubin');
  });
});
