import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceDigest, sourcesOf } from '../../../src/data/worker-code.ts';

describe('the page worker’s code digest', () => {
  it('covers what the worker runs: the bodies’ rendering and the networks’ layout', () => {
    const files = [...sourcesOf('src/data/page-worker.ts').keys()];
    expect(files).toContain('src/data/page-jobs.ts');
    expect(files).toContain('src/lib/network-layout.ts');
    expect(files).toContain('src/loaders/render-body.ts');
  });

  it('changes with any file the entry imports, however deep, and with nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'worker-code-'));
    const write = (name: string, text: string) => writeFileSync(join(root, name), text);
    write('entry.ts', "import { b } from './b.ts';\nexport const a = b;\n");
    write('b.ts', "export { c as b } from './c.ts';\n");
    write('c.ts', 'export const c = 1;\n');
    write('other.ts', 'export const other = 1;\n');
    const before = sourceDigest('entry.ts', root);
    write('other.ts', 'export const other = 2;\n');
    expect(sourceDigest('entry.ts', root)).toBe(before);
    write('c.ts', 'export const c = 2;\n');
    expect(sourceDigest('entry.ts', root)).not.toBe(before);
  });
});
