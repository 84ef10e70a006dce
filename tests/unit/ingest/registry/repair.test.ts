import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import { nameIn, referencedIds, repairRegistries } from '../../../../src/ingest/registry/repair.ts';

describe('referencedIds', () => {
  it('reads block lists as ingest writes them and one-line lists as editors may', () => {
    const frontmatter = [
      'title: Ana Lopez spoke',
      'people:',
      '  - ana-lopez',
      "  - 'carlos-lopez'",
      'organisations: [harbour-trust, "port-board"]',
      'events: []',
      'places:',
      '  - Vellmar',
      'roles:',
      '  ana-lopez: Mayor',
    ].join('\n');
    expect(referencedIds(frontmatter)).toEqual([
      { kind: 'people', id: 'ana-lopez' },
      { kind: 'people', id: 'carlos-lopez' },
      { kind: 'organisations', id: 'harbour-trust' },
      { kind: 'organisations', id: 'port-board' },
    ]);
  });
});

describe('nameIn', () => {
  it('finds the words that slug to the id, preferring a capitalised run, through punctuation', () => {
    expect(nameIn('Said ana lopez, then Ana Lopez. Later', 'ana-lopez')).toBe('Ana Lopez');
    expect(nameIn('Shares of Marks & Spencer rose.', 'marks-and-spencer')).toBe('Marks & Spencer');
    expect(nameIn('Putin’s visit', 'putin')).toBe('Putin');
    expect(nameIn('Nobody here', 'ana-lopez')).toBeUndefined();
  });
});

describe('repairRegistries', () => {
  const article = (frontmatter: string[], body: string) => ({
    id: '2025/a',
    frontmatter: frontmatter.join('\n'),
    body,
  });

  it('re-creates missing entities as auto with the name the article gives, an event with its number, a role', () => {
    const tables = { people: new EntityTable([]), organisations: new EntityTable([]), events: new EntityTable([]) };
    const repaired = repairRegistries(tables, [
      article(
        [
          'title: Mayor Ana Lopez opened the 3rd Port Alder Harbour Festival',
          'people:',
          '  - ana-lopez',
          'organisations:',
          '  - harbour-trust',
          'events:',
          '  - 3rd-port-alder-harbour-festival',
          'roles:',
          '  ana-lopez: Mayor',
        ],
        '\nMayor Ana Lopez opened the 3rd Port Alder Harbour Festival with the Harbour Trust\\.\n',
      ),
    ]);
    expect(repaired).toEqual({
      people: ['ana-lopez'],
      organisations: ['harbour-trust'],
      events: ['3rd-port-alder-harbour-festival'],
    });
    expect(tables.people.get('ana-lopez')).toEqual({
      id: 'ana-lopez',
      name: 'Ana Lopez',
      aliases: [],
      roles: ['Mayor'],
      status: 'auto',
    });
    expect(tables.organisations.get('harbour-trust')?.name).toBe('Harbour Trust');
    expect(tables.events.get('3rd-port-alder-harbour-festival')).toMatchObject({
      name: '3rd Port Alder Harbour Festival',
      ordinal: 3,
      series: 'port-alder-harbour-festival',
    });
  });

  it('makes a name from the id when the article no longer holds it, and never touches a known entity', () => {
    const known = { id: 'carlos-lopez', name: 'Carlos Lopez', aliases: [], roles: [], status: 'confirmed' as const };
    const tables = {
      people: new EntityTable([known]),
      organisations: new EntityTable([]),
      events: new EntityTable([]),
    };
    const repaired = repairRegistries(tables, [
      article(
        [
          'title: Talks',
          'people:',
          '  - ana-lopez',
          '  - carlos-lopez',
          '  - Not An Id',
          'roles:',
          '  carlos-lopez: Leader',
        ],
        '\nThey talked.\n',
      ),
    ]);
    expect(repaired.people).toEqual(['ana-lopez']);
    expect(tables.people.get('ana-lopez')?.name).toBe('Ana Lopez');
    expect(tables.people.get('carlos-lopez')).toEqual(known);
    expect(tables.people.has('Not An Id')).toBe(false);
  });
});
