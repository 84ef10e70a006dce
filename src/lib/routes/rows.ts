/** A row of a counted list: a label, the page it links to (if any) and an article count. */
export interface CountedRow {
  label: string;
  path?: string;
  count: number;
}
