import { describe, expect, it } from 'vitest';
import { extractEntities, type Mention } from '../../../../src/ingest/extractor/extract-entities.ts';

const names = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= 0.5).map((mention) => mention.name);

describe('extractEntities on a body name run into the words after it', () => {
  it('takes a place or a nation and companies in the plural for no organisation, a company so named for one', () => {
    const extraction = extractEntities(
      'Maize bought.\n\nThe importers awarded contracts to two U.S. Companies, and Japanese Banks lent the money. Vallish Companies said it would ship.',
    );
    expect(names(extraction.organisations)).toEqual(['Vallish Companies']);
  });

  it('takes bodies named in general, by a plural, for no organisation', () => {
    const extraction = extractEntities(
      'Central bank loses chief.\n\nHe would leave behind one of the most inexperienced Fed Boards in years, and the Vallen Trade Councils would object.',
    );
    expect(names(extraction.organisations)).toEqual([]);
  });

  it('keeps a plural body word inside a name with "of"', () => {
    const extraction = extractEntities('Unions meet.\n\nThe Federation of Vallen Trade Councils met on Friday.');
    expect(names(extraction.organisations)).toEqual(['Federation of Vallen Trade Councils']);
  });

  it('ends a body a word names on its own before what it is for', () => {
    const extraction = extractEntities(
      'Aid approved.\n\nThe aid is the last instalment of 100 mln dlrs voted by Congress for the Contras. The House Committee for the Arts met.',
    );
    expect(names(extraction.organisations)).toEqual(['Congress', 'House Committee for the Arts']);
  });

  it('keeps a report named for two topics joined by "and" whole, so neither topic is a name', () => {
    const extraction = extractEntities(
      'Sugar output falls.\n\nIn its World Production and Trade Report, the department said the harvest fell.',
    );
    expect(extraction.people.map((mention) => mention.name)).toEqual([]);
    expect(names(extraction.organisations)).toEqual([]);
  });

  it('keeps a company whole where what follows "and" is only the words of a body and its legal form', () => {
    const extraction = extractEntities(
      'Paper issued.\n\nVallish Trust and Banking Co Ltd will provide the letter of credit, and Quillane Trust and Banking Co will deal.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallish Trust and Banking Co Ltd',
      'Quillane Trust and Banking Co',
    ]);
  });

  it('keeps a savings and loan whole, one kind of institution joined by "and"', () => {
    const extraction = extractEntities(
      'Thrift closed.\n\nRegulators closed the First Federal Savings and Loan Association of Ashford on Friday. Velde Building and Loan Association said it would buy its deposits.',
    );
    expect(names(extraction.organisations)).toEqual([
      'First Federal Savings and Loan Association of Ashford',
      'Velde Building and Loan Association',
    ]);
  });

  it('drops a word that dates an office from the body it opens, but not from a company', () => {
    const extraction = extractEntities(
      'Rates debated.\n\nFormer Treasury official Ann Koss said the plan would fail. Outgoing Harbour Bank chairman Lars Vell agreed. Former Holdings Co said nothing.',
    );
    expect(names(extraction.organisations)).toEqual(['Treasury', 'Harbour Bank', 'Former Holdings Co']);
  });

  it("keeps a title that a body is of, with no holder after it, in the body's name", () => {
    const extraction = extractEntities(
      'Ruling due.\n\nThe Vallen Court of Justice ruled, and the U.S. Department of Justice objected. Ministry of Justice official Ann Koss agreed.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallen Court of Justice',
      'U.S. Department of Justice',
      'Ministry of Justice',
    ]);
    expect(names(extraction.people)).toEqual(['Ann Koss']);
  });

  it('takes a report for a document, not the body that wrote it', () => {
    const extraction = extractEntities(
      'Inquiry ends.\n\nThe Tower Commission Report said the National Security Council staff erred.',
    );
    expect(names(extraction.organisations)).toEqual(['National Security Council']);
  });
});

describe('extractEntities on "Am" inside a name', () => {
  it('keeps "Am" after a capitalised word in the name, and takes the hour for no name', () => {
    const extraction = extractEntities(
      'Airline sold.\n\nThe bombing of a Pan Am flight over the sea was recalled at 10 am on Friday.',
    );
    expect(names(extraction.organisations)).toEqual(['Pan Am']);
  });
});

describe('extractEntities on a title word that opens a body', () => {
  it('keeps a title word and a nationality before a body word in the body, and splits off a descriptor', () => {
    const extraction = extractEntities(
      "Film opens.\n\nIt recounts the life of Tomas Brenner, the Irish Republican Army's chief. The Republican National Committee met. U.S. Carmaker General Motors hopes to sell cars. Continental General Insurance Co rose.",
    );
    expect(names(extraction.organisations)).toEqual([
      'Irish Republican Army',
      'Republican National Committee',
      'General Motors',
      'Continental General Insurance Co',
    ]);
    expect(names(extraction.people)).toEqual(['Tomas Brenner']);
  });
});

describe("extractEntities on a plural's possessive inside a body's name", () => {
  it("keeps a members' body whole, and takes a company's possessive for its owner", () => {
    const extraction = extractEntities(
      "Bond traders meet.\n\nThe Vallen Bond Traders' Association said it was recommending a change. Tarsk Amusements' Quillane Holdings Inc was sold.",
    );
    expect(names(extraction.organisations)).toEqual(["Vallen Bond Traders' Association", 'Quillane Holdings Inc']);
  });
});

describe('extractEntities on two bodies joined by "and" that open with the same word', () => {
  it('reads them as two names, each whole and judged by its own words', () => {
    const extraction = extractEntities(
      'Bonds to come.\n\nNext week Vallen Electric Power and Vallen Harbour Holdings are likely to launch dollar deals, as is Vallen Electric Power and Vallen International Airport.',
    );
    expect(names(extraction.organisations)).toEqual(['Vallen Electric Power', 'Vallen Harbour Holdings']);
    expect(names(extraction.people)).toEqual([]);
  });

  it('keeps a body whole whose two sides open differently, or that repeats one word', () => {
    const extraction = extractEntities(
      'Trade body meets.\n\nThe Vallen Food and Drug Administration met the Harbour and Harbour Holdings board on Friday.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallen Food and Drug Administration',
      'Harbour and Harbour Holdings',
    ]);
  });
});

describe('extractEntities on a place with the adjective of a nation or faith before it', () => {
  it('reads the place, not a body of its words, and keeps a place or a bank named so whole', () => {
    const extraction = extractEntities(
      'Settlers move.\n\nThe expansion of Jewish West Bank settlements went on. The Palestinian West Bank town was quiet. British Columbia voted, and Swiss Volksbank lent.',
    );
    expect(names(extraction.organisations)).toEqual(['Swiss Volksbank']);
    expect(names(extraction.places)).toEqual(['West Bank', 'British Columbia']);
  });
});
