/** The kinds of name the extractor tells apart in running text. */
export type NameKind = 'people' | 'organisations' | 'places';

/** The kinds of name kept in a registry of their own and resolved against it; places are found but not registered. */
export type RegisteredKind = Exclude<NameKind, 'places'>;
