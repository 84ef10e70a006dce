import type { ExtractOptions } from '../../src/ingest/extractor/extract-entities.ts';
import { EntityTable } from '../../src/ingest/registry/entity-table.ts';
import { namesForExtractor } from '../../src/ingest/registry/names-for-extractor.ts';
import { wellKnownBodies } from '../../src/ingest/registry/well-known-bodies.ts';
import type { EntityRecord } from '../../src/schema/entity.ts';

/**
 * What ingest tells the extractor about these registries, made the way ingest makes it (look-up
 * tables, then `namesForExtractor`), so tests and evaluation read text as production does. Without
 * registries it is a new archive's: no people, the well-known bodies as organisations.
 */
export function registryNames(
  registries: { people?: readonly EntityRecord[]; organisations?: readonly EntityRecord[] } = {},
): ExtractOptions {
  return namesForExtractor({
    people: new EntityTable(registries.people ?? []),
    organisations: new EntityTable(registries.organisations ?? wellKnownBodies()),
  });
}
