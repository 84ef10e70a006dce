import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  buildArchive,
  fixtureDir,
  fixtureDist,
  fixtureEnv,
  fixtureSearchShardSize,
  repoRoot,
} from './build-fixture.ts';

/*
 * One build of the fixture archive for the build and browser tiers. `npm test` runs the build tier
 * first: it builds the fixture and leaves a stamp beside the output saying what the build was made
 * from and what it wrote. The browser tier reuses that output when the stamp still holds (same
 * inputs, output untouched), and builds it itself when it does not, so `npm run test:e2e` alone
 * works and never serves a site older than the code.
 */

/** The stamp a finished fixture build leaves beside its output (never inside: the build replaces that). */
export const fixtureStamp = `${fixtureDist}.stamp.json`;

/** Everything a build of the fixture reads besides node_modules: its content, the site's code and config. */
const inputs = ['src', 'public', fixtureDir, 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The environment of a fixture build, the same in both tiers. */
const env: Record<string, string> = { ...fixtureEnv, DATELINE_SEARCH_SHARD_SIZE: String(fixtureSearchShardSize) };

interface Stamp {
  inputs: string;
  output: string;
}

/** Files under `path` (or `path` itself), relative to `root`, sorted so a digest never depends on listing order. */
function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((file) => join(path, file))
    .filter((file) => statSync(join(root, file)).isFile())
    .sort();
}

/**
 * A digest of what the fixture build is made from: every input file's path and bytes, the
 * environment the build gets (the tiers' own settings and any DATELINE_* variable the tests
 * inherit) and the Node that runs it.
 */
export function inputsDigest(root = repoRoot): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((path) => filesUnder(root, path))) {
    hash.update(`${file.split(sep).join('/')}\0`).update(readFileSync(join(root, file)));
  }
  const inherited = Object.entries(process.env).filter(([name]) => name.startsWith('DATELINE_'));
  hash.update(JSON.stringify([process.version, env, inherited.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]));
  return hash.digest('hex');
}

/** A digest of a built site: every file's path, size and modification time, so any change to it shows. */
export function outputDigest(dist: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dist, '.')) {
    const { size, mtimeMs } = statSync(join(dist, file));
    hash.update(`${relative('.', file).split(sep).join('/')}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function readStamp(): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(fixtureStamp, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** Whether the fixture output is a finished build of the current inputs that nothing has changed since. */
export function fixtureBuildIsCurrent(): boolean {
  const stamp = readStamp();
  return (
    stamp !== undefined &&
    existsSync(fixtureDist) &&
    stamp.inputs === inputsDigest() &&
    stamp.output === outputDigest(fixtureDist)
  );
}

/** Builds the fixture into an emptied output folder and stamps it; throws with the build's output if it fails. */
export function buildFixture(): void {
  rmSync(fixtureStamp, { force: true });
  rmSync(fixtureDist, { recursive: true, force: true });
  // The digest is taken before the build: an input edited while it runs must not be stamped as built.
  const before = inputsDigest();
  const result = buildArchive(fixtureDir, fixtureDist, env);
  if (result.status !== 0) throw new Error(`building the fixture archive failed:\n${result.output}`);
  writeFileSync(fixtureStamp, `${JSON.stringify({ inputs: before, output: outputDigest(fixtureDist) })}\n`);
}

/** Reuses a current fixture build (see {@link fixtureBuildIsCurrent}), else builds it; says which it did. */
export function ensureFixtureBuilt(): 'reused' | 'built' {
  if (fixtureBuildIsCurrent()) return 'reused';
  buildFixture();
  return 'built';
}
