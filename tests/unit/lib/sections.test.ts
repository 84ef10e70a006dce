import { describe, expect, it } from 'vitest';
import { siteSections } from '../../../src/lib/sections.ts';

describe('siteSections', () => {
  it('lists every section, in the order of the header, when each has something in it', () => {
    expect(siteSections({ hasEvents: true, hasStories: true }).map((section) => section.path)).toEqual([
      '/archive/',
      '/people/',
      '/organisations/',
      '/events/',
      '/stories/',
    ]);
  });

  it('leaves out events and stories when the archive has none', () => {
    expect(siteSections({ hasEvents: false, hasStories: false }).map((section) => section.label)).toEqual([
      'Archive',
      'People',
      'Organisations',
    ]);
    expect(siteSections({ hasStories: false }).map((section) => section.label)).toContain('Events');
  });
});
