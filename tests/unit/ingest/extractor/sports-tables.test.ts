import { describe, expect, it } from 'vitest';
import { extractEntities, ruleCandidates } from '../../../../src/ingest/extractor/extract-entities.ts';
import { tokenise } from '../../../../src/ingest/extractor/tokens.ts';

const organisations = (text: string) => extractEntities(text).organisations.map((mention) => mention.name);
const people = (text: string) => extractEntities(text).people.map((mention) => mention.name);

describe('the tables and clubs of sports reports', () => {
  it('reads every club of a standings table flattened into one paragraph, after its headings', () => {
    const table =
      'League standings after games played on Thursday (won, lost, percentage, games behind): ' +
      'EASTERN DIVISION W L PCT GB NORTH CITY 74 59.556 - LEEDS 70 63.526 4 PORT ALDER 69 65.515 5 1/2 ' +
      'CENTRAL DIVISION KELSO 80 53.602 - CORVE 71 64.526 10 MALLOW 67 67.500 13 1/2 ARDMORE 61 74.452 20 ' +
      'SATURDAY, AUGUST 31 SCHEDULE KELSO AT LEEDS NORTH CITY AT CORVE MALLOW AT ARDMORE';
    expect(organisations(table)).toEqual(['NORTH CITY', 'LEEDS', 'PORT ALDER', 'KELSO', 'CORVE', 'MALLOW', 'ARDMORE']);
  });

  it('takes no country, person or heading in capitals before figures for a club', () => {
    const table =
      'Group standings in the league: GROUP A FRANCE 3 2 1 0 7 CORVE 3 1 1 1 4 BELGIUM 3 0 1 2 1 ' +
      'LEADING SCORES AFTER THE FIRST ROUND OF THE CUP: PETER HOLLOWAY 68 70 138 IAN WOODS 69 70 139';
    expect(organisations(table)).toEqual(['CORVE']);
    expect(people(table)).toEqual([]);
  });

  it('takes the boilerplate of a results table (attendance, halftime, standings, scorers) for no name', () => {
    const report =
      'Kelso beat Corve 1-0 (halftime 1-0) in their league match on Saturday.\n\n' +
      'Scorer: Piet Laver (28th) Attendance: 20,000\n\n' +
      'Standings after the matches played on Saturday: Kelso 3 2 1 0 6 Corve 3 1 1 1 4 Mallow 3 0 1 2 1\n\n' +
      'Halftime 0-0 Attendance 12,000';
    expect(organisations(report)).toEqual(['Kelso', 'Corve', 'Mallow']);
    expect(people(report)).toEqual(['Piet Laver']);
  });

  it("folds a club's town or nickname alone into the one club the report names in full, not a town two clubs share", () => {
    const report =
      'The Leeds Herons beat the Sheffield Otters 6-0 in the league on Friday. Leeds scored four goals in the first ' +
      "half and the Herons won their third match of the season. Sheffield's coach said the Otters were tired. " +
      "Bristol City drew 1-1 with Bristol Rovers, and Bristol's coach was pleased.";
    expect(organisations(report)).toEqual(['Leeds Herons', 'Sheffield Otters', 'Bristol Rovers', 'Bristol']);
  });

  it('cuts the headings and column words of a results line off the clubs beside them', () => {
    const results =
      'Results of league soccer matches played on Saturday: Division A Ardmore 2 Mallow 1 Kelso 0 Corve 0 ' +
      'Postponed: Dunmore v Leeds, Sheffield v Barnsley Playing Sunday: Bury v Bolton Division two Wigan 1 Tranmere 0. ' +
      'Standings (won, drawn, lost, points): W D L Pts Ardmore 4 3 1 0 10 Corve 4 2 1 1 7 Hartlepool 4 1 1 2 4 Mallow 4 0 1 3 1';
    expect(organisations(results)).toEqual([
      'Ardmore',
      'Mallow',
      'Kelso',
      'Corve',
      'Leeds',
      'Sheffield',
      'Barnsley',
      'Bolton',
      'Wigan',
      'Tranmere',
      'Hartlepool',
    ]);
  });

  it('leaves a lone initial, and a section named by its own words, as they are', () => {
    const report =
      'Leeds beat Sheffield 2-1 in the league match. W Holloway scored both goals for the American League side.';
    const surfaces = ruleCandidates(tokenise(report)).map((candidate) => candidate.surface);
    expect(surfaces).toContain('W Holloway');
    expect(organisations(report)).toEqual(['Leeds', 'Sheffield', 'American League']);
  });

  it('reads a name ending in its town as a club, and the club without its town as the club too', () => {
    const report =
      'Torpedo Volgograd must play their next home game behind closed doors after fans hurled bottles at Zenit Moscow ' +
      "players during a 1-0 home defeat in the league on Saturday that ended Torpedo's spell as leaders. Torpedo will " +
      'play the match to empty stands. The Volgograd side were fined.';
    expect(organisations(report)).toEqual(['Torpedo Volgograd', 'Zenit Moscow']);
  });

  it("reads a player whose surname is a town as the player, wherever the town's club reading took it", () => {
    const report =
      'Emre Toksoz beat the 11th-seeded Sheffield 6-4 in the semifinal match of the tournament on Saturday. Wimbledon ' +
      'finalist Jane Sheffield, who won the title last season, came back before Sheffield served for the match. ' +
      '"I just kept playing," said Sheffield.';
    expect(organisations(report)).toEqual([]);
    expect(people(report)).toEqual(['Emre Toksoz', 'Jane Sheffield']);
  });
});
