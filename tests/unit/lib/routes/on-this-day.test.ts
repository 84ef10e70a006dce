import { describe, expect, it } from 'vitest';
import { onThisDayIndex, onThisDayRoutes } from '../../../../src/lib/routes/on-this-day.ts';
import { archive, ids, sizes } from './small-archive.ts';

describe('on this day', () => {
  const routes = onThisDayRoutes(archive, { ...sizes, pageSize: 1 });
  const fourth = routes.filter((route) => route.props.day.monthDay === '12-04');

  it('pages a calendar day’s articles from every year, newest first, under its MM-DD', () => {
    expect(fourth.map((route) => route.params)).toEqual([
      { monthDay: '12-04', page: undefined },
      { monthDay: '12-04', page: '2' },
    ]);
    expect(fourth.flatMap((route) => ids(route.props.page.items))).toEqual([
      '2025/2025-12-04-anniversary',
      '2024/2024-12-04-talks-open',
    ]);
  });

  it('titles and heads each page by the day, with the page number from page 2 on', () => {
    expect(fourth.map((route) => [route.props.title, route.props.heading])).toEqual([
      ['On this day: 4 December', 'On this day: 4 December'],
      ['On this day: 4 December, page 2 of 2', 'On this day: 4 December, page 2 of 2'],
    ]);
  });

  it('links the calendar days with articles either side', () => {
    const tenth = routes.find((route) => route.props.day.monthDay === '01-10');
    expect([tenth?.props.previous, tenth?.props.next]).toEqual([undefined, '03-01']);
  });

  it('indexes the days under their months’ names, in calendar order, as counted rows', () => {
    expect(onThisDayIndex(archive)).toEqual([
      { name: 'January', rows: [{ label: '10 January', path: '/on-this-day/01-10/', count: 2 }] },
      { name: 'March', rows: [{ label: '1 March', path: '/on-this-day/03-01/', count: 1 }] },
      { name: 'December', rows: [{ label: '4 December', path: '/on-this-day/12-04/', count: 2 }] },
    ]);
  });
});
