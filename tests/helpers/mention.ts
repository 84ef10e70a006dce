import type { Mention } from '../../src/ingest/extractor/extract-entities.ts';

/** A mention as the extractor hands it to resolution: one surface, no roles, a sure reading. */
export const mention = (name: string, overrides: Partial<Mention> = {}): Mention => ({
  name,
  surfaces: [name],
  roles: [],
  confidence: 0.9,
  ...overrides,
});
