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
});
