import { describe, expect, it } from 'vitest';
import { isSportsReport } from '../../../../src/ingest/extractor/sports-reports.ts';
import { tokenise } from '../../../../src/ingest/extractor/tokens.ts';

const sporting = (text: string) => isSportsReport(tokenise(text));

describe('isSportsReport', () => {
  it('takes a text dense with sports words of two kinds or more for a sports report', () => {
    expect(sporting('Leeds beat Sheffield 2-1 in the league. Their striker scored two goals in the match.')).toBe(true);
  });

  it('takes no business story for one, however often it repeats one sports word ("won", "points")', () => {
    expect(sporting('Div 50 won vs 50 won. Net profit 6.91 billion won vs 5.10 billion won.')).toBe(false);
    expect(
      sporting(
        'The bonds yield 112 basis points over Treasuries, 115 points on the second issue and 131 points on the third.',
      ),
    ).toBe(false);
  });

  it('takes the results of a race, a stage or qualifying for a sports report', () => {
    expect(
      sporting(
        'Leading results of the final stage on Saturday: 1. Piet Laver (Netherlands) Kelso 4 hours 2. Emre Toksoz (Turkey) Marlow 5 seconds. Final overall placings after six stages: 1. Lars Hedvall (Sweden) Kelso 20:36:54',
      ),
    ).toBe(true);
    expect(
      sporting(
        'Top drivers on the grid for the race after final qualifying: 1. Gail Marten (U.S.), Reynard Honda, 53.980',
      ),
    ).toBe(true);
  });
});
