import { describe, expect, it } from 'vitest';
import { extractEntities, type Mention } from '../../../../src/ingest/extractor/extract-entities.ts';

const names = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= 0.5).map((mention) => mention.name);

describe('extractEntities on a company named bare, read by what it has', () => {
  it('reads a name with a board, a general manager or shares as a company, everywhere in the article', () => {
    const extraction = extractEntities(
      "Printer loses manager.\n\nVarrick said its losses came from Torvalo, one of its units. Until a new general manager of Torvalo is appointed, Sebren Hallit will stay on Torvalo's board of directors. Traders bought shares of Quillane on Friday.",
    );
    expect(names(extraction.organisations)).toEqual(expect.arrayContaining(['Torvalo', 'Quillane']));
    expect(names(extraction.people)).not.toContain('Torvalo');
  });

  it('takes a spokesman or a stake for no such cue, since a person has them too', () => {
    const extraction = extractEntities(
      "Investor buys in.\n\nA spokesman for Hallit said on Friday that Hallit's stake had grown, Hallit told reporters.",
    );
    expect(names(extraction.organisations)).toEqual([]);
  });
});

describe('extractEntities on a company named by its shares', () => {
  it('reads a name just before "shares" or "stock" as a company', () => {
    const extraction = extractEntities(
      'Bid lifts stocks.\n\nKessel Oil shares rose 5 percent. The fund sold its two mln Torvalo shares and some Quillane stock.',
    );
    expect(names(extraction.organisations)).toEqual(['Kessel Oil', 'Torvalo', 'Quillane']);
  });

  it('takes a people’s shares, a class of shares, a common word and a stock exchange for no company', () => {
    const extraction = extractEntities(
      'Markets mixed.\n\nJapanese shares fell. Class A shares and B shares rose. The offer is 2 mln shares. Total shares offered rose. The bank will list on the Vallen stock exchange.',
    );
    expect(names(extraction.organisations)).toEqual([]);
  });
});

describe('extractEntities on a company named bare, read by an apposition', () => {
  it('reads a name as a body where an apposition after it is headed by a body noun', () => {
    const extraction = extractEntities(
      'Firms merge.\n\nTorvalo, the first foreign company to list in Vallen, said so. Quillane, a privately held firm that runs mail services, agreed. Sarhall, a wholly owned subsidiary of Torvalo, will close.',
    );
    expect(names(extraction.organisations)).toEqual(['Torvalo', 'Quillane', 'Sarhall']);
    expect(names(extraction.people)).toEqual([]);
  });

  it('reads the apposition past the name’s initials in brackets, and a watchdog as a body', () => {
    const extraction = extractEntities(
      'Toll rises.\n\nNewspapers quoted the Vallen Rights Observatory (VRO), a government-appointed watchdog, as saying so. Kessel Torvalo (KT), the first foreign company to list in Vallen, agreed.',
    );
    expect(names(extraction.organisations)).toEqual(
      expect.arrayContaining(['Vallen Rights Observatory', 'Kessel Torvalo']),
    );
    expect(names(extraction.people)).toEqual([]);
  });

  it('takes no person for a body by the words of a company spokesman or a report of speech', () => {
    const extraction = extractEntities(
      "Chief quits.\n\nMarta Kellison, a company spokesman, said so. Deborah Valence, a spokesman for the group, agreed. Tomas Brenner, the group's chairman, resigned, the company said. The chief was Sebren Hallit, the company said.",
    );
    expect(names(extraction.people)).toEqual(['Marta Kellison', 'Deborah Valence', 'Tomas Brenner', 'Sebren Hallit']);
    expect(names(extraction.organisations)).toEqual([]);
  });
});

describe('extractEntities on a company named again by its first word', () => {
  it('folds the first word alone, read as a body, into the company named in full', () => {
    const extraction = extractEntities(
      'Drug maker buys rival.\n\nTorvalo Medical Industries Inc said it paid 2,960,000 shares of Torvalo common stock for the rival. Torvalo stock closed down 1/8.',
    );
    const torvalo = extraction.organisations.find((mention) => mention.name === 'Torvalo Medical Industries Inc');
    expect(torvalo?.surfaces).toEqual(['Torvalo Medical Industries Inc', 'Torvalo']);
    expect(names(extraction.organisations)).not.toContain('Torvalo');
  });
});

