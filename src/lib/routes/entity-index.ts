import type { Archive } from '../archive.ts';
import { entityLink } from '../article-view.ts';
import { indexLetter, surnameKey } from '../compare.ts';
import { letterAnchor, letterLinks, type LetterLink } from '../letters.ts';
import { paginate, pageParam, type Page } from '../paginate.ts';
import type { EntityKind } from '../types.ts';
import { strings } from '../../strings.ts';
import { entityRow, type CountedRow } from './rows.ts';
import type { RouteSizes } from './sizes.ts';
import { pagedHeading, pagedTitle, type PageTitles } from './titles.ts';

/** The rows of one index page under one letter; `anchor` is set where the letter starts. */
export interface LetterGroup {
  letter: string;
  anchor?: string;
  rows: CountedRow[];
}

/** Props of a page of an A–Z entity index. */
export interface EntityIndexProps extends PageTitles {
  view: 'index';
  kind: EntityKind;
  page: Page<CountedRow>;
  groups: LetterGroup[];
  letters: LetterLink[];
}

/** `/people/`, `/people/2/` …: the entities of a kind that have pages, A–Z, paginated. */
export function entityIndexRoutes(archive: Archive, kind: EntityKind, sizes: RouteSizes) {
  const entries = archive.entityIndexes[kind];
  const rows = entries.map((entry) => entityRow(entityLink(archive, kind, entry.entity.id), entry.articles.length));
  // People are filed by surname (the order `entityIndexes` already has), everything else by name.
  const letters = entries.map((entry) =>
    indexLetter(kind === 'people' ? surnameKey(entry.entity.name) : entry.entity.name),
  );
  const letterBar = letterLinks(letters, sizes.indexPageSize);
  return paginate(rows, sizes.indexPageSize).map((page) => {
    const groups: LetterGroup[] = [];
    page.items.forEach((row, offset) => {
      const index = page.start + offset;
      const letter = letters[index] as string;
      if (groups.at(-1)?.letter !== letter) {
        const starts = index === 0 || letters[index - 1] !== letter;
        groups.push({ letter, anchor: starts ? letterAnchor(letter) : undefined, rows: [] });
      }
      groups.at(-1)?.rows.push(row);
    });
    return {
      params: { path: pageParam(page.number) },
      props: {
        view: 'index',
        title: pagedTitle(strings[kind], page),
        heading: pagedHeading(strings[kind], page),
        kind,
        page,
        groups,
        letters: letterBar,
      } satisfies EntityIndexProps,
    };
  });
}
