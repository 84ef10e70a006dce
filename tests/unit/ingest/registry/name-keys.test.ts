import { describe, expect, it } from 'vitest';
import {
  bareCompanyName,
  acronymKeys,
  endsInSurname,
  isAcronymName,
  isParticleSurname,
  nameKey,
  spellingKey,
  surnameKey,
  withoutMiddleInitials,
} from '../../../../src/ingest/registry/name-keys.ts';

describe('nameKey', () => {
  it("treats 'I.B.M.' and 'IBM' as one name", () => {
    expect(nameKey('I.B.M.')).toBe(nameKey('IBM'));
  });

  it('ignores case, extra spaces and a final possessive', () => {
    expect(nameKey("  Putin's ")).toBe('putin');
    expect(nameKey('Vladimir   PUTIN')).toBe('vladimir putin');
    expect(nameKey('Putin’s')).toBe('putin');
  });

  it('keeps accents, so distinct spellings stay distinct keys', () => {
    expect(nameKey('São Paulo')).not.toBe(nameKey('Sao Paulo'));
  });
});

describe('surnameKey', () => {
  it('is the last word of the name', () => {
    expect(surnameKey('Rajnath Singh')).toBe('singh');
    // A suffix follows the surname; a numeral may follow a regnal name, so it stays.
    expect(surnameKey('Harold Vance Jr.')).toBe('vance');
    expect(surnameKey('Harold Vance Sr')).toBe('vance');
    expect(surnameKey('Gregory XX')).toBe('xx');
    expect(surnameKey('Jr.')).toBe('jr');
  });
});

describe('acronymKeys', () => {
  it('takes the initials of the capitalised words of a name of three or more', () => {
    expect(acronymKeys('Central Intelligence Agency')).toEqual(['cia']);
    expect(acronymKeys('Securities and Exchange Commission')).toEqual(['sec']);
  });

  it('keeps the "of" of a department, ministry or bank of its subject, with or without its country', () => {
    expect(acronymKeys('U.S. Department of Transportation')).toEqual(['udt', 'dot']);
    expect(acronymKeys('Bank of Japan')).toEqual(['boj']);
    expect(acronymKeys('Ministry of International Trade and Industry')).toEqual(['miti', 'moiti']);
    expect(acronymKeys('Bank of Tokyo Ltd')).toEqual(['btl', 'bt', 'bot']);
    expect(acronymKeys('Department of the Treasury')).toEqual([]);
  });

  it("also takes a company's initials without its legal form, two words or more", () => {
    expect(acronymKeys('General Motors Corp')).toEqual(['gmc', 'gm']);
    expect(acronymKeys('Chrysler Corp')).toEqual([]);
  });

  it('has none for shorter names', () => {
    expect(acronymKeys('World Bank')).toEqual([]);
  });
});

describe('isAcronymName', () => {
  it('accepts capitals with or without full stops, and nothing else', () => {
    expect(isAcronymName('CIA')).toBe(true);
    expect(isAcronymName('I.C.O.')).toBe(true);
    expect(isAcronymName('Cia')).toBe(false);
  });
});

describe('spellingKey', () => {
  it('reads -isation as -ization, "&" as "and", and drops hyphens and "the"', () => {
    expect(spellingKey('Organisation of Petroleum Exporting Countries')).toBe(
      spellingKey('Organization of the Petroleum Exporting Countries'),
    );
    expect(spellingKey('Organisation for Economic Co-operation')).toBe(
      spellingKey('Organization for Economic Cooperation'),
    );
    expect(spellingKey('Marks & Spencer')).toBe(spellingKey('Marks and Spencer'));
    expect(spellingKey('Petroleum Exporting Countries')).not.toBe(
      spellingKey('Organization of Petroleum Exporting Countries'),
    );
  });

  it('reads a legal form written out as its short form, and keeps two legal forms apart', () => {
    expect(spellingKey('Halvard Tool Company')).toBe(spellingKey('Halvard Tool Co'));
    expect(spellingKey('Halvard Savings Corporation')).toBe(spellingKey('Halvard Savings Corp.'));
    expect(spellingKey('Halvard Labs Limited')).toBe(spellingKey('Halvard Labs Ltd'));
    expect(spellingKey('Halvard Incorporated')).toBe(spellingKey('Halvard Inc'));
    expect(spellingKey('Halvard Corporation')).not.toBe(spellingKey('Halvard Co'));
  });

  it('reads a firm "and Co" with or without the legal form after it, and its partners with or without commas', () => {
    expect(spellingKey('Kidder, Peabody and Co Inc')).toBe(spellingKey('Kidder Peabody and Co'));
    expect(spellingKey('Merrill Lynch & Co. Inc.')).toBe(spellingKey('Merrill Lynch and Co'));
    expect(spellingKey('Morgan Grenfell and Co Ltd')).toBe(spellingKey('Morgan Grenfell and Co'));
    expect(spellingKey('Morgan Stanley and Co Inc')).not.toBe(spellingKey('Morgan Stanley Inc'));
    expect(spellingKey('Halvard Co Inc')).not.toBe(spellingKey('Halvard Co'));
  });

  it('reads words run together or apart as one spelling', () => {
    expect(spellingKey('PaineWebber Group Inc')).toBe(spellingKey('Paine Webber Group Inc'));
    expect(spellingKey('Hongkong Land')).toBe(spellingKey('Hong Kong Land'));
  });
});

describe('bareCompanyName', () => {
  it('drops the legal forms that end a name, and the "and" that joined them', () => {
    expect(bareCompanyName('General Motors Corp')).toBe('General Motors');
    expect(bareCompanyName('Merrill Lynch and Co Inc')).toBe('Merrill Lynch');
    expect(bareCompanyName('Hambrecht & Quist Inc')).toBe('Hambrecht & Quist');
    expect(bareCompanyName('Marks and Spencer Plc')).toBe('Marks and Spencer');
    expect(bareCompanyName('Corp')).toBe('Corp');
  });
});

describe('withoutMiddleInitials', () => {
  it('drops the initials between the first and the last word, and says whether there were any', () => {
    expect(withoutMiddleInitials('Mario M. Cuomo')).toEqual({ key: 'mario cuomo', initials: true });
    expect(withoutMiddleInitials('Mario Cuomo')).toEqual({ key: 'mario cuomo', initials: false });
    expect(withoutMiddleInitials('J. Smith')).toEqual({ key: 'j smith', initials: false });
  });
});

describe('surnames with particles', () => {
  it('reads particles and a surname alone as a surname, and a full name as ending in it', () => {
    expect(isParticleSurname('De Croo')).toBe(true);
    expect(isParticleSurname('van den Broek')).toBe(true);
    expect(isParticleSurname('Herman De Croo')).toBe(false);
    expect(isParticleSurname('Croo')).toBe(false);
    expect(endsInSurname('Herman De Croo', 'De Croo')).toBe(true);
    expect(endsInSurname('Bill Clinton', 'Clinton')).toBe(true);
    expect(endsInSurname('De Croo', 'De Croo')).toBe(false);
    expect(endsInSurname('Jan Van Croo', 'De Croo')).toBe(false);
  });
});
