/* Lays out co-mention networks in a worker thread (see picture.ts). */
import { layoutNetwork } from '../lib/network-layout.ts';
import { serveJobs } from '../worker-pool.ts';

serveJobs(layoutNetwork);
