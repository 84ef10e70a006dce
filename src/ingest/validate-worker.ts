/* Checks generated articles off the main thread (see validate-pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { Frontmatter } from './to-mdx.ts';
import { validateMdx } from './validate.ts';

/** One generated article to check, numbered so the answer finds its way back. */
export interface ValidationRequest {
  id: number;
  source: string;
  frontmatter: Frontmatter;
  paragraphs: readonly string[];
}

/** Passed, or why not. */
export interface ValidationReply {
  id: number;
  error?: string;
}

const port = parentPort;
if (!port) throw new Error('validate-worker.ts runs as a worker thread');
port.on('message', ({ id, source, frontmatter, paragraphs }: ValidationRequest) => {
  try {
    validateMdx(source, frontmatter, paragraphs);
    port.postMessage({ id } satisfies ValidationReply);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies ValidationReply);
  }
});
