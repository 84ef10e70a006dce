import { parseArgs } from 'node:util';
import { extractorWith, type ExtractOptions, type Extraction } from '../extractor/extract-entities.ts';
import { ingestFiles } from './fs.ts';
import { printableJson, printableLines } from '../../lib/printable.ts';
import { lockContent } from './lock.ts';
import { describeReport } from './report.ts';
import { runIngest } from './run.ts';
import type { Tagger } from '../extractor/tagger/combine.ts';
import { loadTagger } from '../extractor/tagger/load.ts';
import { mdxPool } from './mdx-pool.ts';

const USAGE = `Usage: npm run ingest -- [options] <files or folders...>
       npm run ingest -- --relink [options] [files or folders...]

Turns plain-text articles (date YYYY-MM-DD, then the text) into MDX entries in the content folder.
Folders are searched recursively for .txt files.

Options:
  --content <dir>  content folder to write to (default: content)
  --dry-run        work everything out and report it, but write nothing
  --json           print the report as JSON on stdout (no progress bar)
  --review         also list the names left for editors to review
  --relink         also link, in the articles earlier runs wrote, the bare surnames they left for
                   review whose one holder later articles have named (rewrites those articles'
                   people lists; without it only this run's articles are relinked)
  --tagger         also run the trained entity tagger beside the rules (off by default: on held-out
                   text it found nothing the rules missed; kept for comparison and retraining)
  --wait <seconds> if another ingest is writing to the content folder, wait up to this long for it
                   to finish (default: 0, stop at once with exit code 2)
  -h, --help       show this help

One ingest at a time writes to a content folder: it holds the lock file .ingest.lock there (pid,
host, start time); a lock left by a process that is gone is taken over.`;

/** Options read from the command line. */
export interface CliOptions {
  inputs: string[];
  contentDir: string;
  dryRun: boolean;
  json: boolean;
  review: boolean;
  /** Relink the bare surnames of the articles earlier runs wrote (see `relink-archive.ts`). */
  relink: boolean;
  /** Run the trained tagger beside the rules. */
  tagger: boolean;
  /** How long to wait for another ingest's lock on the content folder; 0 fails at once. */
  waitSeconds: number;
}

/** Reads the command line; throws with a readable message on unknown options or no inputs. */
export function parseCliArgs(argv: string[]): CliOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      review: { type: 'boolean', default: false },
      relink: { type: 'boolean', default: false },
      tagger: { type: 'boolean', default: false },
      wait: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  // Relinking the archive needs no new articles.
  if (positionals.length === 0 && !values.relink) throw new Error('no files or folders given');
  const waitSeconds = Number(values.wait);
  if (values.wait.trim() === '' || !Number.isFinite(waitSeconds) || waitSeconds < 0) {
    throw new Error(`--wait takes a number of seconds, not "${values.wait}"`);
  }
  return {
    inputs: positionals,
    contentDir: values.content,
    dryRun: values['dry-run'],
    json: values.json,
    review: values.review,
    relink: values.relink,
    tagger: values.tagger,
    waitSeconds,
  };
}

/**
 * The rules alone, or with `--tagger` the rules and the shipped tagger; only then is the model read,
 * so a default run pays nothing for it. A model that cannot be read is an error naming the file.
 */
export function chooseExtractor(
  options: Pick<CliOptions, 'tagger'>,
  load: () => Tagger = loadTagger,
): (text: string, options: ExtractOptions) => Extraction {
  return extractorWith(options.tagger ? load() : undefined);
}

/** Runs ingest for a command line and returns the exit code: 0 ok, 1 some file failed, 2 unusable. */
export async function main(argv: string[]): Promise<number> {
  let options: CliOptions | 'help';
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`ingest: ${printableLines((error as Error).message)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Loaded only for a terminal: its 21 modules cost a run whose output a program reads (--json, a pipe).
  const bar =
    options.json || !process.stdout.isTTY
      ? undefined
      : new (await import('cli-progress')).SingleBar({ stream: process.stdout, hideCursor: true });
  let extract;
  try {
    extract = chooseExtractor(options);
  } catch (error) {
    process.stderr.write(`ingest: ${printableLines((error as Error).message)}\n`);
    return 2;
  }
  let unlock: (() => Promise<void>) | undefined;
  try {
    // A dry run writes nothing, so it neither takes the lock nor waits for it.
    if (!options.dryRun) unlock = await lockContent(options.contentDir, { waitSeconds: options.waitSeconds });
  } catch (error) {
    process.stderr.write(`ingest: ${printableLines((error as Error).message)}\n`);
    return 2;
  }
  const mdx = mdxPool();
  try {
    const report = await runIngest(
      { inputs: options.inputs, contentDir: options.contentDir, dryRun: options.dryRun, relink: options.relink },
      {
        ...ingestFiles,
        extract,
        render: mdx.render,
        expectInputs: mdx.expect,
        // More than a handful of files on a terminal get a progress bar.
        onProgress: (done, total) => {
          if (!bar || total <= 5) return;
          if (done === 1) bar.start(total, 0);
          bar.update(done);
          if (done === total) bar.stop();
        },
      },
    );
    const text = options.json
      ? `${printableJson(JSON.stringify(report, null, 2))}\n`
      : describeReport(report, {
          perFile: report.files.length <= 5 || !bar,
          review: options.review,
          contentDir: options.contentDir,
        });
    process.stdout.write(text);
    return report.counts.failed > 0 ? 1 : 0;
  } catch (error) {
    bar?.stop();
    process.stderr.write(`ingest: ${printableLines((error as Error).message)}\n`);
    return 2;
  } finally {
    await mdx.close();
    await unlock?.();
  }
}
