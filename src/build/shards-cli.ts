import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mapInPool } from '../concurrency.ts';
import { mergeShards } from './merge-shards.ts';
import { outputFolders, publishOutput, recoverOutput } from './output.ts';
import { ASTRO_BUILD, repoRoot, runStep, SEARCH_INDEX } from './steps.ts';
import { outDir } from '../site/config.ts';

/*
 * Builds one archive in several shards and merges them into one site with one search index.
 *
 *   node src/build/shards-cli.ts build --shards 3 [--jobs 2]   all shards here, one at a time unless --jobs
 *   node src/build/shards-cli.ts merge shard-1 shard-2 shard-3  shards built elsewhere (CI jobs)
 *
 * A shard is an ordinary `astro build` with DATELINE_SHARD=i/N, which renders only its share of
 * the pages (src/lib/build-shard.ts); on CI each job of a matrix builds one and uploads its folder.
 * The merged site goes to DATELINE_OUT (dist/ by default) only once it is whole and indexed: a
 * failed shard, merge or index leaves the previous site as it was.
 */

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    shards: { type: 'string', default: '2' },
    jobs: { type: 'string' },
  },
});
const [command, ...folders] = positionals;
// Published as `npm run build` publishes (src/build/output.ts): staged, then swapped in.
const output = outputFolders(repoRoot, resolve(outDir));

try {
  if (command === 'build') await buildHere(Number(values.shards), Number(values.jobs ?? 1));
  else if (command === 'merge') await publish(folders.map((folder) => resolve(folder)));
  else throw new Error('usage: shards-cli.ts build --shards N [--jobs J] | merge FOLDER…');
} catch (error) {
  recoverOutput(output);
  console.error(`[dateline:shards] ${(error as Error).message}`);
  process.exit(1);
}

/**
 * Builds every shard on this machine, `jobs` at once, then merges and publishes them. One at a
 * time by default: every build of the project writes Astro's generated modules into the one
 * `.astro/` folder at its root (a temporary file renamed into place), so two builds syncing
 * content at the same moment can fail on each other's rename; more jobs are for a warm checkout
 * and at that risk. Shards on separate machines (CI) do not share the folder.
 */
async function buildHere(count: number, jobs: number): Promise<void> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`--shards must be a whole number ≥ 1`);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number ≥ 1`);
  // Inside the repository: Astro keeps a build's server chunks in its output folder only when that
  // lies under the working directory, and otherwise in one shared .astro/ that builds running at
  // once would overwrite.
  const shardsDir = join(repoRoot, 'node_modules', '.cache', 'dateline-shards');
  const dirs = Array.from({ length: count }, (_, i) => join(shardsDir, `${i + 1}-of-${count}`));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await mapInPool(dirs, jobs, (dir, i) =>
    run('astro build', ASTRO_BUILD, {
      DATELINE_SHARD: `${i + 1}/${count}`,
      DATELINE_OUT: dir,
    }),
  );
  await publish(dirs);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

/** Merges shard folders into a staging folder, indexes it for search and puts it in place of `out`. */
async function publish(dirs: string[]): Promise<void> {
  for (const dir of dirs) if (!existsSync(dir)) throw new Error(`${dir}: no such shard folder`);
  recoverOutput(output);
  const files = mergeShards(dirs, output.staging);
  console.log(`[dateline:shards] merged ${dirs.length} shard(s): ${files} files`);
  await run('search index', SEARCH_INDEX, { DATELINE_OUT: output.staging });
  publishOutput(output);
}

/** Runs a build step, failing with its name and exit code. */
async function run(name: string, args: readonly string[], env: Record<string, string>): Promise<void> {
  const code = await runStep(args, env);
  const label = env.DATELINE_SHARD ? `${name} (shard ${env.DATELINE_SHARD})` : name;
  if (code !== 0) throw new Error(`${label} failed (exit ${code})`);
}
