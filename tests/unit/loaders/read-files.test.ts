import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFilesAt } from '../../../src/loaders/read-files.ts';

describe('readFilesAt', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-read-files-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps what it is told across readings of the file, in a folder it makes', () => {
    const path = join(folder(), 'cache', 'files.json');
    const first = readFilesAt(path, () => undefined);
    expect(first.get('a')).toBeUndefined();
    first.set('a', 'stamp-a digest-a');
    first.set('b', 'stamp-b digest-b');
    first.delete('b');
    first.save();
    const second = readFilesAt(path, () => undefined);
    expect(second.get('a')).toBe('stamp-a digest-a');
    expect([...second.ids()]).toEqual(['a']);
  });

  it('writes the file only when something changed', () => {
    const path = join(folder(), 'files.json');
    const record = readFilesAt(path, () => undefined);
    record.save();
    expect(() => statSync(path)).toThrow();
    record.set('a', 'one');
    record.save();
    const written = readFileSync(path, 'utf8');
    writeFileSync(path, 'left alone');
    record.set('a', 'one');
    record.delete('missing');
    record.save();
    expect(readFileSync(path, 'utf8')).toBe('left alone');
    expect(JSON.parse(written)).toEqual({ version: 1, files: { a: 'one' } });
  });

  it('starts empty from a file that is broken, of another shape or of another version', () => {
    const dir = folder();
    for (const text of ['{', '[]', 'null', '{"version":2,"files":{"a":"one"}}', '{"version":1,"files":null}']) {
      const path = join(dir, 'files.json');
      writeFileSync(path, text);
      expect([...readFilesAt(path, () => undefined).ids()]).toEqual([]);
    }
    const path = join(dir, 'files.json');
    writeFileSync(path, '{"version":1,"files":{"a":"one","b":2}}');
    expect([...readFilesAt(path, () => undefined).ids()]).toEqual(['a']);
  });

  it('warns, without failing, when the file cannot be written', () => {
    const path = join(folder(), 'files.json');
    const warnings: string[] = [];
    const record = readFilesAt(path, (message) => warnings.push(message));
    record.set('a', 'one');
    // A folder in the file's place: the rename into place fails.
    mkdirSync(join(path, 'inside'), { recursive: true });
    expect(() => record.save()).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/files\.json could not be written/);
  });
});
