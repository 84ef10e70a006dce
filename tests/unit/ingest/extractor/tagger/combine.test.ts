import { describe, expect, it } from 'vitest';
import { extractEntities, ruleCandidates } from '../../../../../src/ingest/extractor/extract-entities.ts';
import {
  decide,
  revision,
  ruleTags,
  TAGGER_CONFIDENCE,
  type Tagger,
} from '../../../../../src/ingest/extractor/tagger/combine.ts';
import { tokenise } from '../../../../../src/ingest/extractor/tokens.ts';
import { registryNames } from '../../../../helpers/registry-names.ts';

const NEVER = 1e9;
const features = { context: true, gazetteers: true, rules: true };
/* A hand-set model: one feature row per word, tags O B-PER I-PER B-ORG I-ORG B-LOC I-LOC. */
const tagger = (rows: Record<string, number[]>, margins: Tagger['margins']): Tagger => ({
  model: { features, weights: new Map(Object.entries(rows).map(([name, row]) => [name, new Float32Array(row)])) },
  margins,
});
const names = (text: string, with_?: Tagger) => {
  const extraction = extractEntities(text, {}, with_);
  return { people: extraction.people.map((m) => m.name), organisations: extraction.organisations.map((m) => m.name) };
};

describe('decide', () => {
  it('prefers the best-scoring kind, by its lead over the rules’ kind', () => {
    expect(decide(new Float64Array([1, 5, 9, 0]), 'PER')).toEqual({ kind: 'ORG', margin: 4 });
    expect(decide(new Float64Array([1, 5, 2, 0]), 'PER')).toEqual({ kind: 'PER', margin: 0 });
  });
});

describe('revision', () => {
  const margins = { drop: 10, retype: 20, add: 30 };
  it('drops a person or organisation only past the drop margin', () => {
    expect(revision('ORG', { kind: 'O', margin: 11 }, margins)).toBe('O');
    expect(revision('ORG', { kind: 'O', margin: 9 }, margins)).toBeUndefined();
    expect(revision('PER', { kind: 'LOC', margin: 11 }, margins)).toBe('O');
  });
  it('turns a person into an organisation (and back) only past the retype margin', () => {
    expect(revision('PER', { kind: 'ORG', margin: 21 }, margins)).toBe('ORG');
    expect(revision('ORG', { kind: 'PER', margin: 19 }, margins)).toBeUndefined();
  });
  it('takes a name the rules left undecided only past the add margin, and never a place', () => {
    expect(revision('O', { kind: 'PER', margin: 31 }, margins)).toBe('PER');
    expect(revision('O', { kind: 'ORG', margin: 29 }, margins)).toBeUndefined();
    expect(revision('O', { kind: 'LOC', margin: 99 }, margins)).toBeUndefined();
    expect(revision('LOC', { kind: 'ORG', margin: 99 }, margins)).toBeUndefined();
  });
});

describe('ruleTags', () => {
  it('writes each span’s kind, strength and place on its tokens', () => {
    const sentences = tokenise('Defence Minister Rajnath Singh spoke.');
    const tags = ruleTags(sentences, ruleCandidates(sentences));
    expect(tags[0]).toEqual(['', '', 'Ps-B', 'Ps-I', '', '']);
  });
});

describe('reviseWithTagger', () => {
  const text = 'Merrill Lynch said on Monday that it would buy shares.';

  it('makes the rules’ person an organisation where the model prefers it by the margin', () => {
    expect(names(text).people).toEqual(['Merrill Lynch']);
    const model = tagger(
      { 'w=merrill': [0, 0, 0, 60, 0, 0, 0], 'w=lynch': [0, 0, 0, 0, 60, 0, 0] },
      {
        drop: NEVER,
        retype: 30,
        add: NEVER,
      },
    );
    expect(names(text, model)).toEqual({ people: [], organisations: ['Merrill Lynch'] });
  });

  it('leaves the rules’ decision when the lead is under the margin', () => {
    const model = tagger(
      { 'w=merrill': [0, 0, 0, 20, 0, 0, 0], 'w=lynch': [0, 0, 0, 0, 20, 0, 0] },
      {
        drop: NEVER,
        retype: 30,
        add: NEVER,
      },
    );
    expect(names(text, model).people).toEqual(['Merrill Lynch']);
  });

  it('judges a span by the tags that compete at its first token, not by an I- tag that never competed', () => {
    // I-ORG cannot follow B-PER, so its large weight on "Lynch" says nothing about the name.
    const model = tagger(
      { 'w=merrill': [0, 50, 0, 0, 0, 0, 0], 'w=lynch': [0, 0, 0, 0, 500, 0, 0] },
      { drop: NEVER, retype: 30, add: NEVER },
    );
    expect(names(text, model).people).toEqual(['Merrill Lynch']);
  });

  it('drops a name the model reads as no name', () => {
    const model = tagger(
      { 'w=merrill': [80, 0, 0, 0, 0, 0, 0], 'w=lynch': [80, 0, 0, 0, 0, 0, 0] },
      {
        drop: 30,
        retype: NEVER,
        add: NEVER,
      },
    );
    expect(names(text, model)).toEqual({ people: [], organisations: [] });
  });

  it('adds a name the rules left undecided, below the rules’ own confidence', () => {
    const undecided = 'We met Zorblax yesterday.';
    expect(names(undecided)).toEqual({ people: [], organisations: [] });
    const model = tagger(
      { 'w=zorblax': [0, 90, 0, 0, 0, 0, 0] },
      {
        drop: NEVER,
        retype: NEVER,
        add: 30,
      },
    );
    const { people } = extractEntities(undecided, {}, model);
    expect(people.map((m) => [m.name, m.confidence])).toEqual([['Zorblax', TAGGER_CONFIDENCE]]);
  });

  it('counts a name it adds as the text’s vote on its kind, never as a strong cue', () => {
    const model = tagger({ 'w=zorblax': [0, 90, 0, 0, 0, 0, 0] }, { drop: NEVER, retype: NEVER, add: 30 });
    const [person] = extractEntities('We met Zorblax yesterday.', {}, model).people;
    expect(person).toMatchObject({ name: 'Zorblax', vote: true, cue: false });
  });

  it('never takes a name with a legal form in it as a person', () => {
    const company = 'Shares in <ZORBLAX QUINT LTD> rose.';
    expect(names(company)).toEqual({ people: [], organisations: [] });
    const model = tagger({ 'w=zorblax': [0, 90, 0, 0, 0, 0, 0] }, { drop: NEVER, retype: NEVER, add: 30 });
    expect(names(company, model).people).toEqual([]);
  });

  it('never revises a name the registry knows', () => {
    const known = registryNames({
      people: [{ id: 'merrill-lynch', name: 'Merrill Lynch', aliases: [], roles: [], status: 'confirmed' }],
      organisations: [],
    });
    const model = tagger(
      { 'w=merrill': [0, 0, 0, 90, 0, 0, 0], 'w=lynch': [0, 0, 0, 0, 90, 0, 0] },
      {
        drop: 0,
        retype: 0,
        add: 0,
      },
    );
    expect(extractEntities(text, known, model).people.map((m) => m.name)).toEqual(['Merrill Lynch']);
  });
});
