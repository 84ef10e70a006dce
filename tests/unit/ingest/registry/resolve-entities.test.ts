import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import { extractEntities, type Extraction } from '../../../../src/ingest/extractor/extract-entities.ts';
import { namesForExtractor } from '../../../../src/ingest/registry/names-for-extractor.ts';
import { resolveMentions, type Tables } from '../../../../src/ingest/registry/resolve-entities.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { mention } from '../../../helpers/mention.ts';

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
  people: new EntityTable(people),
  organisations: new EntityTable(organisations),
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
            cue: true,
            vote: true,
          }),
        ],
      }),
      registry,
    );
    expect(result.people).toEqual(['rajnath-singh']);
    expect(result.roles).toEqual({ 'rajnath-singh': 'Defence Minister' });
    expect(result.added).toEqual([{ kind: 'people', id: 'rajnath-singh' }]);
    expect(registry.people.get('rajnath-singh')).toEqual({
      id: 'rajnath-singh',
      name: 'Rajnath Singh',
      aliases: ['Defence Minister Rajnath Singh', 'Singh'],
      roles: ['Defence Minister'],
      status: 'auto',
      evidence: { articles: 1, cues: 1, people: 1, organisations: 0 },
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
    expect(registry.people.size).toBe(0);
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
    expect(registry.organisations.size).toBe(0);
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
    expect(registry.people.get('vladimir-putin')).toEqual(
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
    expect(registry.people.get('rajnath-singh')).toMatchObject({
      aliases: ['Mr Singh'],
      roles: ['Defence Minister', 'Home Minister'],
    });
  });

  it('resolves a differently accented spelling to the entity with the same slug instead of adding a duplicate', () => {
    const registry = tables([], [entity('sao-paulo-fc', 'São Paulo FC', { status: 'auto' })]);
    const result = resolveMentions(extraction({ organisations: [mention('Sao Paulo FC')] }), registry);
    expect(result.organisations).toEqual(['sao-paulo-fc']);
    expect(registry.organisations.size).toBe(1);
    expect(registry.organisations.get('sao-paulo-fc')?.aliases).toEqual(['Sao Paulo FC']);
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

const seen = (articles: number, cues: number, people: number, organisations = 0) => ({
  evidence: { articles, cues, people, organisations },
  status: 'auto' as const,
});

/* The real extractor and resolver over one article, with the registries as ingest holds them. */
function ingestText(text: string, registry: Tables) {
  return resolveMentions(extractEntities(text, namesForExtractor(registry)), registry);
}

describe('resolution across the archive', () => {
  it('links a bare surname only when the full name came earlier in the article', () => {
    const registry = tables([
      entity('howard-baker', 'Howard Baker', { aliases: ['Baker'], ...seen(5, 2, 5) }),
      entity('james-baker', 'James Baker', seen(5, 2, 5)),
    ]);
    const named = ingestText('Treasury Secretary James Baker met bankers. Baker said rates would fall.', registry);
    expect(named.people).toEqual(['james-baker']);
    // The alias one article gave Howard Baker is no evidence that this "Baker" is him.
    const bare = ingestText('Rates will fall, Baker said on Tuesday.', registry);
    expect(bare.people).toEqual([]);
    expect(bare.review).toEqual([expect.objectContaining({ name: 'Baker', reason: 'ambiguous' })]);
  });

  it('reads a surname with its particles after the full name as that person ("Herman De Croo", "De Croo")', () => {
    const registry = tables();
    const text =
      'Belgian Foreign Trade Minister Herman De Croo said he expected a compromise. De Croo, in Washington for ' +
      'talks, said there was a battle within the Community.';
    const result = ingestText(text, registry);
    expect(result.people).toEqual(['herman-de-croo']);
    expect(registry.people.has('de-croo')).toBe(false);
    expect(registry.people.get('herman-de-croo')?.aliases).toContain('De Croo');
    // Not when two people of the article end in it.
    const two = resolveMentions(
      extraction({ people: [mention('Herman De Croo'), mention('Jan De Croo'), mention('De Croo')] }),
      tables(),
    );
    expect(two.people).not.toContain('herman-de-croo-de-croo');
    expect(two.people).toEqual(['herman-de-croo', 'jan-de-croo']);
    expect(two.review).toContainEqual(expect.objectContaining({ name: 'De Croo', reason: 'ambiguous' }));
  });

  it('judges a surname with its particles on the evidence of a bare surname once someone known holds it', () => {
    const registry = tables([entity('gerhard-de-kock', 'Gerhard de Kock', seen(5, 2, 5))]);
    const known = resolveMentions(extraction({ people: [mention('De Kock')] }), registry);
    expect(known.people).toEqual(['gerhard-de-kock']);
    expect(known.added).toEqual([]);
    // A company of the article that uses the surname blocks it, as "Baker International" blocks Baker.
    const company = resolveMentions(
      extraction({ people: [mention('De Kock')], organisations: [mention('De Kock Holdings Ltd')] }),
      registry,
    );
    expect(company.people).toEqual([]);
    expect(company.review).toContainEqual(expect.objectContaining({ name: 'De Kock', reason: 'ambiguous' }));
    // Another surname that only ends alike is no holder ("Kock" alone, "van Kock"): a new person as before.
    const other = resolveMentions(extraction({ people: [mention('Van Kock')] }), registry);
    expect(other.added).toEqual([{ kind: 'people', id: 'van-kock' }]);
    // With no one holding it, the two words are a name as before.
    const none = resolveMentions(extraction({ people: [mention('De Graaf')] }), registry);
    expect(none.added).toEqual([{ kind: 'people', id: 'de-graaf' }]);
  });

  it('reads an acronym in brackets after a name as that name, never as a registered body with the same initials', () => {
    const registry = tables();
    const first = ingestText(
      'Societe Marseillaise de Credit (SMC) said its profits rose. SMC will pay more.',
      registry,
    );
    expect(first.organisations).toEqual(['societe-marseillaise-de-credit']);
    const later = ingestText(
      'Disagreement over management of San Miguel Corp (SMC) may follow an appointment to the SMC board, analysts ' +
        'said. San Miguel Corp shares fell.',
      registry,
    );
    expect(later.organisations).toEqual(['san-miguel-corp']);
    expect(registry.organisations.get('san-miguel-corp')?.aliases).toContain('SMC');
    // A shorter name is no acronym: "Reuters" stays the agency, and no alias of the holding company.
    registry.organisations.add(entity('reuters', 'Reuters', seen(5, 5, 0, 5)));
    const agency = ingestText('Reuters Holdings Plc said profits rose. Reuters said it would pay more.', registry);
    expect(agency.organisations).toEqual(['reuters-holdings-plc', 'reuters']);
    expect(registry.organisations.get('reuters-holdings-plc')?.aliases).not.toContain('Reuters');
  });

  it('links a bare surname to its single known holder only when no organisation in the article uses the word', () => {
    const registry = tables([entity('howard-baker', 'Howard Baker', seen(5, 2, 5))]);
    const person = ingestText('The talks will go on, Baker said on Tuesday.', registry);
    expect(person.people).toEqual(['howard-baker']);
    const company = resolveMentions(
      extraction({ people: [mention('Baker')], organisations: [mention('Baker International Corp')] }),
      registry,
    );
    expect(company.people).toEqual([]);
    expect(company.organisations).toEqual(['baker-international-corp']);
    expect(company.review).toContainEqual(expect.objectContaining({ name: 'Baker', reason: 'ambiguous' }));
  });

  it('never lets a junk or low-confidence entity block a real one ("Reagan")', () => {
    const registry = tables([
      entity('ronald-reagan', 'Ronald Reagan', { aliases: ['Reagan'], roles: ['President'], ...seen(30, 20, 30) }),
      // A typo one article folded "Reagan" into, and a namesake: both took the surname as an alias.
      entity('athough-reagan', 'Athough Reagan', { aliases: ['Reagan'], ...seen(1, 0, 1) }),
      entity('nancy-reagan', 'Nancy Reagan', { aliases: ['Reagan'], ...seen(2, 1, 2) }),
    ]);
    const result = resolveMentions(extraction({ people: [mention('Reagan')] }), registry);
    expect(result.people).toEqual(['ronald-reagan']);
    expect(result.review).toEqual([]);
    // Two people with the evidence for a page and no clear lead stay an editor's question.
    const even = tables([
      entity('ronald-reagan', 'Ronald Reagan', seen(4, 2, 4)),
      entity('nancy-reagan', 'Nancy Reagan', seen(3, 1, 3)),
    ]);
    expect(resolveMentions(extraction({ people: [mention('Reagan')] }), even).people).toEqual([]);
  });

  it('decides a name’s kind by the votes of the articles that read it, not by the first that registered it', () => {
    // One sports report filed the town as a club; a business story reads it as the town it is.
    const once = tables([], [entity('leeds', 'Leeds', seen(1, 0, 0, 1))]);
    const story = 'The company said on Monday it would open a plant in Leeds next year.';
    const town = ingestText(story, once);
    expect(town.organisations).toEqual([]);
    expect(town.places).toEqual(['Leeds']);
    // Only when the archive's readings agree does the registry type the name everywhere.
    const many = tables([], [entity('harbour-works', 'Harbour Works', seen(6, 0, 0, 6))]);
    expect(ingestText('The talks at Harbour Works went on.', many).organisations).toEqual(['harbour-works']);
  });

  it('reads a town as a place again outside sport, however many sports reports filed it as a club', () => {
    // Place readings cast no vote, so a town's club votes all come from sport: they never type it.
    const registry = tables([], [entity('leeds', 'Leeds', seen(6, 0, 0, 6))]);
    const result = ingestText('The company said on Monday it would open a plant in Leeds next year.', registry);
    expect(result.organisations).toEqual([]);
    expect(result.places).toEqual(['Leeds']);
    const match = ingestText('Leeds beat Everton 2-1 in the league on Saturday. Leeds scored twice.', registry);
    expect(match.organisations).toContain('leeds');
  });

  it('counts an article that reads a registered person as an organisation as a vote against the person', () => {
    const registry = tables([entity('merrill-lynch', 'Merrill Lynch', seen(1, 0, 1))]);
    ingestText('Merrill Lynch and Co Inc said its profit rose.', registry);
    ingestText('Merrill Lynch and Co Inc cut its fees.', registry);
    expect(registry.people.get('merrill-lynch')?.evidence).toEqual({
      articles: 1,
      cues: 0,
      people: 1,
      organisations: 2,
    });
    expect(registry.organisations.get('merrill-lynch-and-co-inc')?.evidence).toMatchObject({ organisations: 2 });
  });

  it('files a name without a cue of its own as the kind its articles voted for (Merrill Lynch, a company)', () => {
    const registry = tables([entity('merrill-lynch', 'Merrill Lynch', seen(4, 0, 1, 5))]);
    const result = resolveMentions(extraction({ people: [mention('Merrill Lynch', { vote: true })] }), registry);
    expect(result.people).toEqual([]);
    expect(result.organisations).toEqual(['merrill-lynch']);
    expect(registry.organisations.get('merrill-lynch')?.evidence).toMatchObject({ organisations: 0 });
    // A title is the text's own cue, and votes that do not clearly agree leave the text's kind alone.
    const titled = resolveMentions(
      extraction({ people: [mention('Merrill Lynch', { roles: ['Chairman'], cue: true })] }),
      registry,
    );
    expect(titled.people).toEqual(['merrill-lynch']);
    const close = tables([entity('merrill-lynch', 'Merrill Lynch', seen(3, 0, 1, 2))]);
    expect(resolveMentions(extraction({ people: [mention('Merrill Lynch')] }), close).people).toEqual([
      'merrill-lynch',
    ]);
  });

  it("files a pair of names without a cue that opens a registered company's name as the company", () => {
    const company = entity(
      'smith-barney-harris-upham-and-co-inc',
      'Smith Barney Harris Upham and Co Inc',
      seen(1, 1, 0, 1),
    );
    const registry = tables([entity('smith-barney', 'Smith Barney', seen(3, 0, 3))], [company]);
    const result = resolveMentions(extraction({ people: [mention('Smith Barney', { vote: true })] }), registry);
    expect(result.people).toEqual([]);
    expect(result.organisations).toEqual(['smith-barney']);
    // An editor's word outweighs it, and so does a title of the text's own.
    const confirmed = tables([entity('smith-barney', 'Smith Barney')], [company]);
    expect(resolveMentions(extraction({ people: [mention('Smith Barney')] }), confirmed).people).toEqual([
      'smith-barney',
    ]);
    const titled = resolveMentions(
      extraction({ people: [mention('Smith Barney', { roles: ['Senator'], cue: true })] }),
      registry,
    );
    expect(titled.people).toEqual(['smith-barney']);
  });

  it('never lets a registered name split or re-type a longer name in a later article', () => {
    const registry = tables(
      [],
      [
        entity('new-york', 'New York', seen(1, 0, 0, 1)),
        entity('exchange-commission', 'Exchange Commission', seen(1, 1, 0, 1)),
      ],
    );
    const result = ingestText(
      'The New York Stock Exchange halted trading. The Securities and Exchange Commission said it would look into it.',
      registry,
    );
    expect(result.organisations).toEqual(['new-york-stock-exchange', 'securities-and-exchange-commission']);
  });

  it('merges an acronym with the organisation it abbreviates, whichever came first', () => {
    const registry = tables(
      [],
      [entity('central-intelligence-agency', 'Central Intelligence Agency', seen(2, 2, 0, 2))],
    );
    const acronym = resolveMentions(extraction({ organisations: [mention('CIA')] }), registry);
    expect(acronym.organisations).toEqual(['central-intelligence-agency']);
    expect(registry.organisations.get('central-intelligence-agency')?.aliases).toContain('CIA');

    // The full name joins the acronym met first where the article writes both, as ICO stories do.
    const first = tables([], [entity('ico', 'ICO', seen(3, 0, 0, 3))]);
    const full = resolveMentions(
      extraction({
        organisations: [
          mention('International Coffee Organization', { surfaces: ['International Coffee Organization', 'ICO'] }),
        ],
      }),
      first,
    );
    expect(full.organisations).toEqual(['ico']);
    expect(full.added).toEqual([]);
    expect(first.organisations.get('ico')).toMatchObject({
      name: 'International Coffee Organization',
      aliases: ['ICO'],
    });
  });

  it("merges a company's initials without its legal form with its name (GM, General Motors Corp)", () => {
    // Two letters join where the article names the company both ways ("GM" beside "General Motors").
    const registry = tables([], [entity('general-motors-corp', 'General Motors Corp', seen(3, 3, 0, 3))]);
    const short = resolveMentions(extraction({ organisations: [mention('GM'), mention('General Motors')] }), registry);
    expect(short.organisations).toContain('general-motors-corp');
    expect(short.organisations).not.toContain('gm');
    const first = tables([], [entity('gm', 'GM', seen(3, 0, 0, 3))]);
    const full = resolveMentions(
      extraction({ organisations: [mention('General Motors Corp', { surfaces: ['General Motors Corp', 'GM'] })] }),
      first,
    );
    expect(full.organisations).toEqual(['gm']);
    expect(first.organisations.get('gm')).toMatchObject({ name: 'General Motors Corp', aliases: ['GM'] });
    // Two companies with the same initials leave the acronym alone.
    const two = tables(
      [],
      [
        entity('general-motors-corp', 'General Motors Corp', seen(3, 3, 0, 3)),
        entity('general-mills-inc', 'General Mills Inc', seen(3, 3, 0, 3)),
      ],
    );
    expect(resolveMentions(extraction({ organisations: [mention('GM')] }), two).organisations).toEqual(['gm']);
  });

  it('reads initials the article expands as the body it names in full, not the registered body with them', () => {
    const registry = tables(
      [],
      [entity('international-criminal-court', 'International Criminal Court', { aliases: ['ICC'] })],
    );
    const text =
      'Santa Fe Southern Pacific Corp will ask the U.S. Interstate Commerce Commission (ICC) to reconsider. ' +
      'The ICC had rejected the merger in July.';
    const result = ingestText(text, registry);
    expect(result.organisations).not.toContain('international-criminal-court');
    const [commission] = result.organisations.filter((id) => id.includes('interstate-commerce-commission'));
    expect(registry.organisations.get(commission ?? '')?.aliases).toContain('ICC');
    // The initials as the extractor hands them over, named by the registry's full name.
    const known = resolveMentions(
      extraction({
        organisations: [
          mention('Interstate Commerce Commission'),
          mention('International Criminal Court', { surfaces: ['ICC'] }),
        ],
      }),
      registry,
    );
    expect(known.organisations).toEqual(['interstate-commerce-commission']);
    // Two of the article's bodies with those initials leave them alone.
    const two = resolveMentions(
      extraction({
        organisations: [
          mention('Interstate Commerce Commission'),
          mention('International Coffee Council'),
          mention('International Criminal Court', { surfaces: ['ICC'] }),
        ],
      }),
      registry,
    );
    expect(two.organisations).toContain('international-criminal-court');
  });

  it('files a company named with and without its legal form as one, whichever came first', () => {
    const registry = tables(
      [],
      [
        entity('usair-group-inc', 'USAir Group Inc', seen(6, 6, 0, 6)),
        entity('trans-world-airlines', 'Trans World Airlines', seen(7, 7, 0, 7)),
        // A word no article read as a company itself: a piece of "Donaldson, Lufkin and Jenrette".
        entity('donaldson', 'Donaldson', seen(6, 0, 0, 0)),
        entity('sandoz-ag', 'Sandoz AG', seen(1, 1, 0, 1)),
        entity('international-coffee-organization', 'International Coffee Organization', {
          aliases: ['ICO'],
          ...seen(26, 26, 0, 26),
        }),
      ],
    );
    const bare = resolveMentions(extraction({ organisations: [mention('USAir Group')] }), registry);
    expect(bare.organisations).toEqual(['usair-group-inc']);
    expect(bare.added).toEqual([]);
    const full = resolveMentions(extraction({ organisations: [mention('Trans World Airlines Inc.')] }), registry);
    expect(full.organisations).toEqual(['trans-world-airlines']);
    expect(registry.organisations.get('trans-world-airlines')).toMatchObject({
      name: 'Trans World Airlines',
      aliases: ['Trans World Airlines Inc.'],
    });
    // Never into a fragment, across two legal forms, or onto initials.
    const others = resolveMentions(
      extraction({ organisations: [mention('Donaldson Co Inc'), mention('Sandoz Corp'), mention('ICO Inc')] }),
      registry,
    );
    expect(others.organisations).toEqual(['donaldson-co-inc', 'sandoz-corp', 'ico-inc']);
  });

  it('files an organisation named with a slip in one long word under the one organisation with a page named so', () => {
    const registry = tables(
      [],
      [
        entity('halvard-business-machines-corp', 'Halvard Business Machines Corp', seen(9, 9, 0, 9)),
        entity('vallen-aviation-inc', 'Vallen Aviation Inc', seen(8, 8, 0, 8)),
        entity('kessel-mortgage-trust-i', 'Kessel Mortgage Trust I', seen(2, 2, 0, 2)),
      ],
    );
    const slips = resolveMentions(
      extraction({
        organisations: [
          mention('Halvard Business Machine Corp'),
          mention('Vallen Avaition Inc'),
          mention('Kessel Mortgage Trust II'),
        ],
      }),
      registry,
    );
    expect(slips.organisations).toEqual([
      'halvard-business-machines-corp',
      'vallen-aviation-inc',
      'kessel-mortgage-trust-ii',
    ]);
    // The spelling the archive's names or the lexicon know is the name, whichever came first.
    registry.organisations.add(entity('tarno-mariotime-corp', 'Tarno Mariotime Corp', seen(1, 1, 0, 1)));
    const later = resolveMentions(extraction({ organisations: [mention('Tarno Maritime Corp')] }), registry);
    expect(later.organisations).toEqual(['tarno-mariotime-corp']);
    expect(registry.organisations.get('tarno-mariotime-corp')).toMatchObject({
      name: 'Tarno Maritime Corp',
      aliases: ['Tarno Mariotime Corp'],
    });
    // A word everyday text seldom uses, which only the dictionary knows, and a slip it does not.
    registry.organisations.add(entity('velm-coodination-agency', 'Velm Coodination Agency', seen(1, 1, 0, 1)));
    resolveMentions(extraction({ organisations: [mention('Velm Coordination Agency')] }), registry);
    expect(registry.organisations.get('velm-coodination-agency')?.name).toBe('Velm Coordination Agency');
    // Two spellings the dictionary both knows: the first stays the name.
    registry.organisations.add(entity('orlin-investors-service', 'Orlin Investors Service', seen(1, 1, 0, 1)));
    resolveMentions(extraction({ organisations: [mention('Orlin Investor Service')] }), registry);
    expect(registry.organisations.get('orlin-investors-service')?.name).toBe('Orlin Investors Service');
  });

  it('files a firm "and Co" under its bare name, and with or without its legal form and commas as one', () => {
    const registry = tables(
      [],
      [
        entity('merrill-lynch', 'Merrill Lynch', seen(10, 10, 0, 10)),
        entity('kidder-peabody-and-co-inc', 'Kidder, Peabody and Co Inc', seen(8, 8, 0, 8)),
      ],
    );
    const merrill = resolveMentions(
      extraction({ organisations: [mention('Merrill Lynch and Co Inc'), mention('Kidder Peabody and Co')] }),
      registry,
    );
    expect(merrill.organisations).toEqual(['merrill-lynch', 'kidder-peabody-and-co-inc']);
    expect(merrill.added).toEqual([]);
  });

  it('never joins two letters to a name with those initials across articles on the initials alone', () => {
    // "PC" of personal computers is not Purolator Courier Corp, nor "N.A." (not available) National Amusements.
    const known = tables(
      [],
      [
        entity('purolator-courier-corp', 'Purolator Courier Corp', seen(3, 3, 0, 3)),
        entity('national-amusements-inc', 'National Amusements Inc', seen(3, 3, 0, 3)),
      ],
    );
    const product = resolveMentions(extraction({ organisations: [mention('PC'), mention('N.A.')] }), known);
    expect(product.organisations).toEqual(['pc', 'n-a']);
    // Nor does a name registered from two letters take the first full name with those initials.
    const first = tables([], [entity('cd', 'CD', seen(7, 0, 0, 7))]);
    const company = resolveMentions(extraction({ organisations: [mention('Commercial Discount Co Ltd')] }), first);
    expect(company.organisations).toEqual(['commercial-discount-co-ltd']);
    expect(first.organisations.get('cd')).toMatchObject({ name: 'CD', aliases: [] });
    // Three letters still join the one organisation with those initials.
    const agency = tables([], [entity('federal-bureau-of-investigation', 'Federal Bureau of Investigation')]);
    expect(resolveMentions(extraction({ organisations: [mention('FBI')] }), agency).organisations).toEqual([
      'federal-bureau-of-investigation',
    ]);
  });

  it('links initials two bodies hold as an alias to neither, page or none, unless the article names one', () => {
    const known = () =>
      tables(
        [],
        [
          entity('halvard-courier-corp', 'Halvard Courier Corp', { ...seen(5, 5, 0, 5), aliases: ['HC'] }),
          entity('hexa-computer-inc', 'Hexa Computer Inc', { ...seen(1, 0, 0, 1), aliases: ['HC'] }),
        ],
      );
    // "The HC line sold well": the computer maker has no page, yet the courier is no likelier.
    const bare = resolveMentions(extraction({ organisations: [mention('HC')] }), known());
    expect(bare.organisations).toEqual([]);
    expect(bare.review).toMatchObject([
      { name: 'HC', reason: 'ambiguous', candidates: ['halvard-courier-corp', 'hexa-computer-inc'] },
    ]);
    // "Halvard Courier Corp ... HC said": the article says which.
    const named = extraction({ organisations: [mention('Halvard Courier Corp'), mention('HC')] });
    expect(resolveMentions(named, known()).organisations).toEqual(['halvard-courier-corp']);
    // A body registered under the initials alone is no second expansion of them.
    const own = tables(
      [],
      [
        entity('hc', 'HC', seen(1, 0, 0, 1)),
        entity('halvard-courier-corp', 'Halvard Courier Corp', { ...seen(5, 5, 0, 5), aliases: ['HC'] }),
      ],
    );
    expect(resolveMentions(extraction({ organisations: [mention('HC')] }), own).organisations).toEqual([
      'halvard-courier-corp',
    ]);
  });

  it('joins a familiar form of a given name to the one person with the full form (Jim Wright → James Wright)', () => {
    const registry = tables([entity('james-wright', 'James Wright', seen(3, 1, 3))]);
    const result = resolveMentions(extraction({ people: [mention('Jim Wright')] }), registry);
    expect(result.people).toEqual(['james-wright']);
    expect(result.added).toEqual([]);
    const other = resolveMentions(extraction({ people: [mention('Jim Baker')] }), registry);
    expect(other.added).toEqual([{ kind: 'people', id: 'jim-baker' }]);
  });
});

describe('entities without the evidence for a page', () => {
  it('are linked but listed for editors with the reason, and a company read as a person is disputed', () => {
    const registry = tables([entity('merrill-lynch', 'Merrill Lynch', seen(1, 0, 1, 2))]);
    const result = resolveMentions(
      extraction({
        people: [mention('Merrill Lynch', { vote: true })],
        organisations: [mention('Harbour Works')],
      }),
      registry,
    );
    expect(result.people).toEqual(['merrill-lynch']);
    expect(result.organisations).toEqual(['harbour-works']);
    expect(result.review).toEqual([
      expect.objectContaining({ kind: 'people', reason: 'kind disputed', candidates: ['merrill-lynch'] }),
      expect.objectContaining({ kind: 'organisations', reason: 'weak evidence', candidates: ['harbour-works'] }),
    ]);
  });
});

describe('one-word names', () => {
  it('adds someone known by one name when the text gives it a title ("President Suharto"), not a known surname', () => {
    const registry = tables();
    const titled = resolveMentions(
      extraction({ people: [mention('Suharto', { roles: ['President'], cue: true, vote: true })] }),
      registry,
    );
    expect(titled.people).toEqual(['suharto']);
    const surname = resolveMentions(
      extraction({ people: [mention('Reagan', { roles: ['President'], cue: true, vote: true })] }),
      registry,
    );
    expect(surname.people).toEqual([]);
    expect(surname.review).toEqual([expect.objectContaining({ name: 'Reagan', reason: 'name only' })]);
  });
});

describe("surnames beside a leader's body", () => {
  it('links a surname beside the body its holder leads ("Reagan Administration"), not beside a company', () => {
    const registry = tables([entity('ronald-reagan', 'Ronald Reagan', { aliases: ['Reagan'], ...seen(9, 8, 9) })]);
    const led = resolveMentions(
      extraction({ people: [mention('Reagan')], organisations: [mention('Reagan Administration')] }),
      registry,
    );
    expect(led.people).toEqual(['ronald-reagan']);
    const company = resolveMentions(
      extraction({ people: [mention('Reagan')], organisations: [mention('Reagan Industries')] }),
      registry,
    );
    expect(company.people).toEqual([]);
  });
});

describe('people known by one name', () => {
  it('links the one name like a full name, even where an organisation of the article uses the word', () => {
    const registry = tables([entity('subroto', 'Subroto', { roles: ['Energy Minister'], ...seen(6, 5, 6) })]);
    const result = resolveMentions(
      extraction({ people: [mention('Subroto')], organisations: [mention('Energy Subroto')] }),
      registry,
    );
    expect(result.people).toEqual(['subroto']);
    // Where the article names someone in full with the word as surname, the word is that surname.
    const clinton = tables([
      entity('clinton', 'Clinton', seen(4, 3, 4)),
      entity('bill-clinton', 'Bill Clinton', seen(3, 1, 3)),
    ]);
    const named = resolveMentions(extraction({ people: [mention('Bill Clinton'), mention('Clinton')] }), clinton);
    expect(named.people).toEqual(['bill-clinton']);
    // A surname is still weighed: "Baker" of Howard Baker is not linked beside Baker International.
    const baker = tables([entity('howard-baker', 'Howard Baker', { aliases: ['Baker'], ...seen(6, 5, 6) })]);
    const other = resolveMentions(
      extraction({ people: [mention('Baker')], organisations: [mention('Baker International')] }),
      baker,
    );
    expect(other.people).toEqual([]);
  });
});

describe('spelling slips', () => {
  it('joins a long surname one letter off to the one person with that given name, and a short one never', () => {
    const registry = tables([
      entity('yasuhiro-nakasone', 'Yasuhiro Nakasone', seen(5, 2, 5)),
      entity('john-smith', 'John Smith', seen(5, 2, 5)),
    ]);
    const slip = resolveMentions(extraction({ people: [mention('Yasuhiro Nakasome')] }), registry);
    expect(slip.people).toEqual(['yasuhiro-nakasone']);
    expect(slip.added).toEqual([]);
    const swapped = resolveMentions(extraction({ people: [mention('Yasuhiro Nakasoen')] }), registry);
    expect(swapped.people).toEqual(['yasuhiro-nakasone']);
    const short = resolveMentions(extraction({ people: [mention('John Smyth')] }), registry);
    expect(short.added).toEqual([{ kind: 'people', id: 'john-smyth' }]);
    const other = resolveMentions(extraction({ people: [mention('Yasuhiro Tanaka')] }), registry);
    expect(other.added).toEqual([{ kind: 'people', id: 'yasuhiro-tanaka' }]);
  });
});
