import { archivePath, entityIndexPath, storiesPath } from './paths.ts';
import { strings } from '../strings.ts';

/** Which sections have anything in them (see `layoutOf` in article-view.ts). */
export interface SectionsShown {
  hasEvents?: boolean;
  hasStories?: boolean;
}

/** A section of the site a reader can go to from any page. */
export interface Section {
  label: string;
  path: string;
}

/**
 * The site's sections, in the order the header lists them, leaving out those with nothing in
 * them. The header and the page-not-found page both list these, so a reader lost on the second
 * is offered what every other page offers.
 */
export function siteSections({ hasEvents = true, hasStories = true }: SectionsShown): Section[] {
  return [
    { label: strings.archive, path: archivePath },
    { label: strings.people, path: entityIndexPath('people') },
    { label: strings.organisations, path: entityIndexPath('organisations') },
    ...(hasEvents ? [{ label: strings.events, path: entityIndexPath('events') }] : []),
    ...(hasStories ? [{ label: strings.stories, path: storiesPath }] : []),
  ];
}
