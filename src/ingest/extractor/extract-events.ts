import { toSlug } from '../../lib/slug.ts';
import { sentences } from '../text/sentences.ts';
import { isNameWord } from './tokens.ts';

/** A named event found in an article. */
export interface EventMention {
  /** Canonical name, without a leading "the": "23rd India-Russia Annual Summit". */
  name: string;
  /** Every form that referred to it here, in order of first appearance. */
  surfaces: string[];
  /** For a numbered event, the id of its series ("india-russia-annual-summit") and its number. */
  series?: string;
  ordinal?: number;
}

/** Words that end an event's name. Capitalised in names ("Summit"), lower-case after an ordinal ("26th meeting"). */
const CUE_WORDS = new Set(
  'summit meeting conference visit election elections games talks agreement accord treaty forum festival championship championships cup olympics congress convention dialogue expo referendum round session'.split(
    ' ',
  ),
);

/** Capitalised words that, alone before a cue, name no particular event ("Leaders' Summit", "Annual Meeting"). */
const GENERIC = new Set(
  "the a an this that these those next last first our their his her its leaders' leaders annual special general joint bilateral high-level emergency informal state official".split(
    ' ',
  ),
);

// "in" is left out on purpose: "… Cooperation in Moscow" names where, not what.
const EVENT_CONNECTORS = new Set(['of', 'on', 'and', 'for', 'the', '&', 'de', 'du', 'la']);

const ORDINAL_WORDS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );

/** `23rd` → 23, `Fifth` → 5; undefined for any other word. */
export function parseOrdinal(word: string): number | undefined {
  const numeric = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
  if (numeric) return Number(numeric[1]);
  const index = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return index === -1 ? undefined : index + 1;
}

// A word that can be part of a name at all (no markup: "Geneva<img …>" ends the phrase) and starts with a capital or digit.
const isCapitalised = (word: string) => /^[\p{Lu}\d]/u.test(word) && isNameWord(word);

/**
 * Finds named events: a capitalised phrase ending in a cue word ("the 23rd India-Russia Annual
 * Summit", "Putin's India Visit"), or an ordinal with a lower-case cue and the body it belongs to
 * ("the 26th meeting of the India-Russia Working Group …", "the 22nd India-Russia … Commission …
 * ministerial meeting"). The headline's kicker is an event when it ends in a cue word. Repeats
 * resolve to one event; numbered events carry their series and number.
 */
export function extractEvents(text: string, kicker?: string): EventMention[] {
  const found = new Map<string, EventMention>();
  const add = (surface: string) => {
    const name = surface.replace(/^the\s+/i, '').trim();
    const first = name.split(/\s+/)[0] ?? '';
    const ordinal = parseOrdinal(first);
    const key = toSlug(name);
    if (!key) return;
    const existing = found.get(key);
    if (existing) {
      if (!existing.surfaces.includes(surface)) existing.surfaces.push(surface);
      return;
    }
    const series = ordinal === undefined ? undefined : toSlug(name.slice(first.length));
    found.set(key, { name, surfaces: [surface], ...(series ? { series, ordinal } : {}) });
  };
  if (
    kicker &&
    CUE_WORDS.has(lastWord(kicker).toLowerCase()) &&
    isCapitalised(lastWord(kicker)) &&
    isNamePhrase(kicker)
  )
    add(kicker);
  for (const sentence of sentences(text)) {
    for (const surface of eventsInSentence(sentence)) add(surface);
  }
  return [...found.values()];
}

/* Every word of the phrase can be part of a name, so a kicker passed in cannot bring markup in. */
const isNamePhrase = (phrase: string) =>
  phrase
    .trim()
    .split(/\s+/)
    .every((word) => isNameWord(word) || EVENT_CONNECTORS.has(word));

function lastWord(phrase: string): string {
  return phrase.trim().split(/\s+/).at(-1) ?? '';
}

/*
 * Every cue word in one pattern. A sentence is read word by word only when its lower-case text has
 * one of them somewhere: a word stripped of its punctuation is part of the sentence, and lower-casing
 * maps each character alone (but for the Greek final sigma, in no cue word), so a word that reads as
 * a cue leaves the cue in the lower-cased sentence. Most sentences have none, and splitting and
 * stripping every word of every sentence was the larger part of finding events.
 */
const ANY_CUE_WORD = new RegExp([...CUE_WORDS].join('|'));

function eventsInSentence(sentence: string): string[] {
  if (!ANY_CUE_WORD.test(sentence.toLowerCase())) return [];
  const raw = sentence.split(/\s+/);
  const words = raw.map((word) => word.replace(/^[("“‘]+|[),;:"”’]+$|\.$/g, ''));
  // "the U.S. Congress": a word written with its full stop (initials, an abbreviation) is no part
  // of an event's name, which it only places or qualifies.
  const abbreviated = raw.map((word) => /\.[),;:"”’]*$/.test(word));
  const results: string[] = [];
  words.forEach((word, end) => {
    if (!CUE_WORDS.has(word.toLowerCase())) return;
    const capitalCue = isCapitalised(word);
    let start = end;
    let ordinalAt = -1;
    // Walk left over the phrase the cue ends.
    for (let i = end - 1; i >= 0; i -= 1) {
      const w = words[i] ?? '';
      if (abbreviated[i]) break;
      if (parseOrdinal(w) !== undefined && /^\d/.test(w) ? true : parseOrdinal(w) !== undefined && isCapitalised(w)) {
        ordinalAt = i;
        start = i;
        break;
      }
      if (isCapitalised(w) || EVENT_CONNECTORS.has(w) || (!capitalCue && /^[a-z]+$/.test(w) && i === end - 1))
        start = i;
      else break;
    }
    // "a Free Trade Agreement" is an agreement yet to be named, not a particular event.
    if (ordinalAt === -1 && /^an?$/i.test(words[start - 1] ?? '')) return;
    let phrase = words.slice(start, end + 1);
    // "Later the 1992 Olympic Games": a sentence's first word before "the" is not part of the name.
    if (phrase[1] === 'the') phrase = phrase.slice(2);
    while (phrase.length > 1 && EVENT_CONNECTORS.has(phrase[0]!.toLowerCase()) && ordinalAt === -1)
      phrase = phrase.slice(1);
    const body = phrase.slice(ordinalAt === -1 ? 0 : 1, -1);
    const specific = body.some((w) => isCapitalised(w) && !GENERIC.has(w.toLowerCase()));
    if (ordinalAt !== -1) {
      if (capitalCue || specific) results.push(phrase.join(' ') + ofTail(words, end, capitalCue));
      else {
        const tail = ofTail(words, end, capitalCue);
        if (tail) results.push(phrase.join(' ') + tail);
      }
    } else if (capitalCue && specific) results.push(phrase.join(' '));
  });
  return results;
}

/** After a lower-case cue, " of the India-Russia Working Group …": the body the event belongs to. */
function ofTail(words: string[], cueAt: number, capitalCue: boolean): string {
  if (capitalCue || words[cueAt + 1] !== 'of') return '';
  const tail: string[] = ['of'];
  let i = cueAt + 2;
  if (words[i] === 'the') tail.push(words[i++]!);
  while (i < words.length && (isCapitalised(words[i]!) || EVENT_CONNECTORS.has(words[i]!))) tail.push(words[i++]!);
  while (tail.length > 0 && EVENT_CONNECTORS.has(tail.at(-1)!)) tail.pop();
  return tail.some(isCapitalised) ? ' ' + tail.join(' ') : '';
}
