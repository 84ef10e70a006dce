import { describe, expect, it } from 'vitest';
import { buildTable } from '../../../src/ingest/aliases.ts';
import type { Extraction, Mention } from '../../../src/ingest/extract.ts';
import { resolveMentions, type Tables } from '../../../src/ingest/resolve.ts';
import type { EntityRecord } from '../../../src/schema/entity.ts';

const mention = (name: string, overrides: Partial<Mention> = {}): Mention => ({
  name,
  surfaces: [name],
  roles: [],
  confidence: 0.9,
  ...overrides,
});
const extraction = (overrides: Partial<Extraction>): Extraction => ({
  people: [],
  organisations: [],
  places: [],
  ...overrides,
});
const entity = (id: string, name: string, overrides: Partial<EntityRecord> = {}): EntityRecord => ({
  id,
  name,
  aliases: [],
  roles: [],
  status: 'confirmed',
  ...overrides,
});
const tables = (people: EntityRecord[] = [], organisations: EntityRecord[] = []): Tables => ({
  people: buildTable(people),
  organisations: buildTable(organisations),
});

describe('resolveMentions', () => {
  it('links a known person by an alias ("Putin" → vladimir-putin)', () => {
    const registry = tables([entity('vladimir-putin', 'Vladimir Putin', { aliases: ['Putin'] })]);
    const result = resolveMentions(extraction({ people: [mention('Putin')] }), registry);
    expect(result.people).toEqual(['vladimir-putin']);
    expect(result.added).toEqual([]);
  });

  it('links a bare surname to the one known person who has it', () => {
    const registry = tables([entity('rajnath-singh', 'Rajnath Singh')]);
    expect(resolveMentions(extraction({ people: [mention('Singh')] }), registry).people).toEqual(['rajnath-singh']);
  });

  it('does not guess a surname two known people share, and lists it for review', () => {
    const registry = tables([entity('ana-lopez', 'Ana Lopez'), entity('carlos-lopez', 'Carlos Lopez')]);
    const result = resolveMentions(extraction({ people: [mention('Lopez')] }), registry);
    expect(result.people).toEqual([]);
    expect(result.review).toEqual([
      {
        kind: 'people',
        name: 'Lopez',
        reason: 'ambiguous',
        confidence: 0.9,
        candidates: ['ana-lopez', 'carlos-lopez'],
      },
    ]);
  });

  it('adds a new person as auto, with the surfaces that contain the surname as aliases and the role seen', () => {
    const registry = tables();
    const result = resolveMentions(
      extraction({
        people: [
          mention('Rajnath Singh', {
            surfaces: [
              'Defence Minister Rajnath Singh',
              'Rajnath Singh',
              'Singh',
              'His Excellency, Rajnath Singh',
              'Minister',
            ],
            roles: ['Defence Minister'],
          }),
        ],
      }),
      registry,
    );
    expect(result.people).toEqual(['rajnath-singh']);
    expect(result.roles).toEqual({ 'rajnath-singh': 'Defence Minister' });
    expect(result.added).toEqual([{ kind: 'people', id: 'rajnath-singh' }]);
    expect(registry.people.byId.get('rajnath-singh')).toEqual({
      id: 'rajnath-singh',
      name: 'Rajnath Singh',
      aliases: ['Defence Minister Rajnath Singh', 'Singh'],
      roles: ['Defence Minister'],
      status: 'auto',
    });
  });

  it('makes a shared surname ambiguous once a second person with it is added', () => {
    const registry = tables();
    resolveMentions(extraction({ people: [mention('Ana Lopez', { surfaces: ['Ana Lopez', 'Lopez'] })] }), registry);
    resolveMentions(
      extraction({ people: [mention('Carlos Lopez', { surfaces: ['Carlos Lopez', 'Lopez'] })] }),
      registry,
    );
    const result = resolveMentions(extraction({ people: [mention('Lopez')] }), registry);
    expect(result.people).toEqual([]);
    expect(result.review[0]?.reason).toBe('ambiguous');
  });

  it('never adds a one-word person name it cannot resolve; it goes to review instead', () => {
    const registry = tables();
    const result = resolveMentions(extraction({ people: [mention('Volcker')] }), registry);
    expect(result.people).toEqual([]);
    expect(registry.people.byId.size).toBe(0);
    expect(result.review.map((note) => note.reason)).toEqual(['name only']);
  });

  it('adds a one-word organisation name', () => {
    const result = resolveMentions(extraction({ organisations: [mention('Reuters')] }), tables());
    expect(result.organisations).toEqual(['reuters']);
  });

  it('keeps low-confidence names out of the registry and the article, and lists them for review', () => {
    const registry = tables();
    const result = resolveMentions(
      extraction({ organisations: [mention('Privileged Partnership', { confidence: 0.2 })] }),
      registry,
    );
    expect(result.organisations).toEqual([]);
    expect(registry.organisations.byId.size).toBe(0);
    expect(result.review).toEqual([
      {
        kind: 'organisations',
        name: 'Privileged Partnership',
        reason: 'low confidence',
        confidence: 0.2,
        candidates: [],
      },
    ]);
  });

  it('never links a rejected entity and does not list it for review', () => {
    const registry = tables([], [entity('privileged-partnership', 'Privileged Partnership', { status: 'rejected' })]);
    for (const confidence of [0.9, 0.1]) {
      const result = resolveMentions(
        extraction({ organisations: [mention('Privileged Partnership', { confidence })] }),
        registry,
      );
      expect(result.organisations).toEqual([]);
      expect(result.review).toEqual([]);
    }
  });

  it('never changes a confirmed entity, but still records the role in the article', () => {
    const confirmed = entity('vladimir-putin', 'Vladimir Putin', { aliases: ['Putin'] });
    const registry = tables([confirmed]);
    const result = resolveMentions(
      extraction({ people: [mention('Vladimir Putin', { surfaces: ['President Putin'], roles: ['President'] })] }),
      registry,
    );
    expect(result.roles).toEqual({ 'vladimir-putin': 'President' });
    expect(registry.people.byId.get('vladimir-putin')).toEqual(
      entity('vladimir-putin', 'Vladimir Putin', { aliases: ['Putin'] }),
    );
  });

  it('teaches an auto entity new spellings and puts new roles first', () => {
    const registry = tables([entity('rajnath-singh', 'Rajnath Singh', { status: 'auto', roles: ['Home Minister'] })]);
    resolveMentions(
      extraction({
        people: [mention('Rajnath Singh', { surfaces: ['Mr Singh'], roles: ['Defence Minister', 'Home Minister'] })],
      }),
      registry,
    );
    expect(registry.people.byId.get('rajnath-singh')).toMatchObject({
      aliases: ['Mr Singh'],
      roles: ['Defence Minister', 'Home Minister'],
    });
  });

  it('resolves a differently accented spelling to the entity with the same slug instead of adding a duplicate', () => {
    const registry = tables([], [entity('sao-paulo-fc', 'São Paulo FC', { status: 'auto' })]);
    const result = resolveMentions(extraction({ organisations: [mention('Sao Paulo FC')] }), registry);
    expect(result.organisations).toEqual(['sao-paulo-fc']);
    expect(registry.organisations.byId.size).toBe(1);
    expect(registry.organisations.byId.get('sao-paulo-fc')?.aliases).toEqual(['Sao Paulo FC']);
  });

  it('lists each entity once, in order of first mention, keeping the first role given', () => {
    const registry = tables([entity('a-b', 'A B'), entity('c-d', 'C D')]);
    const result = resolveMentions(
      extraction({
        people: [mention('C D'), mention('A B', { roles: ['Mayor'] }), mention('C D', { roles: ['Judge'] })],
      }),
      registry,
    );
    expect(result.people).toEqual(['c-d', 'a-b']);
    expect(result.roles).toEqual({ 'a-b': 'Mayor', 'c-d': 'Judge' });
  });

  it('sends names that slug to nothing usable to review', () => {
    const result = resolveMentions(extraction({ organisations: [mention('1987')] }), tables());
    expect(result.organisations).toEqual([]);
    expect(result.review[0]?.reason).toBe('no id');
  });

  it('keeps confident places once each, as written, and drops unsure ones', () => {
    const result = resolveMentions(
      extraction({
        places: [
          mention('New Delhi'),
          mention('new delhi'),
          mention('Somewhere', { confidence: 0.1 }),
          mention('Moscow'),
        ],
      }),
      tables(),
    );
    expect(result.places).toEqual(['New Delhi', 'Moscow']);
  });
});
