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

/**
 * Capitals whose look-alike differs from their lower-case form's: Greek Η and Cyrillic Н read as
 * H, though η and н would read as n and h. Looked up before case folding.
 */
const UPPER_PAIRS: [string, string][] = [
  ['Η', 'h'], ['Ν', 'n'], ['Μ', 'm'], ['Β', 'b'], ['Ρ', 'p'], ['Τ', 't'], ['Υ', 'y'], ['Χ', 'x'], ['Ζ', 'z'], ['Α', 'a'], ['Ε', 'e'], ['Ι', 'i'], ['Κ', 'k'], ['Ο', 'o'],
  ['Н', 'h'], ['В', 'b'], ['М', 'm'], ['Т', 't'], ['К', 'k'], ['Х', 'x'], ['Р', 'p'], ['С', 'c'], ['Е', 'e'], ['А', 'a'], ['О', 'o'], ['Ѕ', 's'], ['І', 'i'], ['Ј', 'j'], ['Ү', 'y'],
];

export const UPPER_CONFUSABLE_TO_LATIN: ReadonlyMap<number, string> = new Map(UPPER_PAIRS.map(([from, to]) => [from.codePointAt(0)!, to]));

export const CONFUSABLE_TO_LATIN: ReadonlyMap<number, string> = new Map(PAIRS.map(([from, to]) => [from.codePointAt(0)!, to]));

