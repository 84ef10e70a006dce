import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import { variantOf } from '../../../../src/ingest/registry/entity-variants.ts';
import type { Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';

const mention = (name: string): Mention => ({ name, surfaces: [name], roles: [], confidence: 0.9 });
const auto = (id: string, name: string): EntityRecord => ({ id, name, aliases: [], roles: [], status: 'auto' });

describe('variantOf', () => {
  it('finds the one organisation an acronym abbreviates', () => {
    const table = new EntityTable([auto('central-intelligence-agency', 'Central Intelligence Agency')]);
    expect(variantOf('organisations', mention('CIA'), table)).toBe('central-intelligence-agency');
    expect(variantOf('organisations', mention('FBI'), table)).toBeUndefined();
  });

  it('gives an organisation known by its acronym the full name the text now uses', () => {
    const table = new EntityTable([auto('ico', 'ICO')]);
    expect(variantOf('organisations', mention('International Coffee Organization'), table)).toBe('ico');
    expect(table.get('ico')?.name).toBe('International Coffee Organization');
  });

  it('finds the one person a familiar given name or a slip in a long surname varies', () => {
    const table = new EntityTable([
      auto('james-wright', 'James Wright'),
      auto('yasuhiro-nakasone', 'Yasuhiro Nakasone'),
    ]);
    expect(variantOf('people', mention('Jim Wright'), table)).toBe('james-wright');
    expect(variantOf('people', mention('Yasuhiro Nakasome'), table)).toBe('yasuhiro-nakasone');
    expect(variantOf('people', mention('Jim Baker'), table)).toBeUndefined();
  });
});
