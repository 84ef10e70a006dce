import { describe, expect, it } from 'vitest';
import { buildMentionMatcher, findAmbiguousNames, splitMentions } from '../../../src/lib/mentions.ts';

const singh = { kind: 'people' as const, id: 'rajnath-singh', path: '/people/rajnath-singh/' };
const eaeu = {
  kind: 'organisations' as const,
  id: 'eurasian-economic-union',
  path: '/organisations/eurasian-economic-union/',
};

describe('findAmbiguousNames', () => {
  it('returns names two entities share, not names one entity lists twice', () => {
    expect(
      findAmbiguousNames([
        { kind: 'people', id: 'rajnath-singh', names: ['Rajnath Singh', 'Singh', 'Singh'] },
        { kind: 'people', id: 'manmohan-singh', names: ['Manmohan Singh', 'Singh'] },
      ]),
    ).toEqual(new Set(['Singh']));
  });
});

describe('buildMentionMatcher', () => {
  it('returns nothing when no name is left to link', () => {
    expect(buildMentionMatcher([{ ...singh, names: ['Singh'] }], new Set(['Singh']))).toBeUndefined();
  });
});

describe('splitMentions', () => {
  const matcher = buildMentionMatcher(
    [
      { ...singh, names: ['Rajnath Singh', 'Singh', 'Defence Minister Rajnath Singh'] },
      { ...eaeu, names: ['Eurasian Economic Union'] },
    ],
    new Set(),
  )!;

  it('links the first mention of each entity, by its longest name', () => {
    const linked = new Set<string>();
    expect(
      splitMentions('Defence Minister Rajnath Singh met the Eurasian Economic Union. Singh said', matcher, linked),
    ).toEqual([
      { text: 'Defence Minister Rajnath Singh', target: singh },
      { text: ' met the ' },
      { text: 'Eurasian Economic Union', target: eaeu },
      { text: '. Singh said' },
    ]);
  });
  it('does not link again once an entity was linked earlier in the document', () => {
    const linked = new Set(['people:rajnath-singh']);
    expect(splitMentions('said Singh.', matcher, linked)).toEqual([{ text: 'said Singh.' }]);
  });
  it('links a surname when it is the first mention', () => {
    expect(splitMentions("Singh's visit", matcher, new Set())).toEqual([
      { text: 'Singh', target: singh },
      { text: "'s visit" },
    ]);
  });
  it('matches whole words only and respects case', () => {
    expect(splitMentions('Singhania and SINGH', matcher, new Set())).toEqual([{ text: 'Singhania and SINGH' }]);
  });
  it('leaves an ambiguous short name unlinked', () => {
    const ambiguous = buildMentionMatcher([{ ...singh, names: ['Rajnath Singh', 'Singh'] }], new Set(['Singh']))!;
    expect(splitMentions('Singh spoke.', ambiguous, new Set())).toEqual([{ text: 'Singh spoke.' }]);
  });
  it('never links a name inside a longer name, even one whose entity is already linked', () => {
    const bank = { kind: 'organisations' as const, id: 'bank-of-japan', path: '/organisations/bank-of-japan/' };
    const japan = { kind: 'organisations' as const, id: 'japan-inc', path: '/organisations/japan-inc/' };
    const nested = buildMentionMatcher(
      [
        { ...bank, names: ['Bank of Japan'] },
        { ...japan, names: ['Japan'] },
      ],
      new Set(),
    )!;
    expect(splitMentions('The Bank of Japan and Japan.', nested, new Set(['organisations:bank-of-japan']))).toEqual([
      { text: 'The Bank of Japan and ' },
      { text: 'Japan', target: japan },
      { text: '.' },
    ]);
  });
  it('treats letters of any script, and digits, as part of a word', () => {
    expect(splitMentions('ÉSingh, Singh2 and 𝐀Singh', matcher, new Set())).toEqual([
      { text: 'ÉSingh, Singh2 and 𝐀Singh' },
    ]);
    expect(splitMentions('(Singh)', matcher, new Set())).toEqual([
      { text: '(' },
      { text: 'Singh', target: singh },
      { text: ')' },
    ]);
  });
});
