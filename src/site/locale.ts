/**
 * The site's language and region (BCP 47), the one source of `lang`, `og:locale`, the feeds'
 * `<language>` and every number format. A module of its own, free of the environment, because the
 * browser's search script formats numbers too.
 */
export const LOCALE = 'en-GB';

/** The language alone (`en`), as the page's `lang` attribute gives it. */
export const LANGUAGE = LOCALE.split('-')[0] as string;
