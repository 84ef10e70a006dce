/* The worker thread of page rendering (see page-workers.ts). */
import { serveJobs } from '../worker-pool.ts';
import { doPageJob } from './page-jobs.ts';

serveJobs(doPageJob);
