/* A worker for the pool's tests: answers each job with the resource limits it runs under. */
import { resourceLimits } from 'node:worker_threads';
import { serveJobs } from '../../src/worker-pool.ts';

serveJobs((_: null) => resourceLimits);
