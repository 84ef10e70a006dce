import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/ingest/extractor/extract-entities.ts';

const names = (text: string) => {
  const { people, organisations } = extractEntities(text);
  return { people: people.map((mention) => mention.name), organisations: organisations.map((mention) => mention.name) };
};

describe('the results lines of sports reports', () => {
  it("reads the team after a competitor's country as an organisation, whatever given name it opens with", () => {
    const results =
      'Leading results of the final stage of the race on Saturday: 1. Piet Laver (Netherlands) Kelso Dunmore 4 hours 48 mins ' +
      '2. Emre Toksoz (Turkey) Marlow 5 seconds behind 3. Lars Hedvall (Sweden) Kelso Dunmore same time.\n\n' +
      'Top drivers on the grid after final qualifying (driver, country, chassis, motor, lap time): ' +
      '1. Gail Marten (U.S.), Reynard Honda, 53.980 2. Ivan Petrov (Russia), Lola Ford, 54.483';
    expect(names(results)).toEqual({
      people: ['Piet Laver', 'Emre Toksoz', 'Lars Hedvall', 'Gail Marten', 'Ivan Petrov'],
      organisations: ['Kelso Dunmore', 'Marlow', 'Reynard Honda', 'Lola Ford'],
    });
  });

  it('leaves the next player of a line-up with countries in brackets a person', () => {
    const squad =
      'The coach named his squad for the final round of the tournament, and the striker scored two goals in the match: ' +
      'Martin Holloway (England), Scott Dunmore (Wales), Gavin Toksoz (Scotland).';
    expect(names(squad).people).toEqual(['Martin Holloway', 'Scott Dunmore', 'Gavin Toksoz']);
  });

  it('reads a line-up of bare surnames as players where it names two of them in full elsewhere', () => {
    const report =
      "The coach named the team for Saturday's qualifying match in the league. Gary Dunmore was selected ahead of " +
      'Phil Toksoz in defence, and Ian Hedvall makes his debut. The team is as follows: Laver, Dunmore, Marlow, ' +
      'Hedvall, Ardmore, Kelso. - - Dublin Newsroom +353 1 676 9779';
    expect(names(report).people).toEqual([
      'Gary Dunmore',
      'Phil Toksoz',
      'Ian Hedvall',
      'Laver',
      'Marlow',
      'Ardmore',
      'Kelso',
    ]);
    const clubs = 'Leeds beat Sheffield 2-1 in the league match. The leaders are Kelso, Marlow, Ardmore and Dunmore.';
    expect(names(clubs).people).toEqual([]);
  });

  it("keeps a town's initial in brackets with its club's name, and takes the initial alone for nothing", () => {
    const results =
      'Results of league soccer matches played on Saturday: Division A Kelso 2 Mladost (L) 0 Zemun 1 Rad (B) 0 ' +
      'Borac 1 Mladost (BJ) 2 Zeleznik (B) 1 Dunmore 0';
    expect(names(results).organisations).toEqual([
      'Kelso',
      'Mladost (L)',
      'Zemun',
      'Rad (B)',
      'Borac',
      'Mladost (BJ)',
      'Zeleznik (B)',
      'Dunmore',
    ]);
  });
});
