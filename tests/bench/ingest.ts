/**
 * Ingest speed on the Reuters-21578 sample (2,761 articles): every article decoded, parsed, its
 * entities extracted and resolved, its MDX generated, validated and written, into a temporary
 * content folder. Prints articles per second; the target is 400/s. Run: `npm run bench:ingest`.
 * The corpus is research data kept outside the repository; without it this says so and stops.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chooseExtractor } from '../../src/ingest/command/main.ts';
import { ingestFiles } from '../../src/ingest/command/fs.ts';
import { runIngest, type IngestReport } from '../../src/ingest/command/run.ts';
import { mdxPool } from '../../src/ingest/command/mdx-pool.ts';
import { findCorpus } from '../eval/corpus.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const corpus = join(findCorpus(repoRoot) ?? resolve(repoRoot, '..', 'shared', 'corpus'), 'reuters-sample', 'txt');

if (!existsSync(corpus)) {
  console.log(
    'corpus absent: ../shared/corpus/reuters-sample/txt not found next to the repository; nothing to measure',
  );
} else {
  const contentDir = await mkdtemp(join(tmpdir(), 'dateline-bench-ingest-'));
  // As the ingest command runs: the MDX written and checked on other cores.
  const mdx = mdxPool();
  const deps = {
    ...ingestFiles,
    // As the ingest command runs by default: the rules alone (`--tagger` adds the trained tagger).
    extract: chooseExtractor({ tagger: false }),
    render: mdx.render,
    expectInputs: mdx.expect,
  };
  try {
    const first = await timed(() => runIngest({ inputs: [corpus], contentDir, dryRun: false }, deps));
    const total = first.report.files.length;
    console.log(
      `ingest: ${total} articles in ${first.seconds.toFixed(2)} s = ${Math.round(total / first.seconds)} articles/s (target ≥ 400)`,
    );
    console.log(`  ${summary(first.report)}`);
    const failures = first.report.files.filter((outcome) => outcome.status === 'failed');
    for (const failure of failures.slice(0, 5))
      console.log(`  failed ${failure.file}: ${'reason' in failure ? failure.reason : ''}`);
    const again = await timed(() => runIngest({ inputs: [corpus], contentDir, dryRun: false }, deps));
    console.log(`again (every article already imported): ${again.seconds.toFixed(2)} s; ${summary(again.report)}`);
  } finally {
    await mdx.close();
    await rm(contentDir, { recursive: true, force: true });
  }
}

async function timed(run: () => Promise<IngestReport>): Promise<{ report: IngestReport; seconds: number }> {
  const start = performance.now();
  const report = await run();
  return { report, seconds: (performance.now() - start) / 1000 };
}

function summary(report: IngestReport): string {
  const { imported, skipped, failed } = report.counts;
  const { people, organisations, events } = report.added;
  return `imported ${imported}, skipped ${skipped} (already imported), failed ${failed}; new entities: ${people.length} people, ${organisations.length} organisations, ${events.length} events; ${report.review.length} names for review`;
}
