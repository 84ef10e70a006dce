import { describe, expect, it } from 'vitest';
import { extractEntities, type Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import { registryNames } from '../../../helpers/registry-names.ts';

const names = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= 0.5).map((mention) => mention.name);

const tableClub = {
  id: 'vallenport',
  name: 'VALLENPORT',
  aliases: [],
  roles: [],
  status: 'auto' as const,
  evidence: { articles: 5, cues: 0, people: 0, organisations: 4 },
};

describe('extractEntities on a club the archive only saw in a results table', () => {
  it('takes its town named in the prose of another story for no club', () => {
    const options = registryNames({ organisations: [tableClub] });
    const extraction = extractEntities(
      'Archbishop falls ill.\n\nThe cardinal, who became archbishop of Vallenport in 1972, said on Friday he was ill.',
      options,
    );
    expect(names(extraction.organisations)).toEqual([]);
  });

  it('keeps it a club in a sports report, and keeps an acronym the archive knows in capitals', () => {
    const acronym = { ...tableClub, id: 'vcb', name: 'VCB' };
    const options = registryNames({ organisations: [tableClub, acronym] });
    const sports = extractEntities(
      'Baseball results.\n\nVallenport beat Tarsk 7-2 on Friday in the league. Their pitcher scored two runs in the match.',
      options,
    );
    expect(names(sports.organisations)).toContain('VALLENPORT');
    const news = extractEntities('Bank raises rates.\n\nThe bank said VCB would raise its rates.', options);
    expect(names(news.organisations)).toEqual(['VCB']);
  });
});