describe('extractEntities on a company named again by two or more of its leading words', () => {
  it('folds two leading words or more into the company named in full, whatever word follows them', () => {
    const extraction = extractEntities(
      'Plant closed.\n\nWorkers rejected an offer from Vallis Beef Processors Inc. Vallis Beef, a subsidiary of Quill Petroleum Corp, closed the plant.',
    );
    expect(extraction.organisations.map((mention) => mention.name)).toEqual([
      'Vallis Beef Processors Inc.',
      'Quill Petroleum Corp',
    ]);
    expect(extraction.organisations[0]?.surfaces).toContain('Vallis Beef');
  });
});

describe('extractEntities on market indices', () => {
  it('takes the name that qualifies an index for no person and no organisation', () => {
    const extraction = extractEntities(
      "Stocks fall.\n\nThe Varrow Hale industrial average fell 31.44 points. London's QUILLEX 100 index climbed. The Tarsk average rose.",
    );
    expect(names(extraction.organisations)).toEqual([]);
    expect(names(extraction.people)).toEqual([]);
  });

  it('keeps the company that publishes an index where the text names it', () => {
    const extraction = extractEntities(
      'Stocks fall.\n\nThe Varrow Hale industrial average fell 31.44 points. Varrow Hale and Co said its profit rose.',
    );
    expect(names(extraction.organisations)).toEqual(['Varrow Hale and Co']);
  });
});

describe('extractEntities on banks named by a compound word', () => {
  it('reads a name ending in a word compounded with "bank" as a bank, after a role too', () => {
    const extraction = extractEntities(
      'Notes priced.\n\nThe coupon was cut to 1-5/8 pct, lead manager Vallish Volksbank said. Quillane Landesbank Torvalo and Rabobank Sarhall arranged the loan.',
    );
    expect(names(extraction.people)).toEqual([]);
    expect(names(extraction.organisations)).toEqual(
      expect.arrayContaining(['Vallish Volksbank', 'Quillane Landesbank Torvalo', 'Rabobank Sarhall']),
    );
  });

  it('takes "Interbank", a word for what is between banks, for no bank', () => {
    const extraction = extractEntities(
      'Rates rise.\n\nThe loan pays 1/8 point over the Vallen Interbank Offered Rate.',
    );
    expect(names(extraction.organisations)).toEqual([]);
  });
});

describe('extractEntities on a company whose name opens a sentence', () => {
  it('keeps a noun opening the sentence as the first word of a company its legal form closes', () => {
    const extraction = extractEntities(
      'Notes offered.\n\nBankers Halvard Co is raising 200 mln dlrs. Farmers Vallen Group Inc agreed. Yesterday Kessel Tool Co said so.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Bankers Halvard Co',
      'Farmers Vallen Group Inc',
      'Kessel Tool Co',
    ]);
  });
});

describe('extractEntities on a company whose legal form ends a sentence', () => {
  it('ends the name at the legal form where the next sentence opens with a capitalised word', () => {
    const extraction = extractEntities(
      "Bonds ease.\n\nThe issue was led by Vallish Securities Inc. Canada's bonds fell. A spokesman for Quillane and Co. Shares of Torvalo Corp rose.",
    );
    const organisations = names(extraction.organisations);
    expect(organisations).toEqual(
      expect.arrayContaining(['Vallish Securities Inc.', 'Quillane and Co.', 'Torvalo Corp']),
    );
    expect(organisations.some((name) => /Canada|Shares/.test(name))).toBe(false);
  });
});

describe('extractEntities on a market report run in after its heading', () => {
  it('reads no common word after the heading and its dash into the body named after it', () => {
    const extraction = extractEntities(
      'Bonds fall.\n\nThese are the markets on Friday. VALLENIA - Prices of Vallish Treasury securities fell.',
    );
    expect(names(extraction.organisations)).toEqual(['Vallish Treasury']);
  });
});

