import { describe, expect, it } from 'vitest';
import { archiveYears, dayRoutes, monthRoutes, yearRoutes } from '../../../../src/lib/routes/dates.ts';
import { archive, ids, sizes } from './small-archive.ts';

describe('the archive index', () => {
  it('counts every year, newest first, each linked to its page', () => {
    expect(archiveYears(archive)).toEqual([
      { label: '2025', path: '/archive/2025/', count: 4 },
      { label: '2024', path: '/archive/2024/', count: 1 },
    ]);
  });
});

describe('year pages', () => {
  const years = yearRoutes(archive, sizes);

  it('are one per year, titled by the year, with the years either side', () => {
    expect(years.map((route) => [route.params.year, route.props.title, route.props.heading])).toEqual([
      ['2025', '2025', '2025'],
      ['2024', '2024', '2024'],
    ]);
    expect(years.map((route) => [route.props.previous, route.props.next])).toEqual([
      ['2024', undefined],
      [undefined, '2025'],
    ]);
  });

  it('summarise each month: its count, most named people with pages and leading headlines', () => {
    const january = years[0]?.props.months[0];
    expect(january?.yearMonth).toBe('2025-01');
    expect(january?.count).toBe(2);
    expect(january?.people.map((link) => [link.id, link.count])).toEqual([
      ['andrei-belousov', 2],
      ['rajnath-singh', 1],
    ]);
    expect(january?.headlines).toHaveLength(sizes.leadingCount);
  });
});

describe('month pages', () => {
  const months = monthRoutes(archive);

  it('are one per month with articles, under their year, titled by month and year', () => {
    expect(months.map((route) => [route.params.year, route.params.month, route.props.title])).toEqual([
      ['2025', '01', 'January 2025'],
      ['2025', '03', 'March 2025'],
      ['2025', '12', 'December 2025'],
      ['2024', '12', 'December 2024'],
    ]);
    expect(months.map((route) => route.props.heading)).toEqual(months.map((route) => route.props.title));
  });

  it('link the months with articles either side, across years', () => {
    const january = months[0]?.props;
    expect([january?.previous, january?.next]).toEqual(['2024-12', '2025-03']);
  });
});

describe('day pages', () => {
  const days = dayRoutes(archive, { ...sizes, dayPageSize: 1 });
  const busy = days.filter((route) => route.props.date === '2025-01-10');

  it('paginate a day under its date, page 1 without a number', () => {
    expect(busy.map((route) => route.params)).toEqual([
      { year: '2025', month: '01', day: '10', page: undefined },
      { year: '2025', month: '01', day: '10', page: '2' },
    ]);
    expect(busy.flatMap((route) => ids(route.props.page.items))).toHaveLength(2);
  });

  it('are titled and headed by the day, with the page number from page 2 on', () => {
    expect(busy.map((route) => [route.props.title, route.props.heading])).toEqual([
      ['10 January 2025', '10 January 2025'],
      ['10 January 2025, page 2 of 2', '10 January 2025, page 2 of 2'],
    ]);
  });

  it('link the days with articles either side, with their counts', () => {
    expect([busy[0]?.props.previous, busy[0]?.props.next]).toEqual([
      { date: '2024-12-04', count: 1 },
      { date: '2025-03-01', count: 1 },
    ]);
  });
});
