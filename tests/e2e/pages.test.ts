import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DAY_PAGE_SIZE } from '../../src/site/config.ts';
import { launch } from './browser.ts';

/*
 * How pages read in a real browser where the fixture archive is too small to show it by itself:
 * the room a day's page of headlines takes, labels of the co-mention network as the browser sets
 * them, a wire table wider than a phone, and links a reader can tell without hovering.
 */

const seed = '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/';
const schemes = ['light', 'dark'] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width: number, height: number, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  await page.goto(inject('baseUrl') + path);
  return page;
}

/** WCAG contrast ratio of two `rgb(…)` colours as getComputedStyle gives them. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('a page of a day', () => {
  it('holds at the site’s page size about as many screens as a page of any other list', async () => {
    // The fixture pages a day by two; the site's own size times a row's height is what a reader scrolls.
    for (const [width, height, screens] of [
      [1280, 900, 2.5],
      [390, 844, 3.5],
    ] as const) {
      const page = await open('/archive/2024/03/15/', width, height, 'light');
      const rows = await page
        .locator('[data-list="headlines"] > li')
        .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
      const perRow = rows.reduce((sum, row) => sum + row, 0) / rows.length;
      expect(DAY_PAGE_SIZE * perRow, `${width} px wide`).toBeLessThanOrEqual(screens * height);
      await page.close();
    }
  });
});

describe('the co-mention network', () => {
  it('sets no label over another label or over a node, as the browser draws them', async () => {
    for (const path of [
      '/people/rajnath-singh/',
      '/people/vladimir-putin/',
      '/organisations/eurasian-economic-union/',
    ]) {
      const page = await open(path, 1280, 900, 'light');
      const clashes = await page.locator('[data-network] svg').evaluate((svg) => {
        const named = (element: Element) => element.closest('[data-node], [data-centre]')?.textContent ?? '';
        const labels = [...svg.querySelectorAll('text')].map((text) => ({ name: named(text), box: text.getBBox() }));
        const nodes = [...svg.querySelectorAll('circle')].map((circle) => ({
          name: named(circle),
          box: circle.getBBox(),
        }));
        const meet = (a: DOMRect, b: DOMRect) =>
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        const found: string[] = [];
        labels.forEach((label, index) => {
          for (const other of labels.slice(index + 1))
            if (meet(label.box, other.box)) found.push(`${label.name} / ${other.name}`);
          for (const node of nodes)
            if (meet(label.box, node.box)) found.push(`${label.name} over the node of ${node.name}`);
          if (label.box.x < 0 || label.box.x + label.box.width > (svg as SVGSVGElement).viewBox.baseVal.width)
            found.push(`${label.name} cut at the edge`);
        });
        return { found, labels: labels.length };
      });
      expect(clashes.labels, path).toBeGreaterThan(2);
      expect(clashes.found, path).toEqual([]);
      await page.close();
    }
  });
});

/** The colour of each pixel at `points` (CSS pixels inside `selector`'s box), as the screen shows it. */
async function pixels(page: Page, selector: string, points: [number, number][]): Promise<number[][]> {
  const shot = await page.locator(selector).first().screenshot();
  return page.evaluate(
    async ({ data, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      return points.map(([x, y]) => [...context.getImageData(x, y, 1, 1).data].slice(0, 3));
    },
    { data: shot.toString('base64'), points },
  );
}

const darker = (a: number[], b: number[]) => a.reduce((sum, c) => sum + c, 0) < b.reduce((sum, c) => sum + c, 0) - 30;

describe('a wire table wider than a phone', () => {
  it('shades the edge it scrolls towards, and only that edge, in both colour schemes, the page itself not scrolling', async () => {
    for (const scheme of schemes) {
      const page = await open(seed, 390, 844, scheme);
      // 80 columns, as many of the Reuters sample's results tables are; a phone holds 48.
      const width = await page.locator('article .body').evaluate((body) => {
        const table = document.createElement('pre');
        table.className = 'wire-table';
        table.tabIndex = 0;
        table.textContent = ['Revs', 'Net', 'Shr'].map((row) => `${row.padEnd(60)}1,234,567 vs 7,654,321`).join('\n');
        body.append(table);
        return { client: table.clientWidth, scroll: table.scrollWidth, height: table.clientHeight };
      });
      expect(width.scroll).toBeGreaterThan(width.client);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      // Sampled in the padding above the first row, where no text is drawn.
      const row = 2;
      const sample = () =>
        pixels(page, 'pre.wire-table', [
          [2, row],
          [width.client / 2, row],
          [width.client - 2, row],
        ]);
      const [left, middle, right] = await sample();
      expect(darker(right!, middle!), `${scheme}: the right edge, with more table beyond it`).toBe(true);
      expect(darker(left!, middle!), `${scheme}: the left edge, at the start`).toBe(false);
      await page.locator('pre.wire-table').evaluate((table) => table.scrollTo({ left: table.scrollWidth }));
      const [leftAtEnd, middleAtEnd, rightAtEnd] = await sample();
      expect(darker(leftAtEnd!, middleAtEnd!), `${scheme}: the left edge, scrolled to the end`).toBe(true);
      expect(darker(rightAtEnd!, middleAtEnd!), `${scheme}: the right edge, scrolled to the end`).toBe(false);
      await page.close();
    }
  });
});

describe('links in lists of headlines', () => {
  it('are underlined without a hover, which touch screens lack, in a colour that stands out from the page', async () => {
    for (const scheme of schemes) {
      const page = await open('/archive/2024/03/15/', 390, 844, scheme);
      const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const styles = await page.locator('[data-list="headlines"] a').evaluateAll((links) =>
        links.map((link) => {
          const style = getComputedStyle(link);
          return { line: style.textDecorationLine, colour: style.textDecorationColor, text: style.color };
        }),
      );
      expect(styles.length).toBeGreaterThan(0);
      for (const style of styles) {
        expect(style.line, scheme).toBe('underline');
        expect(
          contrast(style.colour, paper),
          `${scheme}: underline ${style.colour} on ${paper}`,
        ).toBeGreaterThanOrEqual(3);
        // Quieter than the headline itself.
        expect(contrast(style.colour, paper)).toBeLessThan(contrast(style.text, paper));
      }
      await page.close();
    }
  });

  it('underline a card headline in capitals without a hover too', async () => {
    for (const scheme of schemes) {
      const page = await open('/people/rajnath-singh/', 390, 844, scheme);
      const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const style = await page
        .locator('.card .headline')
        .first()
        .evaluate((headline) => {
          headline.classList.add('capitals');
          const link = headline.querySelector('a') as HTMLAnchorElement;
          const computed = getComputedStyle(link);
          return { line: computed.textDecorationLine, colour: computed.textDecorationColor };
        });
      expect(style.line, scheme).toBe('underline');
      expect(contrast(style.colour, paper), scheme).toBeGreaterThanOrEqual(3);
      await page.close();
    }
  });
});
