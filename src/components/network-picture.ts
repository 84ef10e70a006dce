import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NetworkInput, NetworkLayout } from '@/lib/network-layout.ts';
import { networkSvg } from '@/lib/network-svg.ts';
import { strings } from '@/strings.ts';
import { href } from './href.ts';
import type { LayoutReply, LayoutRequest } from './network-worker.ts';

/** A profile's network, laid out and drawn. */
export interface NetworkPicture {
  layout: NetworkLayout;
  svg: string;
}

const drawn = new WeakMap<NetworkInput, Promise<NetworkPicture | undefined>>();

/**
 * Lays out and draws a network once, however many pages of a profile show it: every page of a
 * paginated profile receives the same input object. The layout runs on another core while the
 * build renders the other pages in flight.
 */
export function networkPicture(network: NetworkInput): Promise<NetworkPicture | undefined> {
  let picture = drawn.get(network);
  if (!picture) {
    picture = draw(network);
    // A failure surfaces where the page awaits the picture, with that page's name.
    picture.catch(() => {});
    drawn.set(network, picture);
  }
  return picture;
}

async function draw(network: NetworkInput): Promise<NetworkPicture | undefined> {
  if (network.neighbours.length === 0) return undefined;
  const layout = await layOut(network);
  // The picture is for looking; the list after it carries the same names, counts and links for
  // screen readers and keyboards, so the SVG is hidden from both (see networkSvg).
  const svg = networkSvg(layout, { href, describe: (node) => `${node.name}: ${strings.articleCount(node.count)}` });
  return { layout, svg };
}

/*
 * An archive has thousands of profiles, and a force layout is the costliest part of each: on the
 * main thread, amid the build's large heap, one took several times what it takes in a small one.
 * The worker runs the source file directly, found from the project root, where builds run.
 */
const workerFile = resolve('src/components/network-worker.ts');
const workers: Worker[] = [];
const waiting = new Map<number, { resolve: (layout: NetworkLayout) => void; reject: (error: Error) => void }>();
let nextId = 0;
let failure: Error | undefined;

function layOut(input: NetworkInput): Promise<NetworkLayout> {
  if (failure) return Promise.reject(failure);
  if (workers.length === 0) {
    const count = Math.max(1, Math.min(4, availableParallelism() - 1));
    for (let index = 0; index < count; index++) workers.push(startWorker());
  }
  const id = nextId++;
  const request: LayoutRequest = { id, input };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    workers[id % workers.length]!.postMessage(request);
  });
}

function startWorker(): Worker {
  const worker = new Worker(workerFile);
  // Pending layouts never keep a finished build alive.
  worker.unref();
  worker.on('message', (reply: LayoutReply) => {
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('error' in reply) pending?.reject(new Error(`co-mention network layout: ${reply.error}`));
    else pending?.resolve(reply.layout);
  });
  worker.on('error', (error) => {
    failure = new Error(`co-mention network layout worker failed: ${error.message}`);
    for (const pending of waiting.values()) pending.reject(failure);
    waiting.clear();
  });
  return worker;
}
