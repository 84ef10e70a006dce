/** The results table and its number formats. */

/** One measured build of one archive by one site generator. */
export interface ResultRow {
  archive: string;
  site: string;
  /** Articles ingested per second (Dateline only). */
  ingestRate?: number;
  buildSeconds: number;
  cpuSeconds?: number;
  /** The part of the build spent indexing for search. */
  searchSeconds?: number;
  pages: number;
  peakRss: number;
  /** dist/ without the search index. */
  distBytes: number;
  largestHtml: number;
  clientJs: number;
  css: number;
  /** Dateline's build time divided by this row's (peer rows only). */
  ratio?: number;
  failed?: string;
}

const COLUMNS = [
  'Archive',
  'Site',
  'Ingest art./s',
  'Build s',
  'CPU s',
  'of it search s',
  'Pages',
  'Pages/s',
  'Peak RSS',
  'dist/',
  'Largest HTML',
  'Client JS',
  'CSS',
  'Dateline ÷ this',
];

/** The rows as one Markdown table, columns padded so it also reads in a terminal. */
export function formatTable(rows: readonly ResultRow[]): string {
  const cells = rows.map((row) =>
    row.failed
      ? [row.archive, row.site, `failed: ${row.failed}`, ...COLUMNS.slice(3).map(() => '')]
      : [
          row.archive,
          row.site,
          row.ingestRate === undefined ? '—' : Math.round(row.ingestRate).toLocaleString('en-GB'),
          row.buildSeconds.toFixed(1),
          row.cpuSeconds === undefined ? '—' : row.cpuSeconds.toFixed(1),
          row.searchSeconds === undefined ? '—' : row.searchSeconds.toFixed(1),
          row.pages.toLocaleString('en-GB'),
          Math.round(row.pages / row.buildSeconds).toLocaleString('en-GB'),
          bytes(row.peakRss),
          bytes(row.distBytes),
          bytes(row.largestHtml),
          bytes(row.clientJs),
          bytes(row.css),
          row.ratio === undefined ? '—' : `${row.ratio.toFixed(1)}×`,
        ],
  );
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (values: string[]) =>
    `| ${values.map((value, i) => (i < 2 ? value.padEnd(widths[i] ?? 0) : value.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (i < 2 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(COLUMNS), rule, ...cells.map(line)].join('\n');
}

/** Bytes in binary units: 0 B, 812 B, 14.2 KiB, 3.1 MiB, 1.20 GiB. */
export function bytes(count: number): string {
  if (count < 1024) return `${count} B`;
  if (count < 1024 ** 2) return `${(count / 1024).toFixed(1)} KiB`;
  if (count < 1024 ** 3) return `${(count / 1024 ** 2).toFixed(1)} MiB`;
  return `${(count / 1024 ** 3).toFixed(2)} GiB`;
}
