import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../src/ingest/extractor/extract-entities.ts';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import { genericBody, nationalForms } from '../../../../src/ingest/registry/national-bodies.ts';
import { resolveMentions } from '../../../../src/ingest/registry/resolve-entities.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { mention } from '../../../helpers/mention.ts';

const article = (organisations: string[], places: string[] = []): Extraction => ({
  people: [],
  organisations: organisations.map((name) => mention(name)),
  places: places.map((name) => mention(name)),
});
const names = (extraction: Extraction) => extraction.organisations.map((found) => found.name);
const nothingKnown = { isKnown: () => false, isConfirmed: () => false };
const organisations = (records: EntityRecord[] = []) => ({
  people: new EntityTable([]),
  organisations: new EntityTable(records),
});

describe('genericBody', () => {
  it('reads a body every country has in one word order', () => {
    expect(genericBody('Treasury')).toBe('Treasury');
    expect(genericBody('Treasury Department')).toBe('Treasury');
    expect(genericBody('Ministry of Finance')).toBe('Finance Ministry');
    expect(genericBody('Department of Agriculture')).toBe('Agriculture Department');
    expect(genericBody('Central Bank')).toBe('Central Bank');
    expect(genericBody('Reserve Bank')).toBe('Reserve Bank');
    expect(genericBody('National Bank')).toBe('National Bank');
    expect(genericBody('Export-Import Bank')).toBe('Export-Import Bank');
    expect(genericBody('First National Bank')).toBeUndefined();
    expect(genericBody('Federal Reserve')).toBeUndefined();
    expect(genericBody('Bank of England')).toBeUndefined();
  });
});

describe('nationalForms', () => {
  it('merges Treasury into U.S. Treasury when the article names the U.S. Treasury', () => {
    const { extraction, whose } = nationalForms(article(['Treasury', 'U.S. Treasury'], ['Japan']), nothingKnown);
    expect(names(extraction)).toEqual(['U.S. Treasury']);
    expect(extraction.organisations[0]?.surfaces).toEqual(['Treasury', 'U.S. Treasury']);
    expect(whose).toEqual([]);
  });

  it('merges the Agriculture Department, the U.S. Department of Agriculture and USDA into one body', () => {
    const { extraction } = nationalForms(
      article(['USDA', 'Agriculture Department', 'U.S. Department of Agriculture']),
      nothingKnown,
    );
    expect(names(extraction)).toEqual(['U.S. Agriculture Department']);
  });

  it('files Fed and Federal Reserve Board under the Federal Reserve, wherever they appear', () => {
    expect(names(nationalForms(article(['Fed']), nothingKnown).extraction)).toEqual(['Federal Reserve']);
    expect(names(nationalForms(article(['Federal Reserve Board', 'Fed']), nothingKnown).extraction)).toEqual([
      'Federal Reserve',
    ]);
  });

  it('gives a generic body the one country the article names', () => {
    const { extraction } = nationalForms(article(['Finance Ministry', 'Central Bank'], ['France']), nothingKnown);
    expect(names(extraction)).toEqual(['French Finance Ministry', 'French Central Bank']);
    const swiss = nationalForms(article(['National Bank'], ['Switzerland']), nothingKnown);
    expect(names(swiss.extraction)).toEqual(['Swiss National Bank']);
  });

  it('does not guess whose a generic body is when the article names several countries or none', () => {
    const several = nationalForms(article(['Finance Ministry', 'Reuters'], ['France', 'Japan']), nothingKnown);
    expect(names(several.extraction)).toEqual(['Reuters']);
    expect(several.whose.map((found) => found.name)).toEqual(['Finance Ministry']);
    expect(nationalForms(article(['Central Bank']), nothingKnown).whose.map((found) => found.name)).toEqual([
      'Central Bank',
    ]);
  });

  it('files a generic body of no country the article names under the initials beside it that the registry knows', () => {
    const written: Extraction = {
      people: [],
      organisations: [mention('Department of Transportation', { surfaces: ['Department of Transportation', 'DOT'] })],
      places: [],
    };
    const knowsDot = { isKnown: (name: string) => name === 'DOT', isConfirmed: () => false };
    const { extraction, whose } = nationalForms(written, knowsDot);
    expect(names(extraction)).toEqual(['DOT']);
    expect(whose).toEqual([]);
    expect(nationalForms(written, nothingKnown).whose.map((found) => found.name)).toEqual([
      'Department of Transportation',
    ]);
  });

  it('drops an organisation named by a nationality alone (English, British), keeping a national side', () => {
    const { extraction, whose } = nationalForms(article(['English', 'British', 'England', 'Surrey']), nothingKnown);
    expect(names(extraction)).toEqual(['England', 'Surrey']);
    expect(whose).toEqual([]);
  });

  it('keeps a generic body an editor confirmed under its bare name, in an article naming no country', () => {
    const confirmed = { isKnown: () => true, isConfirmed: (name: string) => name === 'Finance Ministry' };
    const { extraction, whose } = nationalForms(article(['Finance Ministry']), confirmed);
    expect(names(extraction)).toEqual(['Finance Ministry']);
    expect(whose).toEqual([]);
  });

  it('drops "U.S." before a body known without it, and keeps it where it is part of a name', () => {
    const known = { isKnown: (name: string) => name === 'Congress', isConfirmed: () => false };
    expect(names(nationalForms(article(['U.S. Congress']), known).extraction)).toEqual(['Congress']);
    expect(names(nationalForms(article(['U.S. Steel']), known).extraction)).toEqual(['U.S. Steel']);
    expect(names(nationalForms(article(['U.S. Federal Reserve']), known).extraction)).toEqual(['Federal Reserve']);
    // "American" opens a name of its own: the American Stock Exchange is no other city's Stock Exchange.
    const exchange = { ...known, isKnown: (name: string) => name === 'Stock Exchange' || name === 'Congress' };
    expect(names(nationalForms(article(['American Stock Exchange']), exchange).extraction)).toEqual([
      'American Stock Exchange',
    ]);
    expect(names(nationalForms(article(['United States Congress']), exchange).extraction)).toEqual(['Congress']);
  });
});

describe('resolveMentions with national bodies', () => {
  it('links two articles on the U.S. Treasury to one entity and lists a bare Treasury of no country for review', () => {
    const tables = organisations();
    const first = resolveMentions(article(['U.S. Treasury']), tables);
    const second = resolveMentions(article(['Treasury'], ['U.S.']), tables);
    expect(first.organisations).toEqual(['u-s-treasury']);
    expect(second.organisations).toEqual(['u-s-treasury']);
    const third = resolveMentions(article(['Treasury'], ['Britain', 'U.S.']), tables);
    expect(third.organisations).toEqual([]);
    expect(third.review).toMatchObject([{ name: 'Treasury', reason: 'country unknown' }]);
  });

  it('never makes a generic body an alias of one country’s, so a later article cannot read it as that country’s', () => {
    const tables = organisations();
    resolveMentions(article(['Finance Ministry'], ['France']), tables);
    const french = tables.organisations.get('french-finance-ministry');
    expect(french?.name).toBe('French Finance Ministry');
    expect(french?.aliases).not.toContain('Finance Ministry');
    expect(tables.organisations.named('Finance Ministry')).toEqual([]);
  });
});
