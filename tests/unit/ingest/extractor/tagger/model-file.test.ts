import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../../../../src/ingest/extractor/tagger/model-file.ts';
import type { TaggerModel } from '../../../../../src/ingest/extractor/tagger/perceptron.ts';

const features = { context: true, gazetteers: true, rules: true };
const model: TaggerModel = {
  features,
  weights: new Map([
    ['w=corp', new Float32Array([-40, 0, 0, 3, 120, 0, 0.4])],
    ['w=the', new Float32Array([0.2, 0.1, 0, 0, 0, 0, 0])],
  ]),
};
const margins = { drop: 100, retype: 1e9, add: 50 };

describe('encodeModel', () => {
  it('drops weights below the threshold and features left with none', () => {
    const file = encodeModel({ model, margins }, 1, {});
    expect(file.names).toBe('w=corp');
    const { model: back } = decodeModel(file);
    expect(back.weights.get('w=corp')?.[6]).toBe(0);
  });

  it('writes the same file for the same model', () => {
    expect(JSON.stringify(encodeModel({ model, margins }, 1, {}))).toBe(
      JSON.stringify(encodeModel({ model, margins }, 1, {})),
    );
  });
});

describe('decodeModel', () => {
  it('reads back weights within the rounding of one byte, and the margins', () => {
    const back = decodeModel(encodeModel({ model, margins }, 1, {}));
    const row = [...(back.model.weights.get('w=corp') ?? [])];
    [-40, 0, 0, 3, 120, 0].forEach((value, tag) => expect(Math.abs((row[tag] ?? 0) - value)).toBeLessThan(2));
    expect(back.margins).toEqual(margins);
    expect(back.model.features).toEqual(features);
  });

  it('refuses another format or weights that do not fit the names', () => {
    const file = encodeModel({ model, margins }, 1, {});
    expect(() => decodeModel({ ...file, format: 'other' as 'dateline-tagger/1' })).toThrow(
      /unknown tagger model format/,
    );
    expect(() => decodeModel({ ...file, names: 'a\nb' })).toThrow(/7 weights for 2 features/);
  });
});
