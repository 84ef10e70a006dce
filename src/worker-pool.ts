import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/*
 * A few jobs of pure CPU work (laying out a network, checking a generated file) handed to worker
 * threads, so they run on other cores beside the work that must stay on the main thread. The
 * worker file is run by Node as it is, never bundled, and answers through `serveJobs`.
 */

interface JobRequest<Input> {
  id: number;
  input: Input;
}

type JobReply<Output> = { id: number; output: Output } | { id: number; error: string };

/** Jobs sent to worker threads, answered in any order. */
export interface WorkerPool<Input, Output> {
  run(input: Input): Promise<Output>;
  /** Ends the workers; a pool that is never closed must be created with `unref`. */
  close(): Promise<void>;
}

/** Every core but the one the main thread keeps busy, at least one and at most four. */
export function spareCores(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Starts workers running `file` (which must call `serveJobs`) when the first job arrives.
 * `unref` lets the process exit with workers still open; `youngGenerationMb` sets the most each
 * worker's heap keeps for new objects (V8's default when not given). A job the worker throws on rejects with
 * its message; a worker that dies rejects every job waiting and every later one.
 */
export function workerPool<Input, Output>(
  file: string | URL,
  {
    size = spareCores(),
    unref = false,
    youngGenerationMb,
  }: { size?: number; unref?: boolean; youngGenerationMb?: number } = {},
): WorkerPool<Input, Output> {
  const workers: Worker[] = [];
  const waiting = new Map<number, { resolve: (output: Output) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let nextId = 0;

  function start(): Worker {
    const worker = new Worker(
      file,
      youngGenerationMb === undefined ? {} : { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } },
    );
    if (unref) worker.unref();
    worker.on('message', (reply: JobReply<Output>) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.output);
    });
    worker.on('error', (error: Error) => {
      failure = new Error(`worker ${String(file)} stopped: ${error.message}`);
      for (const pending of waiting.values()) pending.reject(failure);
      waiting.clear();
    });
    return worker;
  }

  return {
    run(input) {
      if (failure) return Promise.reject(failure);
      if (workers.length === 0) for (let index = 0; index < size; index++) workers.push(start());
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, input } satisfies JobRequest<Input>);
      });
    },
    async close() {
      await Promise.all(workers.splice(0).map((worker) => worker.terminate()));
    },
  };
}

/** The worker's side: answers each job with `work(input)`, or with the message it threw. */
export function serveJobs<Input, Output>(work: (input: Input) => Output): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  port.on('message', ({ id, input }: JobRequest<Input>) => {
    let reply: JobReply<Output>;
    try {
      reply = { id, output: work(input) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
