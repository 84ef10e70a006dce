import { describe, expect, it } from 'vitest';
import { fixtureArticles, fixtureDayPageSize, fixtureIndexPageSize, fixtureRegistry } from './build-fixture.ts';
import { hrefs, listedArticles, page } from './html.ts';

/*
 * The fixture is built with small page sizes, so its busiest day, its A–Z indexes and its
 * on-this-day lists take several pages: enough to check every way between them.
 */

const articles = fixtureArticles();
const dates = [...new Set([...articles.values()].map((data) => String(data.date)))].sort();
const months = [...new Set(dates.map((date) => date.slice(0, 7)))];
const years = [...new Set(dates.map((date) => date.slice(0, 4)))];
const dayPath = (date: string) => `/archive/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`;
const monthPath = (yearMonth: string) => `/archive/${yearMonth.slice(0, 4)}/${yearMonth.slice(5, 7)}/`;
const text = (node: { text: string } | null | undefined) => node?.text.replace(/\s+/g, ' ').trim();

/** The hrefs of a page's previous and next links in the navigation named `label`. */
function sides(path: string, label: string): { previous?: string; next?: string } {
  const nav = page(path).querySelector(`nav[aria-label="${label}"]`);
  return {
    previous: nav?.querySelector('a[data-rel="previous"]')?.getAttribute('href'),
    next: nav?.querySelector('a[data-rel="next"]')?.getAttribute('href'),
  };
}

/** Checks that `paths` form one chain through the named navigation, both ways. */
function expectChain(paths: string[], label: string): void {
  paths.forEach((path, index) => {
    expect(sides(path, label), path).toEqual({ previous: paths[index - 1], next: paths[index + 1] });
  });
}

describe('day pages', () => {
  const busiest = dates.reduce((best, date) =>
    [...articles.values()].filter((d) => d.date === date).length >
    [...articles.values()].filter((d) => d.date === best).length
      ? date
      : best,
  );
  const ofBusiest = [...articles.entries()].filter(([, d]) => d.date === busiest).map(([id]) => id);

  it('split a busy day into pages of compact headlines, in filing order, each article once', () => {
    expect(ofBusiest.length).toBeGreaterThan(fixtureDayPageSize);
    const first = page(dayPath(busiest));
    const second = page(`${dayPath(busiest)}2/`);
    expect(first.querySelectorAll('[data-list="headlines"] > li')).toHaveLength(fixtureDayPageSize);
    // No sources in the fixture: filing order falls back to the id, whatever the headlines say.
    expect([...listedArticles(first), ...listedArticles(second)]).toEqual(
      [...ofBusiest].sort().map((id) => `/articles/${id}/`),
    );
    // The date is the page's own; the rows do not repeat it.
    expect(first.querySelectorAll('[data-list="headlines"] time')).toHaveLength(0);
  });

  it('say the page number in the heading from page 2 on', () => {
    expect(text(page(dayPath(busiest)).querySelector('h1'))).toBe('15 March 2024');
    expect(text(page(`${dayPath(busiest)}2/`).querySelector('h1'))).toBe('15 March 2024, page 2 of 2');
  });

  it('lead to the previous and next day with articles, every day in one chain', () => {
    expectChain(dates.map(dayPath), 'Other days');
    // Page 2 of a day leads to the same neighbours as page 1.
    expect(sides(`${dayPath(busiest)}2/`, 'Other days')).toEqual(sides(dayPath(busiest), 'Other days'));
  });

  it('name the neighbouring day and its count', () => {
    const [first, second] = dates;
    const nav = page(dayPath(second!)).querySelector('nav[aria-label="Other days"]');
    expect(text(nav?.querySelector('a[data-rel="previous"]'))).toMatch(/^← Previous day .+ \(\d+ articles?\)$/);
    expect(nav?.querySelector('a[data-rel="previous"]')?.getAttribute('href')).toBe(dayPath(first!));
  });
});

