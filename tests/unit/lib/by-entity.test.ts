import { describe, expect, it } from 'vitest';
import { findUnknownReferences, indexByEntity, sortByArticleCount } from '../../../src/lib/by-entity.ts';
import { makeArticle, makeEntity } from '../../helpers/make-article.ts';

const people = [
  makeEntity({ id: 'rajnath-singh' }),
  makeEntity({ id: 'manmohan-singh' }),
  makeEntity({ id: 'andrei-belousov' }),
  makeEntity({ id: 'nobody-mentioned' }),
  makeEntity({ id: 'rejected-name', status: 'rejected' }),
  makeEntity({ id: 'oper-shr', status: 'auto', evidence: { articles: 2, cues: 0, people: 2, organisations: 0 } }),
];
const articles = [
  makeArticle({ id: 'old', date: '2020-01-01', people: ['rajnath-singh', 'manmohan-singh'] }),
  makeArticle({
    id: 'new',
    date: '2025-12-04',
    people: ['rajnath-singh', 'andrei-belousov', 'rejected-name', 'oper-shr'],
  }),
  makeArticle({ id: 'dup', date: '2021-06-01', people: ['rajnath-singh', 'rajnath-singh'] }),
];

describe('indexByEntity', () => {
  const index = indexByEntity(articles, 'people', people);
  it('lists entities A–Z by name, each with its articles newest first', () => {
    expect(index.map((entry) => entry.entity.id)).toEqual(['andrei-belousov', 'manmohan-singh', 'rajnath-singh']);
    expect(index[2]!.articles.map((article) => article.id)).toEqual(['new', 'dup', 'old']);
  });
  it('files people by surname and organisations by their whole name', () => {
    const named = [makeEntity({ id: 'zoe-adams' }), makeEntity({ id: 'adam-zeller' }), makeEntity({ id: 'bea-cole' })];
    const mentions = [
      makeArticle({ people: ['zoe-adams', 'adam-zeller', 'bea-cole'], organisations: ['zoe-adams', 'adam-zeller'] }),
    ];
    expect(indexByEntity(mentions, 'people', named).map((entry) => entry.entity.name)).toEqual([
      'Zoe Adams',
      'Bea Cole',
      'Adam Zeller',
    ]);
    expect(indexByEntity(mentions, 'organisations', named).map((entry) => entry.entity.name)).toEqual([
      'Adam Zeller',
      'Zoe Adams',
    ]);
  });
  it('counts an article once even if front matter repeats the id', () => {
    expect(index[2]!.articles).toHaveLength(3);
  });
  it('leaves out entities no article names and rejected entities', () => {
    const ids = index.map((entry) => entry.entity.id);
    expect(ids).not.toContain('nobody-mentioned');
    expect(ids).not.toContain('rejected-name');
  });
  it('leaves out an auto entity without the evidence for a page', () => {
    expect(index.map((entry) => entry.entity.id)).not.toContain('oper-shr');
  });
});

describe('sortByArticleCount', () => {
  it('puts the most mentioned first and breaks ties by name', () => {
    const sorted = sortByArticleCount(indexByEntity(articles, 'people', people));
    expect(sorted.map((entry) => entry.entity.id)).toEqual(['rajnath-singh', 'andrei-belousov', 'manmohan-singh']);
  });
});

describe('findUnknownReferences', () => {
  it('reports each id missing from its registry with the article and field', () => {
    const problems = findUnknownReferences(
      [makeArticle({ id: 'x', people: ['ghost'], organisations: ['imf', 'nato'] })],
      { people: new Set(['someone']), organisations: new Set(['imf']), events: new Set() },
    );
    expect(problems).toEqual([
      { articleId: 'x', field: 'people', registry: 'people', id: 'ghost' },
      { articleId: 'x', field: 'organisations', registry: 'organisations', id: 'nato' },
    ]);
  });

  it('reports a role keyed by an id that is not in the people registry', () => {
    const problems = findUnknownReferences(
      [makeArticle({ id: 'x', people: ['someone'], roles: { someone: 'Mayor', 'no-one': 'Minister', imf: 'Lender' } })],
      { people: new Set(['someone']), organisations: new Set(['imf']), events: new Set() },
    );
    expect(problems).toEqual([
      { articleId: 'x', field: 'roles', registry: 'people', id: 'imf' },
      { articleId: 'x', field: 'roles', registry: 'people', id: 'no-one' },
    ]);
  });
});
