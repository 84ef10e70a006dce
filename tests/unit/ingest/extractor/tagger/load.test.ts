import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../../../../src/ingest/extractor/tagger/load.ts';

describe('loadTagger', () => {
  it('loads the shipped model', () => {
    const tagger = loadTagger();
    expect(tagger.model.weights.size).toBeGreaterThan(1000);
    expect(Object.keys(tagger.margins).sort()).toEqual(['add', 'drop', 'retype']);
  });

  it('names the file and the reason when it cannot', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dateline-tagger-'));
    expect(() => loadTagger(join(folder, 'missing.json'))).toThrow(/missing\.json: ENOENT/);
    writeFileSync(join(folder, 'broken.json'), '{"format":');
    expect(() => loadTagger(join(folder, 'broken.json'))).toThrow(/broken\.json/);
    writeFileSync(join(folder, 'old.json'), '{"format":"dateline-tagger/0","tags":[]}');
    expect(() => loadTagger(join(folder, 'old.json'))).toThrow(/old\.json: unknown tagger model format/);
  });
});