describe('month pages', () => {
  it('show a calendar with a cell for every day, linking the days with articles and their counts', () => {
    const calendar = page('/archive/2024/03/').querySelector('table[data-calendar]')!;
    const cells = calendar.querySelectorAll('td').filter((cell) => text(cell) !== '');
    expect(cells).toHaveLength(31);
    const linked = calendar.querySelectorAll('td a');
    expect(linked.map((a) => a.getAttribute('href'))).toEqual(['/archive/2024/03/15/']);
    // Screen readers read the whole date and count; what the cell shows is hidden from them: the day,
    // and the count in words or, on a phone, as a bare number.
    expect(text(linked[0]!.querySelector('.visually-hidden'))).toBe('15 March 2024: 3 articles');
    expect(linked[0]!.querySelectorAll('[aria-hidden="true"]').map(text)).toEqual(['15', '3 articles3']);
    expect(text(linked[0]!.querySelector('.count-words'))).toBe('3 articles');
    expect(text(linked[0]!.querySelector('.count-number'))).toBe('3');
    // March 2024 starts on a Friday: four empty cells before it in a Monday-first week.
    const firstWeek = calendar.querySelectorAll('tbody tr')[0]!.querySelectorAll('td');
    expect(firstWeek.slice(0, 4).every((cell) => text(cell) === '')).toBe(true);
    expect(text(firstWeek[4])).toBe('1');
  });

  it('lead to the previous and next month with articles', () => {
    expectChain(months.map(monthPath), 'Other months');
  });

  it('link every day with articles, and nothing else in the calendar', () => {
    for (const month of months) {
      const linked = page(monthPath(month))
        .querySelectorAll('table[data-calendar] a')
        .map((a) => a.getAttribute('href'));
      expect(linked).toEqual(dates.filter((date) => date.startsWith(month)).map(dayPath));
    }
  });
});

describe('year pages', () => {
  it('lead to the previous and next year', () => {
    expectChain(
      years.map((year) => `/archive/${year}/`),
      'Other years',
    );
  });

  it("show each month's most mentioned people and leading headlines", () => {
    const month = page('/archive/2024/').querySelector('section[aria-labelledby="month-2024-03"]')!;
    expect(text(month.querySelector('.people'))).toMatch(/^Most mentioned: .+ \(\d+\)/);
    expect(listedArticles(month).sort()).toEqual(
      [...articles.entries()]
        .filter(([, d]) => String(d.date).startsWith('2024-03'))
        .map(([id]) => `/articles/${id}/`)
        .sort(),
    );
  });
});

describe('A–Z indexes', () => {
  for (const kind of ['people', 'organisations'] as const) {
    const named = fixtureRegistry(kind).filter((entity) => entity.status !== 'rejected');
    it(`${kind}: every page has a letter bar whose links land on that letter's first entry`, () => {
      const first = page(`/${kind}/`);
      const letters = first.querySelectorAll('nav[aria-label="Jump to a letter"] a');
      expect(letters.length).toBeGreaterThan(1);
      for (const link of letters) {
        const [path, anchor] = (link.getAttribute('href') ?? '').split('#');
        const target = page(path!).getElementById(anchor!);
        expect(target, link.getAttribute('href') ?? '').not.toBeNull();
        expect(text(target)).toBe(text(link));
      }
      expect(first.querySelector('nav[aria-label="Pages"] a[rel="next"]')?.getAttribute('href')).toBe(`/${kind}/2/`);
      expect(hrefs(page(`/${kind}/2/`))).toEqual(expect.arrayContaining(letters.map((a) => a.getAttribute('href'))));
    });

    it(`${kind}: the heading counts with a noun and gives the page`, () => {
      const pages = Math.ceil(
        (page(`/${kind}/`)
          .querySelector('.lede')!
          .text.match(/^(\d+)/)![1]! as unknown as number) / fixtureIndexPageSize,
      );
      expect(pages).toBeGreaterThan(1);
      expect(text(page(`/${kind}/`).querySelector('.lede'))).toMatch(
        new RegExp(`^\\d+ ${kind === 'people' ? 'people' : 'organisations'} · Page 1 of ${pages}$`),
      );
      expect(named.length).toBeGreaterThan(0);
    });
  }

  it('gives a single-page index no "Page 1 of 1"', () => {
    const lede = text(page('/events/').querySelector('.lede'));
    expect(lede).toMatch(/^\d+ events?$/);
  });
});

describe('on this day', () => {
  const monthDays = [...new Set(dates.map((date) => date.slice(5)))].sort();
  it('has an index linking every calendar day with articles', () => {
    const linked = hrefs(page('/on-this-day/')).filter((href) => /^\/on-this-day\/\d\d-\d\d\/$/.test(href));
    expect(linked).toEqual(monthDays.map((monthDay) => `/on-this-day/${monthDay}/`));
  });
  it('leads from each calendar day to the previous and next', () => {
    expectChain(
      monthDays.map((monthDay) => `/on-this-day/${monthDay}/`),
      'Other days',
    );
  });
});

describe('separators and repeated dates', () => {
  it('spaces the separators of a profile lede and says the dates are sightings', () => {
    expect(text(page('/people/rajnath-singh/').querySelector('.profile .lede'))).toBe(
      '8 articles · First seen in the archive 31 May 2019 · last seen 5 December 2025',
    );
  });
  it("does not repeat the front page's day on each of its leading cards", () => {
    const today = page('/').querySelector('.today')!;
    expect(listedArticles(today).length).toBeGreaterThan(0);
    expect(today.querySelectorAll('[data-list="articles"] time')).toHaveLength(0);
  });
});
