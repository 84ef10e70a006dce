import { readFileSync } from 'node:fs';
import { ruleCandidates } from '../../src/ingest/extractor/extract-entities.ts';
import { ruleTags } from '../../src/ingest/extractor/tagger/combine.ts';
import type { Tag, TaggedSentence } from '../../src/ingest/extractor/tagger/perceptron.ts';
import { tokenise } from '../../src/ingest/extractor/tokens.ts';
import { detokenise } from '../eval/conll.ts';
import { registryNames } from '../helpers/registry-names.ts';

/* A new archive's registries, as ingest tells the extractor about them. */
const NEW_ARCHIVE = registryNames();

/** One annotated document, as ingest would read it, with its tokens tagged and its unique gold names. */
export interface TrainingDocument {
  source: string;
  text: string;
  sentences: TaggedSentence[];
  people: string[];
  organisations: string[];
}

type Kind = 'PER' | 'ORG' | 'LOC';

/** One gold token: its text and its tag, MISC folded into "O" (the tagger names people, organisations and places only). */
interface GoldToken {
  text: string;
  tag: string;
}

/**
 * Reads a two-column IOB2 file (`token TAG`, blank line between sentences, `-DOCSTART-` between
 * documents) into documents of sentences; `_` inside a token stands for a space.
 */
export function readConllDocuments(path: string): GoldToken[][][] {
  const documents: GoldToken[][][] = [];
  for (const chunk of readFileSync(path, 'utf8').split(/^-DOCSTART-.*$/m)) {
    const sentences = chunk
      .split(/\n\s*\n/)
      .map((block) =>
        block
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => {
            const [text = '', tag = 'O'] = line.split(' ');
            return { text: text.replace(/_/g, ' '), tag: /-(?:PER|ORG|LOC)$/.test(tag) ? tag : 'O' };
          }),
      )
      .filter((tokens) => tokens.length > 0);
    if (sentences.length > 0) documents.push(sentences);
  }
  return documents;
}

/**
 * Turns a gold document into what ingest sees: sentences written out as text, one per line, read
 * by the extractor's own tokeniser, each of its tokens given the gold tag of the gold token it
 * starts in (B- for the first token of a name), and the rules' decisions computed as ingest makes them.
 */
export function prepareDocument(source: string, gold: GoldToken[][]): TrainingDocument {
  const charTags: { kind: Kind | 'O'; entity: number }[] = [];
  const names: Record<Kind, Set<string>> = { PER: new Set(), ORG: new Set(), LOC: new Set() };
  let text = '';
  let entity = 0;
  for (const sentence of gold) {
    if (text !== '') {
      text += '\n';
      charTags.push({ kind: 'O', entity: -1 });
    }
    const line = detokenise(sentence.map((token) => token.text));
    // Where each gold token starts in the line, found in order.
    let cursor = 0;
    const starts = sentence.map((token) => {
      const at = line.indexOf(token.text, cursor);
      cursor = at < 0 ? cursor : at + token.text.length;
      return at;
    });
    const lineTags = Array.from({ length: line.length }, (): { kind: Kind | 'O'; entity: number } => ({
      kind: 'O',
      entity: -1,
    }));
    let open: { kind: Kind; tokens: string[] } | undefined;
    const close = () => {
      if (open) names[open.kind].add(detokenise(open.tokens));
      open = undefined;
    };
    sentence.forEach((token, index) => {
      const [boundary, kind] = token.tag.split('-') as [string, Kind | undefined];
      if (!kind) return close();
      if (boundary === 'B' || !open || open.kind !== kind) {
        close();
        open = { kind, tokens: [] };
        entity += 1;
      }
      open.tokens.push(token.text);
      const start = starts[index] ?? -1;
      if (start < 0) return;
      // The gap before a continuing token belongs to the name too.
      const from = boundary === 'I' && index > 0 ? (starts[index - 1] ?? start) : start;
      for (let at = from; at < start + token.text.length; at += 1) lineTags[at] = { kind, entity };
    });
    close();
    text += line;
    charTags.push(...lineTags);
  }
  const sentences = tokenise(text);
  const candidates = ruleCandidates(sentences, NEW_ARCHIVE);
  const rules = ruleTags(sentences, candidates);
  let cursor = 0;
  let lastEntity = -1;
  const tagged = sentences.map((sentence, index) => {
    const tags = sentence.tokens.map((token): Tag => {
      const at = text.indexOf(token.text, cursor);
      if (at >= 0) cursor = at + token.text.length;
      const { kind, entity: id } = charTags[at] ?? { kind: 'O', entity: -1 };
      if (kind === 'O') {
        lastEntity = -1;
        return 'O';
      }
      const tag = `${id === lastEntity ? 'I' : 'B'}-${kind}` as Tag;
      lastEntity = id;
      return tag;
    });
    return { tokens: sentence.tokens, shouting: sentence.shouting, rules: rules[index] ?? [], gold: tags };
  });
  return {
    source,
    text,
    sentences: tagged,
    people: [...names.PER],
    organisations: [...names.ORG],
  };
}
