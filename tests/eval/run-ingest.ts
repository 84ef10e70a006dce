import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestReport } from '../../src/ingest/command/run.ts';

/** What one run of the ingest command did, and how long the whole process took. */
export interface IngestRun {
  report: IngestReport;
  seconds: number;
}

/**
 * Runs the ingest command itself (`node src/ingest/command/cli.ts`, what `npm run ingest` runs) on a folder
 * of raw articles into an empty scratch content folder, so that what is scored is what a reader gets.
 * The time is the whole process: start-up, model loading, every article read, resolved, checked, written.
 */
export function runIngestCli(repoRoot: string, inputs: string, contentDir: string, flags: string[] = []): IngestRun {
  rmSync(contentDir, { recursive: true, force: true });
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'src', 'ingest', 'command', 'cli.ts'), '--json', ...flags, '--content', contentDir, inputs],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.status === 2 || result.stdout.trim() === '') {
    throw new Error(`ingest of ${inputs} failed (exit ${result.status}): ${result.stderr.trim()}`);
  }
  return { report: JSON.parse(result.stdout) as IngestReport, seconds };
}
