import { entityLink as linkIn, viewArticle as viewIn, type ArticleView, type EntityLink } from '@/lib/article-view.ts';
import type { Article, EntityKind } from '@/lib/types.ts';
import { archive } from './archive.ts';

/** Resolves an entity id of the archive to its display name and page. */
export const entityLink = (kind: EntityKind, id: string, role?: string): EntityLink => linkIn(archive, kind, id, role);

/** The one view of an article of the archive. */
export const viewArticle = (article: Article): ArticleView => viewIn(archive, article);
