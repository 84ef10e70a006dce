import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import type { EntityTable } from './entity-table.ts';
import { bareCompanyName, isAcronymName, nameKey } from './name-keys.ts';

/**
 * A company's opening words, written alone in an article that names it in full, are that company,
 * which the article links already: "Ford said" in a story on Ford Motor Co is no second body called
 * Ford, so the short name goes. The extractor folds such a short name when one company of the
 * article begins so; where several do ("Ford Motor Co" and its "Ford Motor Credit Co") it leaves
 * the short name apart, and the registry had gained a "Ford" of its own beside Ford Motor Co in
 * every such story. The short name is then the company whose name, without its legal form, opens
 * every other's (the parent: "Ford Motor" opens "Ford Motor Credit"); with no such one ("Ford Motor
 * Co" beside "Ford Europe Ltd") it is left alone. Only companies, named with a legal form, take a
 * short name ("Senate" is no short name of the "Senate Agriculture Committee"), and not one the
 * registry files under another body. The short name is dropped, not learnt as the company's alias:
 * one story's "National" of National Amusements Inc would make every later "National" (New
 * Zealand's National Party) the company.
 */
export function foldCompanyShortNames(extraction: Extraction, registry: EntityTable): Extraction {
  const companies = extraction.organisations.filter((mention) => isCompany(mention.name));
  const shortNames = new Set<Mention>();
  for (const mention of extraction.organisations) {
    if (isCompany(mention.name)) continue;
    const short = words(mention.name);
    // An acronym is a short name only when it is a company's whole bare name ("MCA" of "MCA Inc"),
    // and then whatever the registry learnt it as elsewhere: an acronym spelt out in this article
    // was folded into its expansion already (article-acronyms.ts), so this "MCA" is no other body's.
    if (isAcronymName(mention.name)) {
      if (companies.some((company) => sameWords(short, words(bareCompanyName(company.name))))) shortNames.add(mention);
      continue;
    }
    const owners = companies.filter((company) => opens(short, words(bareCompanyName(company.name))));
    const parents = owners.filter((each) => {
      const own = words(bareCompanyName(each.name));
      return owners.every((other) => opens(own, words(bareCompanyName(other.name))));
    });
    // Two companies of one bare name ("Sandoz AG", "Sandoz Corp") are two, and neither is the short name's.
    const [parent] = parents;
    if (parents.length === 1 && parent !== undefined && !elsewhere(mention.name, parent.name, registry))
      shortNames.add(mention);
  }
  if (shortNames.size === 0) return extraction;
  return { ...extraction, organisations: extraction.organisations.filter((mention) => !shortNames.has(mention)) };
}

/*
 * Whether the registry files the short name under a body the full name is not: "Reuters" is the
 * news agency, not Reuters Holdings Plc, in the story on the holding company that also writes
 * "told Reuters"; folded, the agency's name would become the company's alias too, and every later
 * "Reuters" ambiguous between the two.
 */
function elsewhere(short: string, full: string, registry: EntityTable): boolean {
  const owners = new Set(registry.lookup(full).live);
  return registry.lookup(short).live.some((id) => !owners.has(id));
}

const isCompany = (name: string) => nameKey(bareCompanyName(name)) !== nameKey(name);

const words = (name: string) => nameKey(name).split(' ');

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && opens(a, b);

/* Whether the words `short` are the first words of `long` (or all of them). */
const opens = (short: readonly string[], long: readonly string[]) =>
  short.length <= long.length && short.every((word, at) => long[at] === word);
