import { describe, expect, it } from 'vitest';
import { extractEntities, type Mention } from '../../../../src/ingest/extractor/extract-entities.ts';

const names = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= 0.5).map((mention) => mention.name);

describe('extractEntities on the names of news prose', () => {
  it('reads capitals in brackets that are a name’s own initials as its abbreviation, not a country’s code', () => {
    const extraction = extractEntities(
      'Rates steady.\n\nThe fall preceded the realignment of the Eastland Monetary System (EMS), dealers said.\n\nAthletics results.\n\n1. Tomas Brenner (GBR) 10.02 2. Marta Kellison (CZE) 10.05',
    );
    expect(names(extraction.people)).toEqual(['Tomas Brenner', 'Marta Kellison']);
  });

  it('ends a company’s name at its legal form before what the company asks for', () => {
    const extraction = extractEntities(
      'Merger review.\n\nThe board heard an application by Vallen Air Lines Inc for FAA approval to take control of Kessel Shipping Co of Eastland Inc.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallen Air Lines Inc',
      'FAA',
      'Kessel Shipping Co of Eastland Inc.',
    ]);
  });

  it('keeps a company whole across an inner "and" before a noun of an activity and its legal form', () => {
    const extraction = extractEntities(
      'Trust buys stake.\n\nAn official of the Eastland International Trust and Investment Corp (EITIC) said the Eastland trust would buy the stake. EITIC gave no price.',
    );
    expect(names(extraction.organisations)).toEqual(['Eastland International Trust and Investment Corp']);
  });

  it('reads the headings of a press digest as its newspapers, article and all', () => {
    const extraction = extractEntities(
      'PRESS DIGEST - Eastland - Aug 31.\n\nPORT ALDER 2026-08-31\n\nThese are the leading stories in the Eastland press on Saturday. LA VOIX - The harbour strike ended. - Exports rose. LE TEMPS - Trade talks began with the Vallen Authority. FRANCE - Prices fell.',
    );
    expect(names(extraction.organisations)).toEqual(['LA VOIX', 'LE TEMPS', 'Vallen Authority']);
  });

  it('reads the fields of an offering form without their labels, and a company up to its legal form', () => {
    const extraction = extractEntities(
      "IPO FILING -- Kessel Lodging Inc.\n\nCompany Name Kessel Lodging Inc Nasdaq Stock symbol KSLG Estimated price range N / A Total shares to be offered N / A Lead Underwriter Vallen Brothers & Co Inc Underwriters over-allotment N / A Business: Company's goal is to build hotels.\n\nOther dealers would be Eastland Bank Corp International and Harbour Securities Ltd.",
    );
    expect(names(extraction.organisations)).toEqual([
      'Kessel Lodging Inc.',
      'Nasdaq',
      'Vallen Brothers & Co Inc',
      'Eastland Bank Corp International',
      'Harbour Securities Ltd.',
    ]);
    expect(names(extraction.people)).toEqual([]);
  });

  it('reads a given name before a town’s name as a person, but not a direction or a country', () => {
    const extraction = extractEntities(
      "Title retained.\n\nMexico's Manuel Medina was retired by his corner. Crude from West Texas rose, and Jordan Israel talks resumed.",
    );
    expect(names(extraction.people)).toEqual(['Manuel Medina']);
  });

  it('reads an office "of" one word and its holder named after it as the holder with that role', () => {
    const extraction = extractEntities(
      "Envoy visits.\n\nRadio said U.S. Assistant Secretary of State Tomas Brenner had met officials. Eastland's leader told visiting Minister of Finance Marta Kellison China's troubles were over.",
    );
    expect(extraction.people.map((mention) => [mention.name, mention.roles])).toEqual([
      ['Tomas Brenner', ['Assistant Secretary of State']],
      ['Marta Kellison', ['Minister of Finance']],
    ]);
    expect(names(extraction.places)).toEqual(['U.S.', 'China']);
  });

  it('reads a minister of two portfolios joined by "and" as the holder after them, however short his name', () => {
    const extraction = extractEntities(
      'Prices rise.\n\nIndonesian Minister of Mines and Energy Kellison said prices would rise. Minister of Trade and Industry Tomas Brenner agreed.',
    );
    expect(extraction.people.map((mention) => [mention.name, mention.roles])).toEqual([
      ['Kellison', ['Indonesian Minister of Mines and Energy']],
      ['Tomas Brenner', ['Minister of Trade and Industry']],
    ]);
    expect(names(extraction.organisations)).toEqual([]);
  });

  it('reads a name after a place noun and "of" as a place, and a ship’s name as no one', () => {
    const extraction = extractEntities(
      'Bomb blast.\n\nA bomb exploded in the western coastal town of Kessel Haroun. Planes on the aircraft carrier Tomas Brenner and the freighter Marta Kellison were ready, the carrier Vallen Airways said.',
    );
    expect(names(extraction.places)).toEqual(['Kessel Haroun']);
    expect(names(extraction.people)).toEqual([]);
    expect(names(extraction.organisations)).toEqual(['Vallen Airways']);
  });

  it('reads a ship’s name in a paper’s words as no one, wherever else the article names it', () => {
    const extraction = extractEntities(
      'Ferry capsizes.\n\nDivers reached the car ferry Kessel Herald of Free Vallen on Friday. About 200 passengers were trapped in the Kessel Herald of Free Vallen, the Vallen Times said.',
    );
    expect(names(extraction.organisations)).toEqual(['Vallen Times']);
  });

  it('keeps the topics of a chamber’s committee joined by "and" in one name', () => {
    const extraction = extractEntities(
      'Hearing set.\n\nHe said the House Energy and Commerce committee would meet, and House Speaker Tomas Brenner spoke. House Telecommunications and Finance subcommittee chairman Marta Kellison agreed. Senate Majority leader Jan Varho spoke.',
    );
    expect(names(extraction.organisations)).toEqual([
      'House Energy and Commerce',
      'House Telecommunications and Finance',
      'Senate',
    ]);
    expect(names(extraction.people)).toEqual(['Tomas Brenner', 'Marta Kellison', 'Jan Varho']);
  });
});

