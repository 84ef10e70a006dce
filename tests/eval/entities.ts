/*
 * What readers get: the ingest command run on article-form text into a scratch content folder
 * (tests/.tmp/eval, git-ignored), its front matter scored per article against gold names, as the
 * shared scorer does. The corpus is research data read in place beside the repository, never copied
 * in; without it this says so. `--errors` lists, for the half of the CoNLL documents kept for error
 * analysis (odd numbers), what each article missed and what it wrongly linked; the even half is
 * never looked at and is reported apart. `--extractor` adds the extractor-alone figures;
 * the ingest command runs the rules alone, as by default; `--compare` also ingests with `--tagger` and
 * counts what the tagger changed, by kind of error, and prints its Reuters figures beside the rules'.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareRuns } from './compare.ts';
import {
  readEntries,
  readGold,
  readRegistryNames,
  scoreContent,
  type ContentScore,
  type GoldArticle,
} from './content-score.ts';
import { findCorpus } from './corpus.ts';
import { mostLinked, tagRecall, type ReutersGold } from './reuters.ts';
import { runIngestCli } from './run-ingest.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const scratch = join(repoRoot, 'tests', '.tmp', 'eval');
const showErrors = process.argv.includes('--errors');
const comparing = process.argv.includes('--compare');
const corpus = findCorpus(repoRoot);
const format = (value: number) => value.toFixed(3);

/* Reuters' sports desk heads every story with the sport in capitals: "SOCCER - ...", "CRICKET - ...". */
const SPORTS_HEADING =
  /^date \S+ (?:SOCCER|CRICKET|RUGBY UNION|RUGBY LEAGUE|RUGBY|BOXING|BASEBALL|BASKETBALL|TENNIS|GOLF|ATHLETICS|SQUASH|CYCLING|MOTOR RACING|HORSE RACING|ICE HOCKEY|NHL|NFL|AMERICAN FOOTBALL|SWIMMING|SKIING|ROWING|SAILING|BADMINTON|VOLLEYBALL|HOCKEY|MOTORCYCLING|FORMULA ONE|SNOOKER|OLYMPICS|TABLE TENNIS|HANDBALL|WRESTLING|JUDO|EQUESTRIANISM|GYMNASTICS|TRIATHLON|CHESS)/;

function conllArticles(): void {
  const folder = join(corpus ?? '', 'conll2003', 'dev-articles');
  const textDir = join(folder, 'txt');
  const gold = readGold<GoldArticle>(join(folder, 'gold.jsonl'));
  const run = runIngestCli(repoRoot, textDir, join(scratch, 'conll-dev'));
  if (comparing) compare(textDir, gold, readEntries(join(scratch, 'conll-dev')));
  const entries = readEntries(join(scratch, 'conll-dev'));
  const sports = (article: GoldArticle) => SPORTS_HEADING.test(readFileSync(join(textDir, article.file), 'utf8'));
  const analysed = (article: GoldArticle) => Number(/\d+/.exec(article.file)?.[0] ?? 0) % 2 === 1;
  const errors = (file: string, kind: string, missed: string[], wrong: string[]) => {
    if (missed.length > 0) console.log(`  ${file} ${kind} missed: ${missed.join(' | ')}`);
    if (wrong.length > 0) console.log(`  ${file} ${kind} wrong:  ${wrong.join(' | ')}`);
  };
  if (showErrors) console.log('Errors in the analysed half (odd-numbered CoNLL dev documents):');
  const registries = {
    people: readRegistryNames(join(scratch, 'conll-dev'), 'people.json'),
    organisations: readRegistryNames(join(scratch, 'conll-dev'), 'organisations.json'),
  };
  const parts: [string, (article: GoldArticle) => boolean, string, string][] = [
    ['all news', () => true, 'F1 ≥ 0.93', 'F1 ≥ 0.78'],
    ['non-sports', (a) => !sports(a), 'F1 ≥ 0.90', 'F1 ≥ 0.70'],
    ['sports', sports, '', ''],
    ['odd half (analysed)', analysed, '', ''],
    ['even half (never looked at)', (a) => !analysed(a), '', ''],
    ['even half, non-sports', (a) => !analysed(a) && !sports(a), '', ''],
  ];
  const scored = parts.map(([label, include, peopleTarget, organisationTarget]) => ({
    label,
    peopleTarget,
    organisationTarget,
    official: scoreContent(entries, gold, textDir, include, showErrors && include === analysed ? errors : undefined),
    byNames: scoreContent(entries, gold, textDir, include, undefined, registries),
  }));
  console.log(`\n## CoNLL-2003 dev as articles, through ingest (${run.report.counts.imported} articles)\n`);
  console.log('| part | documents | entities | precision | recall | F1 | target |');
  console.log('| --- | --: | --- | --: | --: | --: | --- |');
  const row = (label: string, result: ContentScore, kind: string, value: ContentScore['people'], target: string) => {
    const missing = result.unmatched > 0 ? ` (${result.unmatched} without an entry)` : '';
    console.log(
      `| ${label} | ${result.articles}${missing} | ${kind} | ${format(value.precision)} | ${format(value.recall)} | ${format(value.f1)} | ${target} |`,
    );
  };
  for (const { label, peopleTarget, organisationTarget, official, byNames } of scored) {
    row(label, official, 'people', official.people, peopleTarget);
    row(label, official, 'organisations', official.organisations, organisationTarget);
    row(label, byNames, 'people, by registry names *', byNames.people, '');
    row(label, byNames, 'organisations, by registry names *', byNames.organisations, '');
  }
  console.log(
    '\n\\* Not the official figure (the rows above it, ids compared by slug, as the shared scorer does): here a ' +
      'written entity also counts when the gold name is the name or one of the aliases the registry files under ' +
      'that entity, as written in that article\'s own text ("U.N." for `united-nations`), to show how much of ' +
      'the gap is the id convention rather than extraction.',
  );
}

