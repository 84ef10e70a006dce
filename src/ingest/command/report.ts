import { printable, printableLines } from '../../lib/printable.ts';
import type { FileOutcome } from './file-outcome.ts';
import type { IngestReport } from './run.ts';

/** Options for the human-readable report. */
export interface DescribeOptions {
  /** One line per file (else only failures): off when a progress bar already showed the work. */
  perFile: boolean;
  /** List the names left for review. */
  review: boolean;
  contentDir: string;
}

/** The report as lines of text, ending with the summary line "imported N, skipped N …". */
export function describeReport(report: IngestReport, options: DescribeOptions): string {
  const lines = report.files.filter((outcome) => options.perFile || outcome.status === 'failed').map(describeOutcome);
  for (const { path, target } of report.notFollowed) {
    lines.push(
      `not followed ${printable(path)} → ${printable(target)}: the link leads out of the folder given (give its target as an input)`,
    );
  }
  const { people, organisations, events } = report.added;
  if (people.length + organisations.length + events.length > 0) {
    lines.push(
      `new entities (status auto): ${people.length} people, ${organisations.length} organisations, ${events.length} events`,
    );
  }
  if (report.review.length > 0) {
    lines.push(
      `${report.review.length} names left for review in ${options.contentDir}/review.json${options.review ? ':' : ' (--review lists them)'}`,
    );
  }
  if (options.review) {
    for (const entry of report.review) {
      const candidates = entry.candidates.length > 0 ? `: ${entry.candidates.join(', ')}` : '';
      lines.push(
        `  ${entry.kind} "${printable(entry.name)}" (${entry.reason}${candidates}) in ${entry.articles.join(', ')}`,
      );
    }
  }
  if (report.relinked.length > 0) {
    const articles = new Set(report.relinked.map(({ article }) => article)).size;
    lines.push(
      `linked ${report.relinked.length} bare surnames in ${articles} articles to the one person later articles named in full`,
    );
  }
  for (const article of report.leftAlone) {
    lines.push(`left ${article} alone: its front matter was edited by hand, so its names stay in review`);
  }
  const repaired = Object.entries(report.repaired).filter(([, ids]) => ids.length > 0);
  if (repaired.length > 0) {
    const lists = repaired.map(([kind, ids]) => `${kind} ${ids.join(', ')}`).join('; ');
    lines.push(`repaired the registries: re-created entities that articles name but the registries lacked (${lists})`);
  }
  const { completed, discarded } = report.recovery;
  if (completed.length > 0) lines.push(`finished an interrupted ingest: moved ${completed.length} files into place`);
  if (discarded > 0) lines.push(`removed ${discarded} files an interrupted ingest left`);
  const { imported, skipped, failed } = report.counts;
  const summary = `imported ${imported}, skipped ${skipped} (already imported), failed ${failed}`;
  lines.push(report.dryRun ? `dry run, nothing written: would have ${summary}` : summary);
  return `${lines.join('\n')}\n`;
}

/**
 * One file's line: what happened and where, or why not. File names and reasons are data (a name
 * can hold an escape sequence), so what would act on a terminal is written as a visible escape;
 * only the line breaks of a several-line reason are kept.
 */
export function describeOutcome(outcome: FileOutcome): string {
  const file = printable(outcome.file);
  switch (outcome.status) {
    case 'imported':
      return `imported ${file} → ${printable(outcome.path)}`;
    case 'skipped':
      return `skipped  ${file}: ${printableLines(outcome.reason)} as ${printable(outcome.path)}`;
    case 'failed':
      return `failed   ${file}: ${printableLines(outcome.reason)}`;
  }
}
