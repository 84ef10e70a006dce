import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { buildArchive, fixtureDir, fixtureDist, fixtureEnv, fixtureSearchShardSize } from '../build/build-fixture.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the fixture archive and serves it for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(fixtureDist, { recursive: true, force: true });
  const result = buildArchive(fixtureDir, fixtureDist, {
    ...fixtureEnv,
    DATELINE_SEARCH_SHARD_SIZE: String(fixtureSearchShardSize),
  });
  if (result.status !== 0) throw new Error(`building the fixture archive failed:\n${result.output}`);
  const server = await serveStatic(fixtureDist);
  project.provide('baseUrl', server.url);
  return server.stop;
}
