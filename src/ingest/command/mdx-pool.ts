import { workerPool } from '../../worker-pool.ts';
import type { Frontmatter } from '../text/frontmatter.ts';
import type { MdxJob } from './mdx-worker.ts';

/**
 * Writes a generated article's MDX file and checks it (`checkedMdx`): resolves to the file's
 * text, or rejects with the reason it must not be written.
 */
export type RenderMdx = (frontmatter: Frontmatter, paragraphs: readonly string[]) => Promise<string>;

/** An article's MDX file as written and checked, or the reason it must not be written. */
export type WrittenMdx = { data: string } | { reason: string };

/** What `render` gives for one article, a failure kept as its reason instead of thrown. */
export function writtenMdx(
  render: RenderMdx,
  frontmatter: Frontmatter,
  paragraphs: readonly string[],
): Promise<WrittenMdx> {
  return render(frontmatter, paragraphs).then(
    (data) => ({ data }),
    (error: unknown) => ({ reason: error instanceof Error ? error.message : String(error) }),
  );
}

/*
 * How many articles are written and checked on this thread before the workers take over: a worker
 * must load the Markdown serialiser, the MDX parser and the schemas afresh (about half a
 * CPU-second and 100 MB on this project's benchmark machine), which a run that adds an article or
 * two to an archive never earns back.
 */
const CHECKED_HERE = 4;

/*
 * Writing and re-parsing a file makes trees that die with the article, so the worker's young
 * generation fills and empties fast; V8 lets it grow to 192 MB (on this project's benchmark
 * machine), and capped at a third of that the whole ingest command peaks a sixth lower in memory
 * in the same time.
 */
const YOUNG_GENERATION_MB = 64;

/**
 * Runs `checkedMdx` on other cores. Escaping the text into Markdown, writing the front matter and
 * re-parsing the file as MDX are more than half of ingest's work per article and need nothing
 * from the articles before it, so they run beside the extraction and resolution of the next
 * ones, which must go in order. The first few are done on this thread, so a small run starts no
 * worker; a run told (`expect`) of more inputs than that sends every article to the workers,
 * so the serialiser and the parser are never loaded here for a run that starts a worker anyway.
 * `offThread` counts the articles sent to the workers; `close` ends them.
 */
export function mdxPool(
  size?: number,
  { checkedHere = CHECKED_HERE }: { checkedHere?: number } = {},
): { render: RenderMdx; expect(inputs: number): void; close(): Promise<void>; offThread(): number } {
  const pool = workerPool<MdxJob, string>(new URL('./mdx-worker.ts', import.meta.url), {
    size,
    youngGenerationMb: YOUNG_GENERATION_MB,
  });
  let here = checkedHere;
  let jobs = 0;
  return {
    render: (frontmatter, paragraphs) => {
      jobs += 1;
      return jobs <= here ? renderHere(frontmatter, paragraphs) : pool.run({ frontmatter, paragraphs });
    },
    expect: (inputs) => {
      if (inputs > checkedHere) here = Math.min(here, jobs);
    },
    close: () => pool.close(),
    offThread: () => Math.max(0, jobs - here),
  };
}

/** `checkedMdx` on this thread; the serialiser and the MDX parser are loaded only when an article needs them. */
export async function renderHere(frontmatter: Frontmatter, paragraphs: readonly string[]): Promise<string> {
  const { checkedMdx } = await import('../text/checked-mdx.ts');
  return checkedMdx(frontmatter, paragraphs);
}
