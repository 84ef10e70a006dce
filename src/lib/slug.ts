import slugify from '@sindresorhus/slugify';

/**
 * The one normaliser for entity ids and URL segments: "Défense & Sécurité" → "defense-and-securite".
 * Returns an empty string when nothing sluggable is left; callers treat that as an error.
 */
export function toSlug(value: string): string {
  return slugify(value, { decamelize: false });
}

/** A pair of names that slug to the same id. */
export interface SlugCollision {
  slug: string;
  names: [string, string];
}

/**
 * Finds distinct names that would share one slug ("São Paulo FC" and "Sao Paulo FC"), which would
 * silently merge two entities' pages. Names differing only in case or spacing count as distinct.
 */
export function findSlugCollisions(names: Iterable<string>): SlugCollision[] {
  const firstBySlug = new Map<string, string>();
  const collisions: SlugCollision[] = [];
  for (const name of names) {
    const slug = toSlug(name);
    const first = firstBySlug.get(slug);
    if (first === undefined) firstBySlug.set(slug, name);
    else if (first !== name) collisions.push({ slug, names: [first, name] });
  }
  return collisions;
}
