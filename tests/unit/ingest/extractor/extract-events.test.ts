import { describe, expect, it } from 'vitest';
import { extractEvents, parseOrdinal } from '../../../../src/ingest/extractor/extract-events.ts';

const names = (text: string, kicker?: string) => extractEvents(text, kicker).map((event) => event.name);

describe('parseOrdinal', () => {
  it('reads numeric and spelled-out ordinals', () => {
    expect(parseOrdinal('23rd')).toBe(23);
    expect(parseOrdinal('1st')).toBe(1);
    expect(parseOrdinal('Fifth')).toBe(5);
    expect(parseOrdinal('Summit')).toBeUndefined();
  });
});

describe('extractEvents', () => {
  it('finds no event in a phrase that markup breaks, and takes no kicker holding markup', () => {
    const hostile =
      "Delegates arrived on Monday for the Geneva<img/src='x'/onerror=alert(document.domain)> Summit, officials said.";
    expect(names(hostile)).toEqual([]);
    expect(names('They met at the Oslo&lt;b&gt; Forum on Friday.')).toEqual([]);
    expect(names('The visit began.', 'Geneva<b> Summit')).toEqual([]);
  });
  it('finds a numbered summit with its series and number', () => {
    expect(extractEvents('He came to India for the 23rd India-Russia Annual Summit, which was held today.')).toEqual([
      {
        name: '23rd India-Russia Annual Summit',
        surfaces: ['23rd India-Russia Annual Summit'],
        series: 'india-russia-annual-summit',
        ordinal: 23,
      },
    ]);
  });
  it('finds an ordinal meeting named by its body, stopping before the place', () => {
    expect(
      names(
        'He welcomed the 26th meeting of the India-Russia Working Group on Trade and Economic Cooperation in Moscow.',
      ),
    ).toEqual(['26th meeting of the India-Russia Working Group on Trade and Economic Cooperation']);
  });
  it('finds an ordinal body followed by a lower-case meeting word', () => {
    expect(
      names('The 22nd India-Russia Inter-Governmental Commission ministerial meeting was held in New Delhi.'),
    ).toEqual(['22nd India-Russia Inter-Governmental Commission ministerial meeting']);
  });
  it('takes a kicker ending in a cue word as an event', () => {
    expect(names('The visit began.', "Putin's India Visit")).toEqual(["Putin's India Visit"]);
    expect(names('The visit began.', 'Budget 2025')).toEqual([]);
  });
  it('ignores generic and indefinite phrases', () => {
    expect(names("I believe this Leaders' Summit will help. Talks on a Free Trade Agreement began.")).toEqual([]);
    expect(names('The annual meeting was held. The Summit ended.')).toEqual([]);
  });
  it('resolves repeats to one event and keeps every surface', () => {
    const events = extractEvents(
      'The 1992 Olympic Games opened. Later the 1992 Olympic Games closed. The Olympic Games end.',
    );
    expect(events.map((event) => event.name)).toEqual(['1992 Olympic Games', 'Olympic Games']);
  });
  it('reads a sentence on past an abbreviation, but takes no abbreviated word into an event', () => {
    expect(names('Mr. Smith told the U.S. Congress about the Venice Economic Summit.')).toEqual([
      'Venice Economic Summit',
    ]);
  });
  it('finds a cue word in any case and with its punctuation, and nothing in sentences without one', () => {
    expect(names('Leaders flew to the Geneva SUMMIT, officials said. Nothing else happened.')).toEqual([
      'Geneva SUMMIT',
    ]);
    expect(names('(The Oslo Peace Forum) ended. Then came the Baltic Sea CONFERENCE.')).toEqual([
      'Oslo Peace Forum',
      'Baltic Sea CONFERENCE',
    ]);
    expect(names('The Geneva Summitry failed. Accordingly the Baltic Sea Talkshow ended.')).toEqual([]);
  });
  it('keeps spelled-out ordinals as numbers', () => {
    expect(extractEvents('the Fifth Asia Pacific Forum met.')[0]).toMatchObject({
      ordinal: 5,
      series: 'asia-pacific-forum',
    });
  });
});
