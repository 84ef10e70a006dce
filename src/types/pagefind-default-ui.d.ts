/** The part of @pagefind/default-ui the search page uses; the package ships no type declarations. */
declare module '@pagefind/default-ui' {
  export interface PagefindUIOptions {
    element: string | HTMLElement;
    bundlePath?: string;
    /** Put in front of every result URL (the deployment base). */
    baseUrl?: string;
    /** Further indexes searched together with the first. */
    mergeIndex?: { bundlePath: string; baseUrl?: string }[];
    showImages?: boolean;
    showSubResults?: boolean;
    resetStyles?: boolean;
    sort?: Record<string, 'asc' | 'desc'>;
    translations?: Record<string, string>;
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
  }
}
