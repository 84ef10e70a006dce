/*
 * Advance widths in ems of DejaVu Sans, the widest of the sans-serif faces `--font-ui` falls back
 * to on common systems (Linux's default; Segoe UI, San Francisco and Roboto set the same text
 * narrower), so text measured here takes at most this much room in a browser. Letters not listed
 * (accented, other scripts) count as an em, as wide as a letter gets.
 */
const LOWER =
  'a.613 b.635 c.55 d.635 e.615 f.352 g.635 h.634 i.278 j.278 k.579 l.278 m.974 n.634 o.612 p.635 q.635 r.411 s.521 t.392 u.634 v.592 w.818 x.592 y.592 z.525';
const UPPER =
  'A.684 B.686 C.698 D.77 E.632 F.575 G.775 H.752 I.295 J.295 K.656 L.557 M.863 N.748 O.787 P.603 Q.787 R.695 S.635 T.611 U.732 V.684 W.989 X.685 Y.611 Z.685';
const MARKS: Record<string, number> = {
  ' ': 0.318,
  '.': 0.318,
  ',': 0.318,
  '-': 0.361,
  "'": 0.275,
  '’': 0.318,
  '&': 0.78,
  '(': 0.39,
  ')': 0.39,
  '/': 0.337,
  ':': 0.337,
  '…': 1,
};
const DIGIT = 0.636;
const OTHER = 1;
/** Bold (the centre's label) runs about this much wider than regular in the same face. */
const BOLD = 1.15;

const EMS = new Map<string, number>([
  ...`${LOWER} ${UPPER}`.split(' ').map((entry): [string, number] => [entry.slice(0, 1), Number(entry.slice(1))]),
  ...Object.entries(MARKS),
]);

/** The width a line of text takes at `size` units, at most, in the site's interface font. */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += /\d/.test(char) ? DIGIT : (EMS.get(char) ?? OTHER);
  return ems * size * (bold ? BOLD : 1);
}
