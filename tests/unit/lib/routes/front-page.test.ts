import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../../src/lib/archive.ts';
import { frontPage } from '../../../../src/lib/routes/front-page.ts';
import { archive, registries, sizes } from './small-archive.ts';

describe('the front page', () => {
  const front = frontPage(archive, sizes);

  it('leads with the newest day and counts the days before it', () => {
    expect(front?.date).toBe('2025-12-04');
    expect(front?.earlierDays).toEqual([
      { label: '1 March 2025', path: '/archive/2025/03/01/', count: 1 },
      { label: '10 January 2025', path: '/archive/2025/01/10/', count: 2 },
      { label: '4 December 2024', path: '/archive/2024/12/04/', count: 1 },
    ]);
  });

  it('counts recent months and every year as rows linking their pages', () => {
    expect(front?.months.map((row) => row.label)).toEqual([
      'December 2025',
      'March 2025',
      'January 2025',
      'December 2024',
    ]);
    expect(front?.years).toEqual([
      { label: '2025', path: '/archive/2025/', count: 4 },
      { label: '2024', path: '/archive/2024/', count: 1 },
    ]);
  });

  it('names who is in the news lately as rows linking their pages', () => {
    expect(front?.people).toEqual([{ label: 'Vladimir Putin', path: '/people/vladimir-putin/', count: 1 }]);
  });

  it('is absent for an archive without articles', () => {
    const empty = buildArchive({ articles: [], registries }, { coMentions: 12, related: 5 });
    expect(frontPage(empty, sizes)).toBeUndefined();
  });
});
