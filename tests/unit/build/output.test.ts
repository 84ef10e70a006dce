import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolders } from '../../../src/build/output.ts';

const root = '/srv/dateline';

describe('outputFolders', () => {
  it.each([
    ['the default output inside the project', join(root, 'dist')],
    ['an output in the temporary folder', '/tmp/site'],
    // Astro tests "inside the working folder" as a string prefix, which this path passes.
    ['an output beside the project whose path starts with the project’s', `${root}-site/dist`],
  ])('stages %s inside the project, where the build finds its packages', (_case, out) => {
    const { staging } = outputFolders(root, out);
    expect(relative(root, staging).startsWith('..')).toBe(false);
    expect(staging.startsWith(join(root, 'node_modules') + '/')).toBe(true);
  });

  it('swaps beside the output, in the same folder, so the swap is two renames', () => {
    const out = '/var/www/news';
    const { next, previous } = outputFolders(root, out);
    expect(dirname(next)).toBe(dirname(out));
    expect(dirname(previous)).toBe(dirname(out));
    expect(new Set([out, next, previous]).size).toBe(3);
  });

  it('gives two outputs of the same name different staging folders', () => {
    expect(outputFolders(root, '/a/dist').staging).not.toBe(outputFolders(root, '/b/dist').staging);
  });
});
