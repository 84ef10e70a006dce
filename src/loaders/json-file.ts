import { readFile } from 'node:fs/promises';

/**
 * Reads and parses one JSON file of the content folder: its value, or undefined when the file
 * does not exist, which each caller words for itself (a registry must exist, a review file need
 * not). Every other failure names `file` (the path as the content configuration gives it) and
 * says why: the file cannot be read, or is not valid JSON.
 */
export async function readJsonFile(path: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${file}: cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}
