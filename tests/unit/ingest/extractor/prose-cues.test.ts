import { describe, expect, it } from 'vitest';
import { extractEntities, type Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import { registryNames } from '../../../helpers/registry-names.ts';

const names = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= 0.5).map((mention) => mention.name);

describe('extractEntities on the bylines and sign-offs of wire stories', () => {
  it('reads the reporter of a byline run into its dateline, and the place apart', () => {
    const extraction = extractEntities(
      'Harbour talks resume.\n\nMarta Kellison PORT ALDER 2026-08-30 Talks resumed on Friday, officials said.\n\nTomas Brenner VALLEN, Eastland 2026-08-31 The strike ended.',
    );
    expect(names(extraction.people)).toEqual(['Marta Kellison', 'Tomas Brenner']);
    expect(names(extraction.places)).toEqual(expect.arrayContaining(['PORT ALDER', 'VALLEN', 'Eastland']));
  });

  it('takes a byline for no cue, so a bare surname elsewhere is not the reporter on its strength', () => {
    const extraction = extractEntities('Talks resume.\n\nDeborah Valence VALLEN 2026-08-30 Talks resumed.');
    expect(extraction.people.map((mention) => [mention.name, mention.cue])).toEqual([['Deborah Valence', false]]);
  });
});

describe('extractEntities on bodies named bare, with the kind of body beside them', () => {
  it('reads a newspaper, a firm or a group by the noun before or after its name', () => {
    const extraction = extractEntities(
      'Strike talks fail.\n\nThe official newspaper Vortna reported the talks had failed. Kessel Varho daily said a mineral water firm Drellico would bid. The pressure group Helsen Watch in London said so.',
    );
    expect(names(extraction.organisations)).toEqual(['Vortna', 'Kessel Varho', 'Drellico']);
    expect(names(extraction.people)).toEqual([]);
  });

  it('reads a name after a business noun as a company even in the words of a person’s name', () => {
    const extraction = extractEntities(
      'Ferry sinks.\n\nThe ferry was owned by the British company Marta Kellison, officials said. The airline Tomas Brenner said so.',
    );
    expect(names(extraction.organisations)).toEqual(['Marta Kellison', 'Tomas Brenner']);
    expect(names(extraction.people)).toEqual([]);
  });

  it('reads no paper in a unit a figure counts before "daily" or "weekly"', () => {
    const extraction = extractEntities(
      'Rebates set.\n\nThe rebate was fixed at 141 Vallens a tonne against a previous 20 Vallen daily rebate, and 30 Kessel weekly.',
    );
    expect(names(extraction.organisations)).toEqual([]);
  });

  it('reads the wire desk of a sign-off, without the label of its phone number, and its reporter', () => {
    const extraction = extractEntities(
      'Grain prices rose.\n\nTraders said prices rose. -- Marta Kellison, Vallen Newsroom +44 171 542 8062\n\nPrices fell. -- Eastland Commodities +91-22-265 9000\n\nPrices held. -- Air Freight Newsroom Tel+44 171 542 8982',
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallen Newsroom',
      'Eastland Commodities',
      'Air Freight Newsroom',
    ]);
    expect(names(extraction.people)).toEqual(['Marta Kellison']);
  });

  it('reads a name and its translation in brackets before the noun as the body, both of them', () => {
    const extraction = extractEntities(
      "Editor freed.\n\nHen Kessaly, former editor of the Vortna Thmei (New Dawn) newspaper, was freed. Rival Kessel Varho (Dawn Star) daily said so. The talks (Friday) went on. The semi-official United Arab Emirates' (UAE) daily Al Dawa said so, as did the Kessel Varho (London) daily.",
    );
    expect(names(extraction.organisations)).toEqual([
      'Vortna Thmei',
      'New Dawn',
      'Kessel Varho',
      'Dawn Star',
      'Al Dawa',
    ]);
    expect(names(extraction.people)).toEqual(['Hen Kessaly']);
  });

  it('reads a chamber, a bourse, an embassy and a centre for something as bodies', () => {
    const extraction = extractEntities(
      'Exports slow.\n\nThe Vallen Chamber of Commerce said exports fell. The Kessel Bourse fell too. The Centre for Kessel Studies agreed, the Vallen Embassy said.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallen Chamber of Commerce',
      'Kessel Bourse',
      'Centre for Kessel Studies',
      'Vallen Embassy',
    ]);
    expect(names(extraction.people)).toEqual([]);
  });

  it('takes no initial, and no carrier named as a ship, for a body', () => {
    const extraction = extractEntities(
      'Offer filed.\n\nShares offered by company N / A. The aircraft carrier Endeavour sailed.',
    );
    expect(names(extraction.organisations)).toEqual([]);
  });
});

