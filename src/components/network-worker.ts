/*
 * Lays out co-mention networks off the main thread. Node runs this file as it is (it is never
 * bundled), so it imports the layout by relative path with its extension.
 */
import { parentPort } from 'node:worker_threads';
import { layoutNetwork, type NetworkInput } from '../lib/network-layout.ts';

/** A network to lay out, numbered so the answer finds its way back. */
export interface LayoutRequest {
  id: number;
  input: NetworkInput;
}

/** The layout, or why there is none. */
export type LayoutReply = { id: number; layout: ReturnType<typeof layoutNetwork> } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('network-worker.ts runs as a worker thread');
port.on('message', ({ id, input }: LayoutRequest) => {
  try {
    port.postMessage({ id, layout: layoutNetwork(input) } satisfies LayoutReply);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutReply);
  }
});