describe('extractEntities on initials a market report reads as figures', () => {
  it('takes initials before the futures, data or survey they name for no body, wherever else the article writes them', () => {
    const extraction = extractEntities(
      'Bonds ease.\n\nAhead of the VMX survey and August KR data, VBOR futures rose. The VBOR ended flat and the VMX was firm.',
    );
    expect(names(extraction.organisations)).toEqual([]);
  });

  it('keeps initials a body has by its voice or its full name, futures and all', () => {
    const extraction = extractEntities(
      'Exchange delays contract.\n\nThe Vallen Options Exchange (VOE) said on Friday that trade would start late. VOE futures fell. The KMX said KMX futures would open, a KMX spokesman said.',
    );
    expect(names(extraction.organisations)).toEqual(['Vallen Options Exchange', 'KMX']);
  });
});

describe('extractEntities on names opened or closed by a people’s or a faith’s word', () => {
  it('takes a name with no given name that a nation’s word opens, or a faith’s word closes, for no person', () => {
    const extraction = extractEntities(
      'Treaty signed.\n\nThe treaty ended the War of Spanish Succession. An Italian Roman Catholic charity helped, and Danish Kroner fell.',
    );
    expect(names(extraction.people)).toEqual([]);
  });

  it('keeps a person whose surname is a nation’s word, or whose given name is a faith’s', () => {
    const extraction = extractEntities(
      'Case heard.\n\nVallen attorney Ron English said so. Christian Kellison agreed, and Marta Christian left.',
    );
    expect(names(extraction.people)).toEqual(['Ron English', 'Christian Kellison', 'Marta Christian']);
  });
});
