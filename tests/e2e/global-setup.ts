import type { TestProject } from 'vitest/node';
import { fixtureDist } from '../build/build-fixture.ts';
import { ensureFixtureBuilt } from '../build/fixture-stamp.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built fixture archive for the browser tests: the build the build tier just made when
 * its stamp says it is of the current code and content, else a build of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const how = ensureFixtureBuilt();
  console.log(
    `[e2e] fixture archive ${how === 'reused' ? 'reused (its stamp matches the code and content)' : 'built'}: ${fixtureDist}`,
  );
  const server = await serveStatic(fixtureDist);
  project.provide('baseUrl', server.url);
  return server.stop;
}