describe('extractEntities on a body named again without the place opening its name', () => {
  it('reads the words after the place as that body, unless two bodies the story names share them', () => {
    const one = extractEntities(
      "Options grow.\n\nThe Lisbon Stock Exchange's options market grew. Marta Kellison said the Stock Exchange aimed to grow.",
    );
    expect(one.organisations.map((mention) => [mention.name, mention.surfaces])).toEqual([
      ['Lisbon Stock Exchange', ['Lisbon Stock Exchange', 'Stock Exchange']],
    ]);
    const two = extractEntities(
      'Shares rise.\n\nShares rose on the New York Stock Exchange and on the American Stock Exchange. The Stock Exchange said so.',
    );
    expect(names(two.organisations)).toEqual(['New York Stock Exchange', 'American Stock Exchange', 'Stock Exchange']);
  });
});

describe("extractEntities on a company named again by the headline's shorter name", () => {
  it('reads the name without the legal form and the organisation words before it as the company', () => {
    const extraction = extractEntities(
      'Vallis Medical completes acquisition.\n\nVallis Medical Industries Inc said on Friday it completed the purchase of a plant.',
    );
    expect(names(extraction.people)).toEqual([]);
    expect(extraction.organisations.map((mention) => mention.name)).toEqual(['Vallis Medical Industries Inc']);
  });
});

describe('extractEntities on a company whose name holds a word in brackets', () => {
  it('keeps one word in brackets before the legal form inside the name, and its short form is the company', () => {
    const extraction = extractEntities(
      "Results due.\n\nVallish Torsen (Holdings) Ltd is expecting strong results. Vallish Torsen's earnings rose.",
    );
    expect(names(extraction.organisations)).toEqual(['Vallish Torsen (Holdings) Ltd']);
    expect(names(extraction.people)).toEqual([]);
  });
});

describe('extractEntities on a company owned by another or by a country', () => {
  it("cuts the owner's possessive off where a legal form or a country ends the owner's name", () => {
    const extraction = extractEntities(
      "Units sold.\n\nShares of Vallis Corp's Vallis Aerospace Corp rose, and so did those of Japan's Quill Machinery Works Ltd on Friday.",
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallis Corp',
      'Vallis Aerospace Corp',
      'Quill Machinery Works Ltd',
    ]);
  });

  it("cuts the owner's possessive off where the unit opens with the owner's first word", () => {
    const extraction = extractEntities(
      "Pipeline cleared.\n\nVallis Natural Power System's Vallis Power Transmission Corp said it is in compliance.",
    );
    expect(names(extraction.organisations)).toContain('Vallis Power Transmission Corp');
    expect(names(extraction.organisations)).not.toContain(
      "Vallis Natural Power System's Vallis Power Transmission Corp",
    );
  });

  it("keeps a possessive inside a company's name", () => {
    const extraction = extractEntities("Rating cut.\n\nThe rating by Vallo's Investors Service Inc stood.");
    expect(names(extraction.organisations)).toEqual(["Vallo's Investors Service Inc"]);
  });

  it('cuts off the possessive of a person the article names in full, which owns the company', () => {
    const extraction = extractEntities(
      "Bid made.\n\nTomas Brenner's bid has clouded the talks. Yesterday, Brenner's Halvard Airlines Inc made an offer.",
    );
    expect(names(extraction.organisations)).toEqual(['Halvard Airlines Inc']);
    expect(names(extraction.people)).toEqual(['Tomas Brenner']);
  });

  it("keeps a possessive inside a company's name whatever the run goes on to after it", () => {
    const extraction = extractEntities(
      "Rating cut.\n\nThe notes are rated Aa-3 by Vallo's Investors Service Inc and AA by Halvard Ratings Corp on Friday.",
    );
    expect(names(extraction.organisations)).toEqual(["Vallo's Investors Service Inc", 'Halvard Ratings Corp']);
  });
});
