/**
 * How many of the people and organisations written into the synthetic articles ingest found:
 * a check that the archive exercises entity pages the way real news would.
 */
import { basename } from 'node:path';
import { toSlug } from '../../src/lib/slug.ts';
import type { IngestSummary } from './dateline.ts';
import type { SyntheticArchive } from './synthetic.ts';

/** Share of written names that ingest linked, and how many extra ids it linked. */
export function syntheticRecall(archive: SyntheticArchive, report: IngestSummary): string {
  let written = { people: 0, organisations: 0 };
  let found = { people: 0, organisations: 0 };
  let extra = 0;
  for (const file of report.files) {
    const number = Number(basename(file.file, '.txt'));
    if (!Number.isInteger(number) || !file.people) continue;
    const article = archive.article(number);
    const expected = {
      people: new Set(article.people.map((person) => toSlug(person.name))),
      organisations: new Set(article.organisations.map((name) => toSlug(name))),
    };
    for (const kind of ['people', 'organisations'] as const) {
      written = { ...written, [kind]: written[kind] + expected[kind].size };
      const linked = new Set(file[kind]);
      found = { ...found, [kind]: found[kind] + [...expected[kind]].filter((id) => linked.has(id)).length };
      extra += [...linked].filter((id) => !expected[kind].has(id)).length;
    }
  }
  const share = (kind: 'people' | 'organisations') =>
    written[kind] === 0 ? '—' : `${((100 * found[kind]) / written[kind]).toFixed(1)}%`;
  return `ingest linked ${share('people')} of the people and ${share('organisations')} of the organisations written into the articles, plus ${extra} other ids`;
}
