import type { Archive } from '../archive.ts';
import { viewArticle } from '../article-view.ts';
import { busiestStories, leadingArticles, mostNamed, recentWindow } from '../in-the-news.ts';
import type { Article, EntityKind } from '../types.ts';
import { namedLinks } from './links.ts';
import { dayRow, entityRow, monthRow, storyRow, yearRow } from './rows.ts';
import type { RouteSizes } from './sizes.ts';

/** Everything the front page shows, from the archive's newest day back; undefined for an empty archive. */
export function frontPage(archive: Archive, sizes: RouteSizes) {
  const { dateTree, dayNeighbours } = archive;
  const latestDay = dateTree[0]?.months.at(-1)?.days.at(-1);
  if (!latestDay) return undefined;
  const view = (article: Article) => viewArticle(archive, article);
  const leading = leadingArticles(latestDay.articles, sizes.leadingCount);
  const shown = new Set(leading);
  const window = recentWindow(archive.articles, sizes.recentDays);
  // Twice as many as shown, for the most named that have no page.
  const inTheNews = (kind: EntityKind) =>
    namedLinks(archive, mostNamed(window, kind, sizes.inTheNewsCount * 2), kind)
      .slice(0, sizes.inTheNewsCount)
      .map((link) => entityRow(link, link.count));
  const storyById = new Map(archive.stories.map((story) => [story.id, story]));
  const monthsNewestFirst = dateTree.flatMap((year) => [...year.months].reverse());
  const earlierDays: { date: string; count: number }[] = [];
  for (let day = dayNeighbours.get(latestDay.date)?.previous; day && earlierDays.length < sizes.recentDays;) {
    earlierDays.push({ date: day.date, count: day.articles.length });
    day = dayNeighbours.get(day.date)?.previous;
  }
  const storyOf = (article: Article) => archive.storyPositionById.get(article.id)?.story.id;
  return {
    date: latestDay.date,
    count: latestDay.articles.length,
    leading: leading.map(view),
    headlines: latestDay.articles
      .filter((article) => !shown.has(article))
      .slice(0, sizes.latestCount)
      .map(view),
    window: { first: window.reduce((min, a) => (a.date < min ? a.date : min), latestDay.date), last: latestDay.date },
    people: inTheNews('people'),
    organisations: inTheNews('organisations'),
    stories: busiestStories(window, storyOf, sizes.inTheNewsCount).map((named) =>
      storyRow({ id: named.id, name: storyById.get(named.id)?.name ?? named.id }, named.count),
    ),
    earlierDays: earlierDays.map(dayRow),
    months: monthsNewestFirst.slice(0, 6).map(monthRow),
    years: dateTree.map(yearRow),
  };
}