describe('extractEntities on a trade named in the plural', () => {
  it("reads a name that ends in a trade's plural as a body, not a person or nothing", () => {
    const extraction = extractEntities(
      "Bonds fell.\n\nPrices fell after a strong Vallen Purchasing Managers' report. The Eastland Corn Growers said so, and Marta Kellison agreed. U.S. Bankers and Brazilian Growers were glad.",
    );
    expect(names(extraction.organisations)).toEqual(['Vallen Purchasing Managers', 'Eastland Corn Growers']);
    expect(names(extraction.people)).toEqual(['Marta Kellison']);
  });
});

describe("extractEntities on a person's initials in brackets", () => {
  it("takes the initials just after a person's name for the person's, not a body, and the same initials elsewhere for a body", () => {
    const extraction = extractEntities(
      'Calendar.\n\n1990 - British historian Alan John Percivale (A.J.P.) Taylor died. The I.M.F. spoke, and so did Ian Mark Forbes.',
    );
    expect(names(extraction.organisations)).toEqual(['I.M.F.']);
  });
});

describe('extractEntities on unknown names after a preposition', () => {
  it('reads an unknown pair after "of", "to" or "from" as a person, and after "in" as no one', () => {
    const extraction = extractEntities(
      'Novel prize.\n\nHe wrote under the government of Veltra Marskon and wrote to Oskar Brannig. Talks were held in Vallen Heath.',
    );
    expect(names(extraction.people)).toEqual(['Veltra Marskon', 'Oskar Brannig']);
  });
});

describe('extractEntities on a name, "of" and a body', () => {
  it('cuts a person shaped pair from the body after "of"', () => {
    const extraction = extractEntities(
      'Talks held.\n\n" We are ready, " Tarik Venhoud of the Eastland Democratic Party told reporters.',
    );
    expect(names(extraction.people)).toEqual(['Tarik Venhoud']);
    expect(names(extraction.organisations)).toEqual(['Eastland Democratic Party']);
  });

  it('ends a company name at its legal form before "of" a place, unless a legal form ends what follows', () => {
    const extraction = extractEntities(
      'Deals done.\n\nThe Vandor Chemical Co of the United States will invest. Kessel Edison Co of New York Inc cut rates.',
    );
    expect(names(extraction.organisations)).toEqual(['Vandor Chemical Co', 'Kessel Edison Co of New York Inc']);
  });

  it('reads a body an organisation word opens with "of" as a body, whatever word ends it', () => {
    const extraction = extractEntities(
      'Aid pledged.\n\nHe thanked the Organisation of Eastland Conference on Saturday.',
    );
    expect(names(extraction.organisations)).toEqual(['Organisation of Eastland Conference']);
  });
});

describe('extractEntities on names listed together', () => {
  it('reads an undecided name in a list of organisations as one of them', () => {
    const extraction = extractEntities(
      'Oil firms invest.\n\nFirms including Velmont Petroleum Corp, Sarhall and Caltrix were attracted to the port.',
    );
    expect(names(extraction.organisations)).toEqual(['Velmont Petroleum Corp', 'Sarhall', 'Caltrix']);
  });

  it('takes no initial and no field of a table row for a listed organisation', () => {
    const extraction = extractEntities(
      'Ratings cut.\n\nKessel Ratings Corp, S and P cut the rating.\n\nVelmont Petroleum Corp, Sarhall 3.40 5.60 7.80 9.10',
    );
    expect(names(extraction.organisations)).toEqual(['Kessel Ratings Corp', 'Velmont Petroleum Corp']);
  });
});

describe('extractEntities on a company named again more briefly', () => {
  it('folds the name without its closing organisation words into the company named in full', () => {
    const extraction = extractEntities(
      'Plant planned.\n\nCaltrix Petroleum Corp plans to build a plant. Firms including Velmont Oil Corp, Sarhall and Caltrix were attracted.',
    );
    const caltrix = extraction.organisations.find((mention) => mention.name === 'Caltrix Petroleum Corp');
    expect(caltrix?.surfaces).toEqual(['Caltrix Petroleum Corp', 'Caltrix']);
    expect(names(extraction.organisations)).not.toContain('Caltrix');
  });
});

