import { strings } from '../../strings.ts';
import type { Page } from '../paginate.ts';

/** Where a page sits in its list. */
type PageNumber = Pick<Page<unknown>, 'number' | 'lastPage'>;

/** What a page is called: in the browser's tab and feeds (`title`) and above its content (`heading`). */
export interface PageTitles {
  title: string;
  heading: string;
}

/** The document title of one page of a list: "People (Page 2 of 3)"; the first page is the name alone. */
export function pagedTitle(name: string, page: PageNumber): string {
  return page.number > 1 ? `${name} (${strings.pageOf(page.number, page.lastPage)})` : name;
}

/** The heading of one page of a list: "People, page 2 of 3"; the first page is the name alone. */
export function pagedHeading(name: string, page: PageNumber): string {
  return strings.titleOnPage(name, page.number, page.lastPage);
}
