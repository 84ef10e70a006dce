/** One CoNLL-2003 document: its detokenised text and the unique gold names of each kind. */
export interface GoldDocument {
  text: string;
  people: Set<string>;
  organisations: Set<string>;
}

const TAG_KINDS = { PER: 'people', ORG: 'organisations' } as const;

/**
 * Reads the two-column IOB2 format (`token TAG`, blank line between sentences, `-DOCSTART-`
 * between documents) into documents. Each sentence becomes a paragraph, and tokens are joined the
 * way the newswire wrote them, so the extractor sees text rather than tokens.
 */
export function parseConll(source: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  for (const chunk of source.split(/^-DOCSTART-.*$/m)) {
    const sentences = chunk
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
      .filter((lines) => lines.length > 0);
    if (sentences.length === 0) continue;
    const document: GoldDocument = { text: '', people: new Set(), organisations: new Set() };
    document.text = sentences.map((lines) => readSentence(lines, document)).join('\n\n');
    documents.push(document);
  }
  return documents;
}

function readSentence(lines: string[], document: GoldDocument): string {
  const tokens: string[] = [];
  let span: { kind: keyof typeof TAG_KINDS; tokens: string[] } | undefined;
  const close = () => {
    if (span) document[TAG_KINDS[span.kind]].add(detokenise(span.tokens));
    span = undefined;
  };
  for (const line of lines) {
    const [token = '', tag = 'O'] = line.trim().split(/\s+/);
    tokens.push(token);
    const [boundary, type] = tag.split('-');
    if (boundary === 'I' && span !== undefined && span.kind === type) {
      span.tokens.push(token);
      continue;
    }
    close();
    if ((boundary === 'B' || boundary === 'I') && (type === 'PER' || type === 'ORG'))
      span = { kind: type, tokens: [token] };
  }
  close();
  return detokenise(tokens);
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  "'s",
  "'",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** Joins tokens with the spacing of ordinary text ("U.S. 's" → "U.S.'s", "( 1 )" → "(1)"). */
export function detokenise(tokens: readonly string[]): string {
  let text = '';
  let quoteOpen = false;
  let glueNext = false;
  for (const token of tokens) {
    let glue = glueNext || text === '' || NO_SPACE_BEFORE.has(token.toLowerCase());
    glueNext = NO_SPACE_AFTER.has(token);
    if (token === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    text += glue ? token : ` ${token}`;
  }
  return text;
}
