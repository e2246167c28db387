/**
 * Letters that look like Latin ones, mapped to the Latin letter a reader sees. Sellers swap
 * them in on purpose ("Сurаleaf" with Cyrillic С and а) so that keyword trackers miss the name.
 * Covers Cyrillic and Greek look-alikes (Unicode's confusables.txt, the lower-case forms that
 * survive case folding); full-width forms are handled by NFKC before this table is read.
 */
const PAIRS: [string, string][] = [
  // Cyrillic
  ['а', 'a'], ['в', 'b'], ['с', 'c'], ['е', 'e'], ['ё', 'e'], ['һ', 'h'], ['і', 'i'], ['ї', 'i'], ['ј', 'j'],
  ['к', 'k'], ['м', 'm'], ['н', 'h'], ['о', 'o'], ['р', 'p'], ['ԁ', 'd'], ['ѕ', 's'], ['т', 't'], ['у', 'y'],
  ['х', 'x'], ['ԛ', 'q'], ['ԝ', 'w'], ['ӏ', 'l'], ['ɡ', 'g'],
  // Greek
  ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'],
  ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['ω', 'w'], ['ϲ', 'c'], ['ζ', 'z'],
  // Latin letters outside ASCII that NFKD does not decompose
  ['ı', 'i'], ['ł', 'l'], ['ø', 'o'], ['đ', 'd'], ['ħ', 'h'], ['ŧ', 't'], ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'],
];

export const CONFUSABLE_TO_LATIN: ReadonlyMap<number, string> = new Map(PAIRS.map(([from, to]) => [from.codePointAt(0)!, to]));

