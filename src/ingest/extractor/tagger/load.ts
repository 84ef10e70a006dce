import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Tagger } from './combine.ts';
import { decodeModel, type ModelFile } from './model-file.ts';

/** The model shipped with Dateline, trained by `npm run train:entities`. */
export const MODEL_FILE = fileURLToPath(new URL('./model.json', import.meta.url));

/** Reads a tagger model file; a missing, unreadable or malformed file is an error naming it and the reason. */
export function loadTagger(path: string = MODEL_FILE): Tagger {
  let file: ModelFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  } catch (error) {
    throw new Error(`cannot read the entity tagger model ${path}: ${(error as Error).message}`);
  }
  try {
    return decodeModel(file);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}