/* The same documents with the tagger beside the rules: what it adds, by kind of error, half by half. */
function compare(textDir: string, gold: readonly GoldArticle[], rules: ReturnType<typeof readEntries>): void {
  runIngestCli(repoRoot, textDir, join(scratch, 'conll-dev-tagger'), ['--tagger']);
  const tagged = readEntries(join(scratch, 'conll-dev-tagger'));
  const odd = (article: GoldArticle) => Number(/\d+/.exec(article.file)?.[0] ?? 0) % 2 === 1;
  console.log('\n## What the tagger changed against the rules alone (CoNLL-2003 dev as articles)\n');
  console.log(
    '| half | entities | wrong removed | wrong added | missed found | right lost | retyped right | retyped wrong |',
  );
  console.log('| --- | --- | --: | --: | --: | --: | --: | --: |');
  for (const [label, part] of [
    ['odd (analysed)', gold.filter(odd)],
    ['even (never looked at)', gold.filter((article) => !odd(article))],
  ] as const) {
    const changes = compareRuns(rules, tagged, part, textDir);
    for (const kind of ['people', 'organisations'] as const) {
      const c = changes[kind];
      console.log(
        `| ${label} | ${kind} | ${c.spuriousRemoved} | ${c.spuriousAdded} | ${c.missedFound} | ${c.rightLost} | ${c.retypedRight} | ${c.retypedWrong} |`,
      );
    }
  }
}

/* The Reuters sample through ingest, as a reader gets it: tag recall and the most-linked entities. */
function reuters(flags: string[] = []): void {
  const folder = join(corpus ?? '', 'reuters-sample');
  const textDir = join(folder, 'txt');
  const content = join(scratch, flags.includes('--tagger') ? 'reuters-tagger' : 'reuters');
  const run = runIngestCli(repoRoot, textDir, content, flags);
  const entries = readEntries(content);
  const registries = {
    people: readRegistryNames(content, 'people.json'),
    organisations: readRegistryNames(content, 'organisations.json'),
  };
  const recall = tagRecall(entries, readGold<ReutersGold>(join(folder, 'gold.jsonl')), textDir, registries);
  const { imported, skipped, failed } = run.report.counts;
  const how = flags.includes('--tagger') ? 'with --tagger' : 'the rules alone, as by default';
  console.log(`\n## Reuters-21578 sample, through ingest (${how})\n`);
  console.log(
    `${run.report.files.length} files: ${imported} imported, ${skipped} skipped (duplicates), ${failed} failed; ` +
      `${run.seconds.toFixed(2)} s for the whole command = ${Math.round(run.report.files.length / run.seconds)} articles/s (target ≥ 400)\n`,
  );
  console.log('| tags | found | tagged | recall | target |');
  console.log('| --- | --: | --: | --: | --- |');
  for (const kind of ['people', 'organisations'] as const) {
    const { found, tags } = recall[kind];
    console.log(`| ${kind.toUpperCase()} | ${found} | ${tags} | ${format(found / tags)} | ≥ 0.97 |`);
  }
  if (showErrors) {
    for (const kind of ['people', 'organisations'] as const)
      console.log(`missed ${kind} tags: ${recall[kind].missed.join(', ')}`);
  }
  for (const kind of ['people', 'organisations'] as const) {
    const top = mostLinked(entries, kind, registries[kind], 30);
    console.log(`\n30 most-linked ${kind}: ${top.map((entity) => `${entity.name} (${entity.articles})`).join('; ')}`);
  }
}

function seed(): void {
  const content = join(scratch, 'seed');
  runIngestCli(repoRoot, join(repoRoot, 'tests', 'fixtures', 'ingest', 'raw', 'seed.txt'), content);
  const [entry] = readEntries(content);
  const people = readRegistryNames(content, 'people.json');
  const organisations = readRegistryNames(content, 'organisations.json');
  const names = (kind: 'people' | 'organisations', registry: typeof people) =>
    ((entry?.frontmatter[kind] as string[] | undefined) ?? []).map((id) => registry.get(id)?.name ?? id).sort();
  const found = { people: names('people', people), organisations: names('organisations', organisations) };
  const wanted = {
    people: ['Andrei Belousov', 'Rajnath Singh', 'Vladimir Putin'],
    organisations: [
      'Eurasian Economic Union',
      'India-Russia Inter-Governmental Commission on Military & Military Technical Cooperation',
      'India-Russia Working Group on Trade and Economic Cooperation',
    ],
  };
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((name, index) => name === b[index]);
  const met = same(found.people, wanted.people) && same(found.organisations, wanted.organisations);
  console.log(`\n## Seed article\n`);
  console.log(
    `${met ? 'met' : 'NOT MET'}: people ${found.people.join(', ')}; organisations ${found.organisations.join(', ')}`,
  );
}

if (!corpus) {
  console.log(
    'No corpus at ../shared/corpus beside the repository (or DATELINE_CORPUS): nothing to score. The corpus is research data and is not part of the repository.',
  );
} else {
  seed();
  conllArticles();
  reuters();
  if (comparing) reuters(['--tagger']);
  if (process.argv.includes('--extractor')) {
    console.log('\n## The extractor alone (no ingest, no registries; CoNLL sentences as paragraphs)\n');
    await import('./extractor-only.ts');
  }
}
