/**
 * The form names are compared in: Unicode-normalised, case-folded, full stops and a final
 * possessive dropped, spaces collapsed, so "I.B.M." matches "IBM" and "Putin's" matches "Putin".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s?$/i, '')
    .replace(/\./g, '')
    .trim()
    .toLowerCase();
}

/** The last word of a person's name, as a key ("Rajnath Singh" → "singh"). */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(' ');
  return words.at(-1) ?? '';
}

/**
 * The initials of a name of three capitalised words or more, as a key ("Central Intelligence
 * Agency" → "cia"; "Securities and Exchange Commission" → "sec"); undefined for shorter names,
 * whose initials say too little.
 */
export function acronymKey(name: string): string | undefined {
  const capitals = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  return capitals.length >= 3 ? capitals.map((word) => word[0]?.toLowerCase()).join('') : undefined;
}

/** Whether a name is written as an acronym ("CIA", "I.C.O."). */
export const isAcronymName = (name: string) => /^\p{Lu}{2,6}$/u.test(name.replace(/\./g, ''));
