import { rmSync } from 'node:fs';
import { buildArchive, fixtureDir, fixtureDist, fixtureEnv, fixtureSearchShardSize } from './build-fixture.ts';

/** Builds the fixture archive once for every build-output test. */
export default function setup(): void {
  rmSync(fixtureDist, { recursive: true, force: true });
  const result = buildArchive(fixtureDir, fixtureDist, {
    ...fixtureEnv,
    DATELINE_SEARCH_SHARD_SIZE: String(fixtureSearchShardSize),
  });
  if (result.status !== 0) throw new Error(`building the fixture archive failed:\n${result.output}`);
}
