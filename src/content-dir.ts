/**
 * The folder the site is built from. `DATELINE_CONTENT` lets tests and benchmarks build another
 * archive (a fixture, a synthetic one) with the same code; everyone else gets `content/`.
 */
export const contentDir = process.env.DATELINE_CONTENT ?? 'content';
