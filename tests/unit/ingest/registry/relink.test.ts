import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import type { Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import { relinkPending } from '../../../../src/ingest/registry/relink.ts';
import type { Tables } from '../../../../src/ingest/registry/resolve-entities.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { mention as plainMention } from '../../../helpers/mention.ts';

/** The mentions here are cued (a title or role), which is what establishes a holder. */
const mention = (name: string, overrides: Partial<Mention> = {}): Mention =>
  plainMention(name, { cue: true, vote: true, ...overrides });
const person = (id: string, name: string, overrides: Partial<EntityRecord> = {}): EntityRecord => ({
  id,
  name,
  aliases: [],
  roles: [],
  status: 'auto',
  evidence: { articles: 4, cues: 4, people: 4, organisations: 0 },
  ...overrides,
});
const tables = (people: EntityRecord[]): Tables => ({
  people: new EntityTable(people),
  organisations: new EntityTable(),
});
const pending = (names: string[], people: string[] = []) => [
  { article: '1987/1987-02-26-tower-report', people, pending: names.map((name) => mention(name)) },
];

describe('relinkPending', () => {
  it('links a bare surname of an earlier article to the one holder a later article named in full', () => {
    const registry = tables([person('ronald-reagan', 'Ronald Reagan', { aliases: ['Reagan'] })]);
    const links = relinkPending(pending(['Reagan']), registry);
    expect(links.map(({ article, id }) => [article, id])).toEqual([['1987/1987-02-26-tower-report', 'ronald-reagan']]);
    // The article's evidence counts for the auto person, as if it had been linked at resolution.
    expect(registry.people.get('ronald-reagan')?.evidence).toEqual({
      articles: 5,
      cues: 5,
      people: 5,
      organisations: 0,
    });
  });

  it('links to the holder named in far more articles than any other, not to a junk namesake', () => {
    const registry = tables([
      person('ronald-reagan', 'Ronald Reagan', { evidence: { articles: 40, cues: 30, people: 40, organisations: 0 } }),
      person('nancy-reagan', 'Nancy Reagan', { evidence: { articles: 1, cues: 1, people: 1, organisations: 0 } }),
    ]);
    expect(relinkPending(pending(['Reagan']), registry).map(({ id }) => id)).toEqual(['ronald-reagan']);
  });

  it('leaves the name for review when a competing holder has as good a claim', () => {
    const registry = tables([person('howard-baker', 'Howard Baker'), person('james-baker', 'James Baker')]);
    expect(relinkPending(pending(['Baker']), registry)).toEqual([]);
    expect(registry.people.get('howard-baker')?.evidence?.articles).toBe(4);
  });

  it('leaves the name for review when its one holder was never named with a title or role, or has no page', () => {
    const analyst = person('manuel-johnson', 'Manuel Johnson', {
      evidence: { articles: 7, cues: 0, people: 7, organisations: 0 },
    });
    expect(relinkPending(pending(['Johnson']), tables([analyst]))).toEqual([]);
    const once = person('rajiv-gandhi', 'Rajiv Gandhi', {
      evidence: { articles: 1, cues: 0, people: 1, organisations: 0 },
    });
    expect(relinkPending(pending(['Gandhi']), tables([once]))).toEqual([]);
  });

  it('leaves the name for review while no article has named a holder', () => {
    expect(relinkPending(pending(['Gandhi']), tables([person('ana-lopez', 'Ana Lopez')]))).toEqual([]);
  });

  it('never changes an editor-confirmed person it links to, and never links a rejected one', () => {
    const confirmed = person('rajiv-gandhi', 'Rajiv Gandhi', { status: 'confirmed', evidence: undefined });
    const before = structuredClone(confirmed);
    const registry = tables([confirmed]);
    const links = relinkPending(pending(['Gandhi']), registry);
    expect(links.map(({ id }) => id)).toEqual(['rajiv-gandhi']);
    expect(registry.people.get('rajiv-gandhi')).toEqual(before);

    const rejected = person('rajiv-gandhi', 'Rajiv Gandhi', { status: 'rejected' });
    const kept = structuredClone(rejected);
    const withRejected = tables([rejected]);
    expect(relinkPending(pending(['Gandhi']), withRejected)).toEqual([]);
    expect(withRejected.people.get('rajiv-gandhi')).toEqual(kept);
  });

  it('counts an article once for a person it links already', () => {
    const registry = tables([person('ronald-reagan', 'Ronald Reagan')]);
    const links = relinkPending(pending(['Reagan'], ['ronald-reagan']), registry);
    expect(links.map(({ id }) => id)).toEqual(['ronald-reagan']);
    expect(registry.people.get('ronald-reagan')?.evidence?.articles).toBe(4);
  });
});
