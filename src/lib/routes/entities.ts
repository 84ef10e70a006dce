import type { Archive } from '../archive.ts';
import type { EntityKind } from '../types.ts';
import { entityIndexRoutes, type EntityIndexProps } from './entity-index.ts';
import { entityProfileRoutes, type EntityProfileProps } from './entity-profile.ts';
import type { RouteSizes } from './sizes.ts';

/** Props of an entity route: either a page of the A–Z index or a page of one profile. */
export type EntityRouteProps = EntityIndexProps | EntityProfileProps;

/**
 * `/people/`, `/people/2/` … (the A–Z index) and `/people/<id>/`, `/people/<id>/2/` … (profiles)
 * share one catch-all route; all-digit entity ids are refused by the registry checks.
 */
export function entityRoutes(archive: Archive, kind: EntityKind, sizes: RouteSizes) {
  return [...entityIndexRoutes(archive, kind, sizes), ...entityProfileRoutes(archive, kind, sizes)];
}
