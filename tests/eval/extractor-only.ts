import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findCorpus } from './corpus.ts';
import { extractEntities, type Extraction, type Mention } from '../../src/ingest/extractor/extract-entities.ts';
import { wellKnownBodies } from '../../src/ingest/registry/well-known-bodies.ts';
import { parseArticle } from '../../src/ingest/text/parse.ts';
import { REVIEW_THRESHOLD } from '../../src/ingest/registry/resolve-entities.ts';
import { registryNames } from '../helpers/registry-names.ts';
import { parseConll } from './conll.ts';
import { foldSurnames, matchesSlug, score, tally, type Score } from './score.ts';

/*
 * The extractor alone, without ingest: CoNLL-2003 dev sentences as paragraphs, no registries but
 * the known international bodies, scored on surfaces. Kept for comparison with what readers get
 * (entities.ts, which runs it with `--extractor`); these figures are optimistic, since ingest also
 * has to cope with the article form and the registry. `--errors` lists misses, document by document.
 */
const corpus = findCorpus(resolve(import.meta.dirname, '..', '..')) ?? '';
const showErrors = process.argv.includes('--errors');
const options = registryNames();

const surfaces = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= REVIEW_THRESHOLD).flatMap((mention) => mention.surfaces);

function evaluateConll(): Record<'people' | 'organisations', Score> | undefined {
  const file = join(corpus, 'conll2003', 'dev.txt');
  if (!existsSync(file)) return undefined;
  const totals = { people: zero(), organisations: zero() };
  parseConll(readFileSync(file, 'utf8')).forEach((document, index) => {
    const extraction = extractEntities(document.text, options);
    const predicted = {
      people: foldSurnames(surfaces(extraction.people)),
      organisations: new Set(surfaces(extraction.organisations)),
    };
    const gold = { people: foldSurnames(document.people), organisations: document.organisations };
    for (const kind of ['people', 'organisations'] as const) {
      tally(totals[kind], predicted[kind], gold[kind]);
      if (showErrors) report(`conll #${index} ${kind}`, predicted[kind], gold[kind]);
    }
  });
  return { people: score(totals.people), organisations: score(totals.organisations) };
}

interface ReutersGold {
  file: string;
  people: string[];
  orgs: string[];
}

function evaluateReuters(): Record<'people' | 'organisations', Score> | undefined {
  const folder = join(corpus, 'reuters-sample');
  if (!existsSync(join(folder, 'gold.jsonl'))) return undefined;
  const totals = { people: zero(), organisations: zero() };
  const files = new Set(readdirSync(join(folder, 'txt')));
  for (const line of readFileSync(join(folder, 'gold.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const gold = JSON.parse(line) as ReutersGold;
    if ((gold.people.length === 0 && gold.orgs.length === 0) || !files.has(gold.file)) continue;
    const article = parseArticle(readFileSync(join(folder, 'txt', gold.file), 'utf8'));
    const text = article.paragraphs.join('\n\n');
    const extraction = extractEntities(text, options);
    recall(totals.people, gold.people, names(extraction, 'people'), `reuters ${gold.file} people`);
    recall(totals.organisations, gold.orgs, names(extraction, 'organisations'), `reuters ${gold.file} orgs`);
  }
  return { people: score(totals.people), organisations: score(totals.organisations) };
}

/* Every spelling an extracted entity goes by, known aliases included (`ec` ↔ "European Community"). */
function names(extraction: Extraction, kind: 'people' | 'organisations'): string[] {
  const aliases = new Map(wellKnownBodies().map((body) => [body.name, body.aliases]));
  return extraction[kind].flatMap((mention) => [
    mention.name,
    ...mention.surfaces,
    ...(aliases.get(mention.name) ?? []),
  ]);
}

function recall(totals: ReturnType<typeof zero>, slugs: string[], found: string[], label: string): void {
  const missed = slugs.filter((slug) => !found.some((name) => matchesSlug(slug, name)));
  totals.gold += slugs.length;
  totals.truePositives += slugs.length - missed.length;
  totals.predicted += slugs.length;
  if (showErrors && missed.length > 0) console.log(`${label}: missed ${missed.join(', ')} | found ${found.join('; ')}`);
}

function report(label: string, predicted: Set<string>, gold: Set<string>): void {
  const missed = [...gold].filter((name) => !predicted.has(name));
  const wrong = [...predicted].filter((name) => !gold.has(name));
  if (missed.length > 0) console.log(`${label} missed: ${missed.join(' | ')}`);
  if (wrong.length > 0) console.log(`${label} wrong:  ${wrong.join(' | ')}`);
}

function zero() {
  return { truePositives: 0, predicted: 0, gold: 0 };
}

const format = (value: number) => value.toFixed(3);
const conll = evaluateConll();
const reuters = evaluateReuters();
if (!conll && !reuters) {
  console.log(
    `No corpus at ${corpus}: nothing to score (the corpus is for research use and is not part of the repository).`,
  );
} else {
  console.log('| corpus (extractor alone) | entities | precision | recall | F1 |');
  console.log('| --- | --- | --: | --: | --: |');
  if (conll) {
    console.log(
      `| CoNLL-2003 dev (216 documents) | people | ${format(conll.people.precision)} | ${format(conll.people.recall)} | ${format(conll.people.f1)} |`,
    );
    console.log(
      `| CoNLL-2003 dev | organisations | ${format(conll.organisations.precision)} | ${format(conll.organisations.recall)} | ${format(conll.organisations.f1)} |`,
    );
  } else console.log('| CoNLL-2003 dev | — | absent | | |');
  if (reuters) {
    console.log(`| Reuters-21578 sample (tagged articles) | people | — | ${format(reuters.people.recall)} | — |`);
    console.log(`| Reuters-21578 sample | organisations | — | ${format(reuters.organisations.recall)} | — |`);
  } else console.log('| Reuters-21578 sample | — | absent | | |');
}
