import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities, type Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import { registryNames } from '../../../helpers/registry-names.ts';

const names = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= 0.5).map((mention) => mention.name);
const raw = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'ingest', 'raw', name), 'utf8').replace(
    /^\s*date \S+ /,
    '',
  );
const seedText = raw('seed.txt');

describe('extractEntities on the seed article', () => {
  const extraction = extractEntities(seedText, registryNames());

  it('finds exactly the three people, each once, with the role the text gave', () => {
    expect(names(extraction.people).sort()).toEqual(['Andrei Belousov', 'Rajnath Singh', 'Vladimir Putin']);
    const singh = extraction.people.find((mention) => mention.name === 'Rajnath Singh');
    expect(singh?.surfaces).toEqual(['Rajnath Singh', 'Singh']);
    expect(singh?.roles).toEqual(['Defence Minister']);
    expect(extraction.people.find((mention) => mention.name === 'Vladimir Putin')?.surfaces).toContain('Putin');
  });

  it('finds the commission, the working group and the union whole, and no bogus organisation', () => {
    expect(names(extraction.organisations)).toEqual([
      'India-Russia Inter-Governmental Commission on Military & Military Technical Cooperation',
      'India-Russia Working Group on Trade and Economic Cooperation',
      'Eurasian Economic Union',
    ]);
  });

  it('keeps places apart from people and organisations', () => {
    expect(names(extraction.places)).toEqual(expect.arrayContaining(['New Delhi', 'Moscow', 'Russia', 'India']));
  });
});