describe('extractEntities on a firm of partners', () => {
  it('reads a name that ends in "Bros." or "Brothers" as a firm, not a person', () => {
    const extraction = extractEntities(
      'Markets rally.\n\n" Strong data, " said a strategist at Kessel Bros. Warner Brothers said nothing.',
    );
    expect(names(extraction.organisations)).toEqual(['Kessel Bros', 'Warner Brothers']);
    expect(names(extraction.people)).toEqual([]);
  });

  it('keeps a company its legal form closed apart from the partners listed after its comma', () => {
    const extraction = extractEntities(
      'Paper sold.\n\nIt appointed Vallis Capital Markets Ltd, Samuel Quill and Co Ltd as dealers. Kessel, Varrick and Co. led it.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallis Capital Markets Ltd',
      'Samuel Quill and Co Ltd',
      'Kessel, Varrick and Co.',
    ]);
  });
});

describe('extractEntities on office holders named with their body', () => {
  it('takes a title off a name with a particle in it', () => {
    const extraction = extractEntities('Talks held.\n\nHe met Bank of France Governor Jacques de Varonne on Monday.');
    expect(names(extraction.people)).toEqual(['Jacques de Varonne']);
    expect(names(extraction.organisations)).toEqual(['Bank of France']);
  });

  it('cuts the holder of an office from the body of a place written before the name', () => {
    const extraction = extractEntities(
      'Talks held.\n\nThey met the Governor of the Bank of England Robin Kesterly-Vane on Monday.',
    );
    expect(names(extraction.people)).toEqual(['Robin Kesterly-Vane']);
    expect(names(extraction.organisations)).toEqual(['Bank of England']);
  });

  it("takes a company officer's title off the name, not into a body", () => {
    const extraction = extractEntities(
      'Officers leave.\n\nVallis Corp said Chief Financial Officer Gary B. Kellison will retire. Chief Executive Officer Tom Quill and Chief Operating Officer Ann Rell stay, the Financial News Network said.',
    );
    expect(names(extraction.people)).toEqual(['Gary B. Kellison', 'Tom Quill', 'Ann Rell']);
    expect(names(extraction.organisations)).toEqual(['Vallis Corp', 'Financial News Network']);
    expect(extraction.people[0]?.roles).toEqual(['Chief Financial Officer']);
  });
});

describe('extractEntities on rulers', () => {
  it('keeps a regnal "I" with the ruler, and the pronoun out of a name', () => {
    const extraction = extractEntities(
      'This day in history.\n\n1533 - Queen Varenna I born. 1822 - Brazil became independent and Tomaso I became Emperor. Later Marta I think was right.',
    );
    expect(names(extraction.people)).toEqual(expect.arrayContaining(['Varenna I', 'Tomaso I']));
    expect(names(extraction.people)).not.toContain('Marta I');
  });
});

describe('extractEntities on Arabic names written with their article', () => {
  it('keeps "al-" and "el-" surnames in the name, and a name an article opens whole', () => {
    const extraction = extractEntities(
      'Suspects held.\n\nPolice captured their leader Tarek al-Mansouri. President Karim el-Hadawi Ben Nour spoke. Members of the militant group al-Jama al-Wataniya were held. Earlier al-Nadwa said so.',
    );
    expect(names(extraction.people)).toEqual(['Tarek al-Mansouri', 'Karim el-Hadawi Ben Nour']);
    expect(names(extraction.organisations)).toEqual(['al-Jama al-Wataniya']);
  });
});

describe('extractEntities on the fields of a form', () => {
  it('takes no label before a colon for an organisation', () => {
    const extraction = extractEntities(
      'Bond sale.\n\nAMT: 4,200,000 DATE: 09/05/96 ISSUER: Vallen County Water Authority CPN: 11/01/96 CALL: 11/1/05',
    );
    expect(names(extraction.organisations)).toEqual(['Vallen County Water Authority']);
  });

  it('takes "NA" (not available) and "None" in a field for no name, and keeps a bank whose legal form is "NA"', () => {
    const extraction = extractEntities(
      'Bond sale.\n\nISSUER: Vallen County Water Authority CPN: 11/01/96 M / F: NA / NA ENHANCEMENTS: None BANK QUAL: Y. The agent is Harlow Bank NA, a unit of Kessel Corp.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Vallen County Water Authority',
      'Harlow Bank NA',
      'Kessel Corp.',
    ]);
  });
});

