import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { extractorWith } from './extract.ts';
import { fileSize, listFiles, listInputFiles, readBytes, readTextIfExists, writeFileAtomic } from './fs.ts';
import { printableJson, printableLines } from '../lib/printable.ts';
import { describeReport } from './report.ts';
import { runIngest } from './run.ts';
import { loadTagger } from './tagger/load.ts';
import { validationPool } from './validate-pool.ts';

const USAGE = `Usage: npm run ingest -- [options] <files or folders...>

Turns plain-text articles (date YYYY-MM-DD, then the text) into MDX entries in the content folder.
Folders are searched recursively for .txt files.

Options:
  --content <dir>  content folder to write to (default: content)
  --dry-run        work everything out and report it, but write nothing
  --json           print the report as JSON on stdout (no progress bar)
  --review         also list the names left for editors to review
  --rules-only     find entities with the rules alone, without the trained tagger (for comparison)
  -h, --help       show this help`;

/** Options read from the command line. */
export interface CliOptions {
  inputs: string[];
  contentDir: string;
  dryRun: boolean;
  json: boolean;
  review: boolean;
  rulesOnly: boolean;
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
      'rules-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new Error('no files or folders given');
  return {
    inputs: positionals,
    contentDir: values.content,
    dryRun: values['dry-run'],
    json: values.json,
    review: values.review,
    rulesOnly: values['rules-only'],
  };
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
  const bar =
    options.json || !process.stdout.isTTY ? undefined : new SingleBar({ stream: process.stdout, hideCursor: true });
  let tagger;
  try {
    tagger = options.rulesOnly ? undefined : loadTagger();
  } catch (error) {
    process.stderr.write(`ingest: ${(error as Error).message}\n`);
    return 2;
  }
  const checks = validationPool();
  try {
    const report = await runIngest(
      { inputs: options.inputs, contentDir: options.contentDir, dryRun: options.dryRun },
      {
        listInputFiles,
        listFiles,
        fileSize,
        readBytes,
        readTextIfExists,
        writeFileAtomic,
        extract: extractorWith(tagger),
        validate: checks.validate,
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
    await checks.close();
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