describe('extractEntities', () => {
  it('forms no name with markup or a character reference in it, wherever the text puts them', () => {
    const extraction = extractEntities(
      "Delegates arrived on Monday for the Geneva<img/src='x'/onerror=alert(document.domain)> Summit, officials said. " +
        'Leaders of Hal&amp;Co and AT&amp;T met Chairman Hal<b>Stone</b> of Delta Holdings and Mayor Ana"Lopez in Oslo&lt;x&gt; on Friday.',
    );
    const all = [...extraction.people, ...extraction.organisations, ...extraction.places];
    expect(all.map((mention) => mention.name)).toContain('Geneva');
    for (const mention of all) {
      for (const name of [mention.name, ...mention.surfaces]) expect(name).not.toMatch(/[<>"`=]|&(?:#|[a-z]{2})/u);
    }
  });
  it('takes titles off names and keeps them as roles, and never returns a title alone', () => {
    const { people } = extractEntities(
      'Finance Minister Maria Okafor spoke. Prime Minister Jonas Eklund agreed. The Minister left. Dr. Helen Park said so.',
    );
    expect(people.map((mention) => [mention.name, mention.roles])).toEqual([
      ['Maria Okafor', ['Finance Minister']],
      ['Jonas Eklund', ['Prime Minister']],
      ['Helen Park', ['Dr.']],
    ]);
  });

  it('folds a bare surname into the one person who has it, and leaves a shared surname alone', () => {
    const { people } = extractEntities(
      'Ana Lopez, the mayor, and her brother Carlos Lopez met. Lopez said the talks went well. Later Okafor agreed with Maria Okafor.',
    );
    expect(people.map((mention) => mention.name)).toEqual(['Ana Lopez', 'Carlos Lopez', 'Lopez', 'Maria Okafor']);
    expect(people.find((mention) => mention.name === 'Maria Okafor')?.surfaces).toEqual(['Okafor', 'Maria Okafor']);
  });

  it('keeps a bare surname apart from a full name ending in it where the article joins the two by "and"', () => {
    const { people } = extractEntities(
      'Trip set.\n\nPresident Okafor will visit Rome in June. Okafor and Maria Okafor will be guests of the city, and Okafor will then fly home.',
    );
    expect(people.map((mention) => [mention.name, mention.roles])).toEqual([
      ['Okafor', ['President']],
      ['Maria Okafor', []],
    ]);
  });

  it('splits runs joined by "and" or "of" that are several names, and keeps organisation names whole', () => {
    const extraction = extractEntities(
      'Nasser Hussain and Peter Such bowled. Tono Eitel of Germany spoke for the Bank of Japan and Marks & Spencer.',
    );
    expect(extraction.people.map((mention) => mention.name)).toEqual(['Nasser Hussain', 'Peter Such', 'Tono Eitel']);
    expect(extraction.organisations.map((mention) => mention.name)).toEqual(['Bank of Japan', 'Marks & Spencer']);
  });

  it('keeps a leading direction word in an organisation name', () => {
    const { organisations } = extractEntities('Officials at the Northern Shipping Corporation said prices rose.');
    expect(organisations.map((mention) => mention.name)).toEqual(['Northern Shipping Corporation']);
  });

  it('reads two organisations joined by "and" as two names', () => {
    const { organisations } = extractEntities('Shares of the Harbour Board and the Delta Holdings Group fell.');
    expect(organisations.map((mention) => mention.name)).toEqual(['Harbour Board', 'Delta Holdings Group']);
  });

  it('reads two bodies a word names on its own, joined by "and", as two names', () => {
    const { organisations } = extractEntities('The chairmen of the House and Senate tax writing committees met.');
    expect(names(organisations)).not.toContain('House and Senate');
    expect(names(organisations)).toContain('Senate');
  });

  it('reads two chambers joined by "and" as two names whatever opens the sentence before them', () => {
    for (const text of [
      'Both the House and Senate have passed the trade bill.',
      'Both House and Senate leaders met.',
      'He said the White House and Senate agreed.',
    ]) {
      const found = names(extractEntities(text).organisations);
      expect(found.filter((name) => name.includes(' and '))).toEqual([]);
      expect(found).toContain('Senate');
    }
  });

  it('keeps a body whole when the side before "and" does not end in a body word', () => {
    const { organisations } = extractEntities(
      'The House Ways and Means Committee met the World Bank and the Harbour Board. ' +
        'Merrill Lynch Capital Markets and Salomon Brothers Inc led it.',
    );
    expect(names(organisations)).toEqual([
      'House Ways and Means Committee',
      'World Bank',
      'Harbour Board',
      'Merrill Lynch Capital Markets',
      'Salomon Brothers Inc',
    ]);
  });

  it('reads a body named whole, "and", then a name with no body word as two names', () => {
    const { organisations } = extractEntities('A consortium of Northern Parcel Service and QXL won the contract.');
    expect(names(organisations)).toEqual(['Northern Parcel Service', 'QXL']);
  });

  it('takes the place a titled person comes from off the name, and reads a hyphenated rank as the title', () => {
    const extraction = extractEntities(
      '"We agree," Senate Republican Leader Jonas Eklund of Kansas said. ' +
        'He answered remarks by Harbour Department Under-Secretary Maria Okafor on the yen.',
    );
    expect(extraction.people.map((mention) => [mention.name, mention.roles])).toEqual([
      ['Jonas Eklund', ['Leader']],
      ['Maria Okafor', ['Under-Secretary']],
    ]);
    expect(names(extraction.organisations)).toEqual(['Senate', 'Harbour Department']);
  });

  it("reads a majority or minority leader's office as the role, not as part of the body", () => {
    const extraction = extractEntities('Senate Majority Leader Ana Lopez and House Minority Leader Ivo Brandt met.');
    expect(extraction.people.map((mention) => [mention.name, mention.roles])).toEqual([
      ['Ana Lopez', ['Majority Leader']],
      ['Ivo Brandt', ['Minority Leader']],
    ]);
    const organisations = extraction.organisations.map((mention) => mention.name);
    expect(organisations.filter((name) => /Majority|Minority/.test(name))).toEqual([]);
  });

  it('cuts a place off a lone body run straight into it', () => {
    const extraction = extractEntities('A Senate Iran committee aide told the Senate so.');
    expect(names(extraction.organisations)).toEqual(['Senate']);
    expect(names(extraction.places)).toContain('Iran');
  });

  it('never takes a body for a person, even after a title or at the start of a sentence', () => {
    const extraction = extractEntities(
      'Water Board said supplies were safe. Leader Water Board agreed. Maria Okafor and the Water Board met.',
    );
    expect(extraction.people.map((mention) => mention.name)).toEqual(['Maria Okafor']);
    expect(extraction.organisations.map((mention) => [mention.name, mention.roles])).toEqual([['Water Board', []]]);
  });

  it('takes a nationality off a name and cuts a person off the body they speak for', () => {
    const extraction = extractEntities(
      'Australian Dennis Harlow won. Economist Joel Farrant of First Union Bank said so.\n\nGuy Marlowe (France) beat Ivo Brandt (Spain) 6-4.',
    );
    expect(extraction.people.map((mention) => mention.name)).toEqual([
      'Dennis Harlow',
      'Joel Farrant',
      'Guy Marlowe',
      'Ivo Brandt',
    ]);
    expect(extraction.organisations.map((mention) => mention.name)).toEqual(['First Union Bank']);
  });

  it('reads "and the" as the start of another name, and names no body by a lone common word or a dateline', () => {
    const { organisations, places } = extractEntities(
      'PORT ALDER, Eastland 2026-08-30\n\nTalks between Eastland and the Harbour Authority resumed. The Authority said the League would meet. TOTAL sales rose.',
    );
    expect(organisations.map((mention) => mention.name)).toEqual(['Harbour Authority']);
    expect(places.map((mention) => mention.name)).toEqual(['PORT ALDER', 'Eastland']);
  });

  it('reads a title word after a given name and a month before a surname as parts of a name', () => {
    const { people } = extractEntities(
      'Prime Minister John Major spoke in May. Dean Hartley, Les Ferrand and Jan Kowalski were picked on Jan 5.',
    );
    expect(people.map((mention) => [mention.name, mention.roles])).toEqual([
      ['John Major', ['Prime Minister']],
      ['Dean Hartley', []],
      ['Les Ferrand', []],
      ['Jan Kowalski', []],
    ]);
  });

  it('folds a company named again without its legal form into its full name, and reads a foreign legal form', () => {
    const { people, organisations } = extractEntities(
      'Talvik Corp. said profits rose. Talvik makes seats. Ondrasi SpA agreed, and Ondrasi said so.',
    );
    expect(people).toEqual([]);
    expect(organisations.map((mention) => [mention.name, mention.surfaces])).toEqual([
      ['Talvik Corp.', ['Talvik Corp.', 'Talvik']],
      ['Ondrasi SpA', ['Ondrasi SpA', 'Ondrasi']],
    ]);
  });

  it("reads a name in angle brackets as a company's, and a ticker or a tag there as no name", () => {
    const { people, organisations } = extractEntities(
      'Allied-Signal Inc owns <Union Texas Petroleum Co> <UTP.N>, which has a stake in <San Miguel Corp> (SMC). ' +
        'Union Texas said its loss rose, and <Body> ran. <Nordbanken> agreed.',
    );
    expect(people).toEqual([]);
    expect(organisations.map((mention) => [mention.name, mention.surfaces, mention.confidence])).toEqual([
      ['Allied-Signal Inc', ['Allied-Signal Inc'], 0.9],
      ['Union Texas Petroleum Co', ['Union Texas Petroleum Co', 'Union Texas'], 0.9],
      ['San Miguel Corp', ['San Miguel Corp', 'SMC'], 0.9],
      ['Nordbanken', ['Nordbanken'], 0.9],
    ]);
  });

  it('resolves known names and their acronyms, whole, even with lower-case words inside', () => {
    const { organisations } = extractEntities(
      'The Organisation for Security and Cooperation in Europe met the IMF. The OSCE said so.',
      registryNames(),
    );
    expect(organisations.map((mention) => [mention.name, mention.surfaces])).toEqual([
      [
        'Organization for Security and Co-operation in Europe',
        ['Organisation for Security and Cooperation in Europe', 'OSCE'],
      ],
      ['International Monetary Fund', ['IMF']],
    ]);
  });

  it('never returns a name or alias of an entity an editor rejected', () => {
    const names = registryNames({
      people: [{ id: 'rajnath-singh', name: 'Rajnath Singh', aliases: ['R. Singh'], roles: [], status: 'rejected' }],
    });
    expect(extractEntities('Defence Minister Rajnath Singh spoke.', names).people).toEqual([]);
    expect(extractEntities('Defence Minister R. Singh spoke.', names).people).toEqual([]);
  });

  it('lets a clear reading of the text outweigh a registry kind the archive has not yet settled', () => {
    // One article took the company for a person; the next names it by its organisation word.
    const entity = { id: 'osei-holdings', name: 'Osei Holdings', aliases: [], roles: [] };
    const text = 'Shares in Osei Holdings rose on Monday.';
    const unsettled = extractEntities(text, registryNames({ people: [{ ...entity, status: 'auto' }] }));
    expect([names(unsettled.people), names(unsettled.organisations)]).toEqual([[], ['Osei Holdings']]);
    const confirmed = extractEntities(text, registryNames({ people: [{ ...entity, status: 'confirmed' }] }));
    expect([names(confirmed.people), names(confirmed.organisations)]).toEqual([['Osei Holdings'], []]);
  });

  it('reads clubs named after towns as organisations in a sports report, and places elsewhere', () => {
    const sports = extractEntities(
      'Leeds beat Sheffield 2-1 in the league. Their striker scored two goals in the match.',
    );
    expect(sports.organisations.map((mention) => mention.name)).toEqual(['Leeds', 'Sheffield']);
    const news = extractEntities('The council in Leeds approved the budget on Monday.');
    expect(news.organisations).toEqual([]);
  });

  it('reads a name a place word opens as a club or body where a body word ends it, not as a place', () => {
    const sports = extractEntities(
      'Port Quillane Vale beat Sheffield 2-1 in the league. Their striker scored two goals in the match.',
    );
    expect(sports.organisations.map((mention) => mention.name)).toEqual(['Port Quillane Vale', 'Sheffield']);
    expect(sports.places).toEqual([]);
    const news = extractEntities('The Port Alder Authority approved the budget on Monday.');
    expect(names(news.organisations)).toEqual(['Port Alder Authority']);
  });

  it('reads a club named with the Spanish word for sporting as a club, not a person', () => {
    const sports = extractEntities(
      'Real Vallen drew 1-1 at Deportivo Quillana in the league. Their striker scored two goals in the match.',
    );
    expect(names(sports.people)).toEqual([]);
    expect(names(sports.organisations)).toContain('Deportivo Quillana');
  });

  it('reads the names in numbered results and team line-ups as people, and a club once seen playing as a club', () => {
    const results = extractEntities(
      'Results of the final on Friday:\n\n1. Frank Holloway (Germany) 8,522 points\n\n2. Gail Marten (U.S.) 7,904',
    );
    expect(results.people.map((mention) => mention.name)).toEqual(['Frank Holloway', 'Gail Marten']);
    expect(results.organisations).toEqual([]);
    const lineUp = extractEntities(
      'Leeds beat Sheffield 2-1 in the league match at Leeds.\n\nLeeds - 1 - Piotr Zawada, 4 - Emre Toksoz, 9 - Lars Hedvall.',
    );
    expect(lineUp.people.map((mention) => mention.name)).toEqual(['Piotr Zawada', 'Emre Toksoz', 'Lars Hedvall']);
    expect(lineUp.organisations.map((mention) => mention.name)).toEqual(['Leeds', 'Sheffield']);
  });

  it('reads the clubs of a standings table printed in capitals, and not its headings or dateline', () => {
    const { organisations } = extractEntities(
      'LEEDS 2026-08-30\n\nLeague standings after the games played on Thursday (won, lost, games behind):\n\nEASTERN DIVISION\n\nW L PCT GB\n\nNORTH CITY 74 59 .556 -\n\nLEEDS 70 63 .526 4\n\nPORT ALDER 69 65 .515 5 1/2',
    );
    expect(organisations.map((mention) => mention.name)).toEqual(['NORTH CITY', 'LEEDS', 'PORT ALDER']);
  });

  it('reads a name before a score in a sports report as a club, and a batsman before his runs as a person', () => {
    const extraction = extractEntities(
      'Summary of the league match played on Saturday: Kelso Ardmore 1 (Piet Laver 22nd minute) Corve Mallow 1.\n\nStandings: Kelso Ardmore 3 2 0 1 5 2 6\n\nSohail Danner b Piet Laver 46 runs in the second innings.',
    );
    expect(extraction.organisations.map((mention) => mention.name)).toEqual(['Kelso Ardmore', 'Corve Mallow']);
    expect(extraction.people.map((mention) => mention.name)).toEqual(['Piet Laver', 'Sohail Danner']);
  });

  it('reads a plural after "the" or a town in a sports report as a team, but not a nationality', () => {
    const { organisations } = extractEntities(
      'The Leeds Herons beat the Otters 6-0 in the league, their third straight win of the season, as the Americans watched. The Otters scored no goals.',
    );
    expect(organisations.map((mention) => mention.name)).toEqual(['Leeds Herons', 'Otters']);
  });

  it('adds the capitalised form a headline used for a name found in the text', () => {
    const { organisations } = extractEntities(
      'LEICESTERSHIRE TAKE OVER AT TOP\n\nLeicestershire beat Somerset by an innings and 39 runs in the county championship.',
    );
    expect(organisations.find((mention) => mention.name === 'Leicestershire')?.surfaces).toEqual([
      'Leicestershire',
      'LEICESTERSHIRE',
    ]);
  });
});

describe('extractEntities on tables and boilerplate', () => {
  const all = (text: string) => {
    const extraction = extractEntities(text);
    return [...names(extraction.people), ...names(extraction.organisations)];
  };

  it('finds no people or organisations in the rows of a flattened earnings table', () => {
    const table =
      'Oper shr 1.20 dlrs vs 1.10 dlrs. Oper net 12.1 mln vs 10.2 mln. Revs 250.1 mln vs 230.4 mln. ' +
      'Avg shrs 10.1 mln vs 9.8 mln. Qtly div 15 cts vs 15 cts prior. Sales 1.2 billion vs 1.1 billion.';
    expect(all(table)).toEqual([]);
  });

  it('takes the initials of terms of trade and finance for no organisation', () => {
    const text =
      'Wheat sold at 112 dlrs per tonne FOB, and banks sold certificates of deposit (CD). The ECU rose, and the GSP scheme lapsed.';
    expect(extractEntities(`Markets.\n\n${text}`).organisations).toEqual([]);
  });

  it('takes the opening words of a place run into "-based" for no name', () => {
    const extraction = extractEntities(
      'Unit sold.\n\nVelde Insurance Group, a unit of New York-based Kessel Corp, said income rose. A Hong Kong-born trader agreed.',
    );
    expect(extraction.organisations.map((mention) => mention.name)).toEqual(['Velde Insurance Group', 'Kessel Corp']);
    expect(extraction.people).toEqual([]);
  });

  it("takes a row's owner of the figures, beside a table word, for no organisation; a body named so stays one", () => {
    const table = 'Group Net 1.07 billion vs 1.24 billion. Consolidated Sales 20.4 billion vs 25.8 billion.';
    expect(all(table)).toEqual([]);
    const names = extractEntities('Talks end.\n\nThe Group of Seven met. The Consolidated Group said it would bid.');
    expect(names.organisations.map((mention) => mention.name)).toEqual(['Group of Seven', 'Consolidated Group']);
  });

  it('takes the unit a price table quotes in for no organisation, however sure', () => {
    const extraction = extractEntities(
      'Grain values set.\n\nSorghum is priced per CWT, corn yellow grade only. Barley 4.10 dlrs per CWT vs 4.05.',
    );
    expect(extraction.organisations.map((mention) => mention.name)).toEqual([]);
  });

  it('takes a legal form standing alone, or with a generic word, for no company', () => {
    expect(all('Shares of Corp and Co Ltd rose, while International Inc fell on Tuesday.')).toEqual([]);
  });

  it('keeps a company whose name holds a title word or "and Co" whole', () => {
    const extraction = extractEntities(
      'General Motors Corp rose. Merrill Lynch and Co Inc said it would buy the unit.',
    );
    expect(names(extraction.organisations)).toEqual(['General Motors Corp', 'Merrill Lynch and Co Inc']);
    expect(names(extraction.people)).toEqual([]);
  });

  it('keeps a body joined by "and" to one word whole ("Securities and Exchange Commission")', () => {
    const extraction = extractEntities(
      'The Securities and Exchange Commission and the Food and Drug Administration said so.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Securities and Exchange Commission',
      'Food and Drug Administration',
    ]);
  });
});

describe('extractEntities on the words around names', () => {
  it('takes no party’s members, single initial or country for a person or an organisation', () => {
    const extraction = extractEntities(
      'The Christian Democrats won in West Germany. Analysts at S and P. said trade with the Soviet Union rose.',
    );
    expect([...names(extraction.people), ...names(extraction.organisations)]).toEqual([]);
    expect(names(extraction.places)).toEqual(['West Germany', 'Soviet Union']);
  });

  it('keeps a company named with a possessive whole ("Moody\'s Investors Service Inc")', () => {
    const extraction = extractEntities("The debentures are rated B-3 by Moody's Investors Service Inc.");
    expect(names(extraction.organisations)).toEqual(["Moody's Investors Service Inc."]);
  });

  it('reads a pair of names opening a known company’s name as the company ("Merrill Lynch said")', () => {
    const known = registryNames({
      organisations: [{ id: 'm', name: 'Merrill Lynch Capital Markets', aliases: [], roles: [], status: 'confirmed' }],
    });
    const extraction = extractEntities('Merrill Lynch said it would buy the unit.', known);
    expect(names(extraction.people)).toEqual([]);
    expect(names(extraction.organisations)).toEqual(['Merrill Lynch']);
  });

  it('reads a capitalised run ending in a body\'s word ("Division", "Force") as an organisation, not a person', () => {
    const extraction = extractEntities('The Antitrust Division said a Task Force would study the merger.');
    expect(names(extraction.people)).toEqual([]);
    expect(names(extraction.organisations)).toEqual(['Antitrust Division', 'Task Force']);
  });

  it('ends no name in a connector where a title word cuts the run ("Antitrust Division of the Justice …")', () => {
    const extraction = extractEntities(
      'The Antitrust Division of the Justice Department said it would review the deal.',
    );
    expect(names(extraction.organisations)).not.toContain('Antitrust Division of the');
    expect(names(extraction.organisations)).toContain('Antitrust Division');
  });

  it('keeps "National Security Council" whole when the registry knows "Security Council" as another body\'s alias', () => {
    const known = registryNames({
      organisations: [
        {
          id: 'un-security-council',
          name: 'United Nations Security Council',
          aliases: ['Security Council'],
          roles: [],
          status: 'confirmed',
        },
      ],
    });
    const extraction = extractEntities('Officials of the National Security Council met on Monday.', known);
    expect(names(extraction.people)).toEqual([]);
    expect(names(extraction.organisations)).toEqual(['National Security Council']);
  });

  it('takes no run opened by a title\'s word and without a given name for a person ("National Semiconductor said")', () => {
    const extraction = extractEntities('National Semiconductor said profits rose, and Federal Express said so too.');
    expect(names(extraction.people)).toEqual([]);
  });

  it('keeps a partnership named with a comma whole ("Goldman, Sachs and Co."), not its last part', () => {
    const extraction = extractEntities('Goldman, Sachs and Co. said it would underwrite the issue.');
    expect(names(extraction.people)).toEqual([]);
    expect(names(extraction.organisations)).toEqual(['Goldman, Sachs and Co.']);
  });

  it('keeps a firm whose partners a comma parts whole, where the part after ends in a legal form', () => {
    const extraction = extractEntities(
      'Shares offered.\n\nUnderwriters are led by Vallish Torsen, Quill Harrow Inc and others.',
    );
    expect(names(extraction.people)).toEqual([]);
    expect(names(extraction.organisations)).toEqual(['Vallish Torsen, Quill Harrow Inc']);
  });

  it('keeps a firm named by its partners, commas between them and "and" before the last, whole up to its legal form', () => {
    const extraction = extractEntities(
      'Shares offered.\n\nVallish Torsen, Quill, Harrow and Brenner Inc and Tallis Corp will lead the issue. Sarhall Morrow, Pike Varrick and Dunmore Ltd agreed.',
    );
    expect(names(extraction.people)).toEqual([]);
    expect(names(extraction.organisations)).toEqual([
      'Vallish Torsen, Quill, Harrow and Brenner Inc',
      'Tallis Corp',
      'Sarhall Morrow, Pike Varrick and Dunmore Ltd',
    ]);
  });

  it('keeps a company its legal form closed before "and" apart from a partnership after it', () => {
    const extraction = extractEntities(
      'Bonds sold.\n\nThe issue is led by Vallish Bank Nederland NV and Quill, Harrow and Quill NV, it said.',
    );
    expect(names(extraction.organisations)).toEqual(['Vallish Bank Nederland NV', 'Quill, Harrow and Quill NV']);
  });

  it('keeps a list that ends in a company named by more than one word apart', () => {
    const extraction = extractEntities('Talks held.\n\nHe met Vallish, Quill and Harrow Motors Corp on Friday.');
    expect(names(extraction.organisations)).not.toContain('Vallish, Quill and Harrow Motors Corp');
  });

  it('keeps companies listed with commas apart where the one before the comma ends in a body word or a legal form', () => {
    const extraction = extractEntities(
      'Bids made.\n\nThe bidders were Vallish Holdings Inc, Quill Harrow Inc and the Torsen Exchange Commission, Tallis Morrow Ltd on Friday. It sold its unit in the United Kingdom, Sarhall Varrick Ltd.',
    );
    expect(names(extraction.organisations)).toEqual(
      expect.arrayContaining(['Vallish Holdings Inc', 'Quill Harrow Inc', 'Tallis Morrow Ltd', 'Sarhall Varrick Ltd.']),
    );
  });
});
