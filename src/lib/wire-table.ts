/*
 * Wire copy carries tables as runs of short lines (prices by city, loan rates by grain), each line
 * a row with its columns separated by single spaces. Set as prose they read as a string of
 * numbers; set in columns they read as the table they were.
 */

/** Longest line taken as a table row; prose paragraphs are longer. */
const MAX_ROW = 80;
/** Fewest consecutive rows that make a table. */
const MIN_ROWS = 3;

const NUMERIC = /\d|^-+$|^n\.a\.?$/i;

/**
 * Whether one paragraph could be a row of a table: a single short line of two or more words that
 * does not end like a sentence.
 */
export function isTableRow(text: string): boolean {
  const line = text.trim();
  if (line === '' || line.includes('\n') || line.length > MAX_ROW) return false;
  if (/[.!?:;,"'”’)]$/.test(line) && !/\d\.$|n\.a\.$/i.test(line)) return false;
  return line.split(/\s+/).length >= 2;
}

function hasNumbers(text: string): boolean {
  return text
    .trim()
    .split(/\s+/)
    .some((token) => NUMERIC.test(token));
}

/**
 * The runs of consecutive paragraphs that form tables, as `[start, end)` index pairs: at least
 * `MIN_ROWS` table rows, most of them with figures (a heading row may have none).
 */
export function tableRuns(paragraphs: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  const close = (end: number) => {
    const rows = paragraphs.slice(start, end);
    if (rows.length >= MIN_ROWS && rows.filter(hasNumbers).length * 2 > rows.length) runs.push([start, end]);
    start = -1;
  };
  paragraphs.forEach((paragraph, index) => {
    if (isTableRow(paragraph)) {
      if (start < 0) start = index;
    } else if (start >= 0) close(index);
  });
  if (start >= 0) close(paragraphs.length);
  return runs;
}

/**
 * Lines of a table set in columns. Each row's label (its words before the first figure) goes in a
 * left column; the remaining cells are aligned from the right, so a row that leaves out its first
 * cells (a continuation line) and a heading row without a label line up under the full rows.
 */
export function layoutTable(rows: readonly string[]): string[] {
  const tokenised = rows.map((row) => row.trim().split(/\s+/));
  const firstFigure = tokenised.map((tokens) => tokens.findIndex((token) => NUMERIC.test(token)));
  const figureColumns = Math.max(
    0,
    ...tokenised.map((tokens, index) => (firstFigure[index]! >= 0 ? tokens.length - firstFigure[index]! : 0)),
  );
  const split = tokenised.map((tokens, index) => {
    const first = firstFigure[index]!;
    // A heading row has no figures: its words beyond the columns of figures head the labels.
    const labelEnd = first >= 0 ? first : Math.max(0, tokens.length - figureColumns);
    return { label: tokens.slice(0, labelEnd).join(' '), cells: tokens.slice(labelEnd) };
  });
  const columns = Math.max(...split.map((row) => row.cells.length));
  const labelWidth = Math.max(0, ...split.map((row) => row.label.length));
  const widths = Array.from({ length: columns }, (_, fromRight) =>
    Math.max(0, ...split.map((row) => row.cells[row.cells.length - 1 - fromRight]?.length ?? 0)),
  );
  return split.map((row) => {
    const cells = Array.from({ length: columns }, (_, index) => {
      const fromRight = columns - 1 - index;
      const cell = row.cells[row.cells.length - 1 - fromRight] ?? '';
      return cell.padStart(widths[fromRight] ?? 0);
    });
    const label = labelWidth > 0 ? [row.label.padEnd(labelWidth)] : [];
    return [...label, ...cells].join('  ').trimEnd();
  });
}