describe('extractEntities on abbreviated titles', () => {
  it('takes an abbreviated title off the name even after a word that is also a given name', () => {
    const extraction = extractEntities(
      'Debate set.\n\nFormer South Carolina Gov. Marten Kessling, who ran in 1988, said so. John Major spoke.',
    );
    expect(names(extraction.people)).toEqual(['Marten Kessling', 'John Major']);
    expect(extraction.people.find((mention) => mention.name === 'Marten Kessling')?.roles).toEqual(['Gov.']);
  });
});

describe('extractEntities on airlines', () => {
  it('reads the name before what an airline flies as the airline', () => {
    const extraction = extractEntities(
      'No new inquiry.\n\nThe 1992 crash of an El Varo freighter killed 43. A Kessel Air flight was delayed.',
    );
    expect(names(extraction.organisations)).toEqual(['El Varo', 'Kessel Air']);
    expect(names(extraction.people)).toEqual([]);
  });
});

describe('extractEntities on words of grammar a registry holds', () => {
  it('takes no preposition for the organisation a table heading registered', () => {
    const known = registryNames({
      organisations: [{ id: 'in', name: 'IN', aliases: [], roles: [], status: 'auto' }],
    });
    const extraction = extractEntities(
      'Novels listed.\n\nHis novels translate as " In the Year of January " (1963). In the same interview he spoke.',
      known,
    );
    expect(names(extraction.organisations)).toEqual([]);
  });
});

describe('extractEntities on a name before a place noun', () => {
  it('reads a name before "area" or "region" as a place\'s, not a person', () => {
    const extraction = extractEntities(
      'Troops advance.\n\nTroops took positions in the Haj Tarvel area and the Ulden Sarro region, radio said. Farid Tolani told reporters so.',
    );
    expect(names(extraction.people)).toEqual(['Farid Tolani']);
    expect(names(extraction.organisations)).toEqual([]);
    expect(names(extraction.places)).toEqual(expect.arrayContaining(['Haj Tarvel', 'Ulden Sarro']));
  });

  it('files the name as a place wherever the article names it again', () => {
    const extraction = extractEntities(
      'Troops advance.\n\nTroops took the Haj Tarvel border area on Friday. The area between Haj Tarvel and the town of Rawen was quiet.',
    );
    expect(names(extraction.people)).toEqual([]);
  });

  it('keeps a person with a given name before such a noun a person', () => {
    const extraction = extractEntities('Visit planned.\n\nOfficials said Maria Kellison region chiefs would meet.');
    expect(names(extraction.people)).toEqual(['Maria Kellison']);
  });
});

describe('extractEntities on the state or city abbreviation after a town', () => {
  it('reads "N.J.", "Ky." and "H.K." as places, not bodies', () => {
    const extraction = extractEntities(
      'Plant sold.\n\nThe company said the two plants, one in Cherry Hill, N.J., the other in Clinton, Ky., were sold to Harlow Steel Corp. It issued a 200 mln H.K. Dlr certificate of deposit.',
    );
    expect(names(extraction.organisations)).toEqual(['Harlow Steel Corp.']);
    expect(names(extraction.places)).toEqual(expect.arrayContaining(['N.J.', 'Ky']));
  });

  it('reads the capitals that name Hong Kong and the Emirates in headlines as places, not bodies', () => {
    const extraction = extractEntities(
      'HK has infrastructure in place for post-97.\n\nHong Kong is ready, officials said. UAE says oil output steady.',
    );
    expect(names(extraction.organisations)).toEqual([]);
    expect(names(extraction.places)).toEqual(expect.arrayContaining(['HK', 'UAE']));
  });

  it('keeps a body whose name starts with such an abbreviation, and a title that is one too', () => {
    const extraction = extractEntities('Shares rose.\n\nShares of L.A. Gear Inc rose, and Miss Anna Kellison said so.');
    expect(names(extraction.organisations)).toEqual(['L.A. Gear Inc']);
    expect(names(extraction.people)).toEqual(['Anna Kellison']);
  });

  it('reads a county named by its state as a place, and one that acts, or a body in it, as a body', () => {
    const extraction = extractEntities(
      'Coal sold.\n\nThe company bought coal reserves in Pike County, Ky., from Rouge Steel Co, and a plant in Defiance County, Ohio. Dade County officials agreed, and so did Peoples National Bank of Rockland County, N.Y.',
    );
    expect(names(extraction.organisations)).toEqual([
      'Rouge Steel Co',
      'Dade County',
      'Peoples National Bank of Rockland County',
    ]);
    expect(names(extraction.places)).toEqual(expect.arrayContaining(['Pike County', 'Defiance County']));
  });
});
