import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDist } from './build-fixture.ts';
import { page } from './html.ts';

/** Every stylesheet the built site links, concatenated. */
function siteCss(): string {
  const assets = join(fixtureDist, '_astro');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.css'))
    .sort()
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("the site's shared layouts", () => {
  it('are each defined once in all of its stylesheets', () => {
    const css = siteCss();
    // The grid of as many columns as fit, and the main column beside its aside.
    expect(occurrences(css, 'repeat(auto-fill,')).toBe(1);
    expect(occurrences(css, 'minmax(0,2fr) minmax(0,1fr)')).toBe(1);
  });

  it('hide text but for screen readers with one rule, which no component repeats', () => {
    // The month calendar once hid its words on a phone with a copy of `.visually-hidden`.
    expect(occurrences(siteCss(), 'clip-path:inset(50%)')).toBe(1);
  });

  it('are used by every page that lays out columns of months, lists or an aside', () => {
    expect(page('/archive/2024/').querySelector('.months')?.classList.contains('tiles')).toBe(true);
    expect(page('/on-this-day/').querySelector('main .tiles section h2')).not.toBeNull();
    expect(page('/archive/').querySelector('ol.counted.tiles')).not.toBeNull();
    expect(page('/').querySelector('main .with-aside > aside')).not.toBeNull();
    expect(page('/people/rajnath-singh/').querySelector('main .with-aside > aside')).not.toBeNull();
  });
});
