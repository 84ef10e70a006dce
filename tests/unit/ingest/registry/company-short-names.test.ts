import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../src/ingest/extractor/extract-entities.ts';
import { foldCompanyShortNames } from '../../../../src/ingest/registry/company-short-names.ts';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { mention } from '../../../helpers/mention.ts';

const article = (...organisations: string[]): Extraction => ({
  people: [],
  organisations: organisations.map((name) => mention(name)),
  places: [],
});
const names = (extraction: Extraction) => extraction.organisations.map((found) => found.name);
const auto = (id: string, name: string): EntityRecord => ({ id, name, aliases: [], roles: [], status: 'auto' });
const empty = new EntityTable([]);

describe('foldCompanyShortNames', () => {
  it("drops a company's opening words where the company its name opens is the parent of the others", () => {
    // "Halvard Motor Co said its Halvard Motor Credit Co would redeem notes. Halvard said ..."
    const found = article('Halvard Motor Co', 'Halvard Motor Credit Co', 'Halvard');
    expect(names(foldCompanyShortNames(found, empty))).toEqual(['Halvard Motor Co', 'Halvard Motor Credit Co']);
    expect(names(foldCompanyShortNames(article('Halvard Motor Co', 'Halvard', 'Halvard Motor'), empty))).toEqual([
      'Halvard Motor Co',
    ]);
  });

  it('leaves the short name alone when no one company is the parent, or two share the bare name', () => {
    const siblings = article('Halvard Motor Co', 'Halvard Europe Ltd', 'Halvard');
    expect(names(foldCompanyShortNames(siblings, empty))).toEqual([
      'Halvard Motor Co',
      'Halvard Europe Ltd',
      'Halvard',
    ]);
    const twins = article('Halvard AG', 'Halvard Corp', 'Halvard');
    expect(names(foldCompanyShortNames(twins, empty))).toEqual(['Halvard AG', 'Halvard Corp', 'Halvard']);
  });

  it('takes short names of companies only, never initials or a body with no legal form', () => {
    const committee = article('Senate Agriculture Committee', 'Senate');
    expect(names(foldCompanyShortNames(committee, empty))).toEqual(['Senate Agriculture Committee', 'Senate']);
    const initials = article('Halvard Motor Co', 'HMC', 'HM');
    expect(names(foldCompanyShortNames(initials, empty))).toEqual(['Halvard Motor Co', 'HMC', 'HM']);
  });

  it("drops initials that are a company's whole bare name, whatever body the registry learnt them as", () => {
    // "HMC Inc said ... HMC": another article's "Halvard Management Council (HMC)" is no reason to
    // file this story's HMC under the council.
    const registry = new EntityTable([
      { ...auto('halvard-management-council', 'Halvard Management Council'), aliases: ['HMC'] },
    ]);
    expect(names(foldCompanyShortNames(article('HMC Inc', 'HMC'), registry))).toEqual(['HMC Inc']);
    // Initials that only open a company's name are left alone.
    expect(names(foldCompanyShortNames(article('HMC Films Inc', 'HMC'), registry))).toEqual(['HMC Films Inc', 'HMC']);
  });

  it('keeps a short name the registry files under another body', () => {
    // "Wirenews Holdings Plc ... a spokesman told Wirenews": the agency is not the holding company.
    const registry = new EntityTable([auto('wirenews', 'Wirenews')]);
    const found = article('Wirenews Holdings Plc', 'Wirenews');
    expect(names(foldCompanyShortNames(found, registry))).toEqual(['Wirenews Holdings Plc', 'Wirenews']);
    const known = new EntityTable([
      { ...auto('wirenews-holdings-plc', 'Wirenews Holdings Plc'), aliases: ['Wirenews'] },
    ]);
    expect(names(foldCompanyShortNames(found, known))).toEqual(['Wirenews Holdings Plc']);
  });
});
