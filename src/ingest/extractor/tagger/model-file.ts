import type { Margins, Tagger } from './combine.ts';
import type { FeatureSet } from './features.ts';
import { TAGS } from './perceptron.ts';

/*
 * The shipped model, small: weights below `minWeight` (in perceptron updates) are dropped, features
 * left with no weight go, and the rest are stored in one signed byte each on a square-root scale
 * (fine steps near zero, where most weights are; coarse ones for the few large ones), base64 in a
 * JSON file with the feature names one per line.
 */

/** The model file's contents. */
export interface ModelFile {
  format: 'dateline-tagger/1';
  tags: readonly string[];
  features: FeatureSet;
  /** The margins the rules and the model are combined with. */
  margins: Margins;
  /** The largest weight: a byte q stands for sign(q)·(q/127)²·largest. */
  largest: number;
  names: string;
  weights: string;
  /** How the model was trained and what it was trained on, for the README and editors. */
  about: Record<string, unknown>;
}

/** Prunes and quantises a model into the file format; features are written in sorted order, so the file is reproducible. */
export function encodeModel({ model, margins }: Tagger, minWeight: number, about: Record<string, unknown>): ModelFile {
  let largest = 0;
  for (const row of model.weights.values()) for (const value of row) largest = Math.max(largest, Math.abs(value));
  largest ||= 1;
  const kept: [string, Int8Array][] = [];
  for (const [feature, row] of model.weights) {
    const bytes = new Int8Array(TAGS.length);
    let any = false;
    row.forEach((value, tag) => {
      if (Math.abs(value) < minWeight) return;
      bytes[tag] = Math.sign(value) * Math.round(Math.sqrt(Math.abs(value) / largest) * 127);
      any ||= bytes[tag] !== 0;
    });
    if (any) kept.push([feature, bytes]);
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const all = new Int8Array(kept.length * TAGS.length);
  kept.forEach(([, bytes], index) => all.set(bytes, index * TAGS.length));
  return {
    format: 'dateline-tagger/1',
    tags: TAGS,
    features: model.features,
    margins,
    largest,
    names: kept.map(([feature]) => feature).join('\n'),
    weights: toBase64(new Uint8Array(all.buffer)),
    about,
  };
}

/** Reads a model file back; a file of another format or with weights that do not fit its names is refused with the reason. */
export function decodeModel(file: ModelFile): Tagger {
  if (file.format !== 'dateline-tagger/1') throw new Error(`unknown tagger model format ${String(file.format)}`);
  if (file.tags.join(' ') !== TAGS.join(' '))
    throw new Error(`tagger model has tags ${file.tags.join(' ')}, expected ${TAGS.join(' ')}`);
  const names = file.names === '' ? [] : file.names.split('\n');
  const bytes = new Int8Array(fromBase64(file.weights).buffer);
  if (bytes.length !== names.length * TAGS.length)
    throw new Error(`tagger model has ${bytes.length} weights for ${names.length} features of ${TAGS.length} tags`);
  const weights = new Map<string, Float32Array>();
  names.forEach((name, index) => {
    const row = new Float32Array(TAGS.length);
    for (let tag = 0; tag < TAGS.length; tag += 1) {
      const byte = bytes[index * TAGS.length + tag] ?? 0;
      row[tag] = Math.sign(byte) * (byte / 127) ** 2 * file.largest;
    }
    weights.set(name, row);
  });
  return { model: { weights, features: file.features }, margins: file.margins };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
