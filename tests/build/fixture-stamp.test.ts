import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, repoRoot } from './build-fixture.ts';
import { fixtureBuildIsCurrent, inputsDigest, outputDigest } from './fixture-stamp.ts';

const scratch = join(repoRoot, 'tests/.tmp/fixture-stamp');

function tree(files: Record<string, string>): string {
  rmSync(scratch, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(scratch, file, '..'), { recursive: true });
    writeFileSync(join(scratch, file), text);
  }
  return scratch;
}

describe('the fixture build stamp', () => {
  it('holds for the build this tier just made, so the browser tier serves it instead of building again', () => {
    expect(fixtureBuildIsCurrent()).toBe(true);
  });

  it('changes with the fixture content, the site code and the config, and with nothing else', () => {
    const files = {
      [`${fixtureDir}/people.json`]: '[]',
      'src/pages/index.astro': '<p>home</p>',
      'astro.config.mjs': 'export default {};',
      'tests/unit/other.test.ts': 'not an input',
    };
    const base = inputsDigest(tree(files));
    expect(inputsDigest(tree(files))).toBe(base);
    expect(inputsDigest(tree({ ...files, 'tests/unit/other.test.ts': 'changed' }))).toBe(base);
    expect(inputsDigest(tree({ ...files, [`${fixtureDir}/people.json`]: '[{}]' }))).not.toBe(base);
    expect(inputsDigest(tree({ ...files, 'src/pages/index.astro': '<p>home!</p>' }))).not.toBe(base);
    expect(inputsDigest(tree({ ...files, 'src/pages/about.astro': '' }))).not.toBe(base);
    expect(inputsDigest(tree({ ...files, 'astro.config.mjs': 'export default { base: "/x" };' }))).not.toBe(base);
  });

  it('sees an output file changed, added or removed after the build', () => {
    const dist = tree({ 'index.html': '<p>home</p>', 'people/index.html': '<p>people</p>' });
    const built = outputDigest(dist);
    utimesSync(join(dist, 'index.html'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(outputDigest(dist)).not.toBe(built);
    const touched = outputDigest(dist);
    writeFileSync(join(dist, 'extra.html'), '');
    expect(outputDigest(dist)).not.toBe(touched);
    rmSync(join(dist, 'extra.html'));
    rmSync(join(dist, 'people/index.html'));
    expect(outputDigest(dist)).not.toBe(touched);
  });
});
