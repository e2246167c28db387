/**
 * What had to be undone to see the watchlist term in the text as written, for explanations:
 * "Сurаleaf" → ['look-alike letters'], "M3d1pr1x" → ['leetspeak'].
 */
export function describeNormalization(quote: string, term: string): string[] {
  const notes: string[] = [];
  if (/[\u0370-\u03ff\u0400-\u04ff]/.test(quote) && !/[\u0370-\u03ff\u0400-\u04ff]/.test(term)) notes.push('look-alike letters');
  if (/[\uff01-\uff5e]/.test(quote)) notes.push('full-width letters');
  if (/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/.test(quote)) notes.push('zero-width characters');
  if (/&#?\w+;/.test(quote)) notes.push('HTML entities');
  if (/\p{L}\d|\d\p{L}/u.test(quote) && !/\d/.test(term)) notes.push('leetspeak');
  const strip = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '');
  if (/(?:^|[^\p{L}])\p{L}(?:[\s.·]\p{L}){2,}(?:[^\p{L}]|$)/u.test(quote)) notes.push('letters spaced out');
  else if (/\p{L}[.\-_·]\p{L}/u.test(quote) && !/\p{L}[.\-_·]\p{L}/u.test(term)) notes.push('split by dots or hyphens');
  if (strip(quote) !== quote.normalize('NFC') && strip(quote).toLowerCase() === strip(term).toLowerCase() && quote.toLowerCase() !== term.toLowerCase()) notes.push('accents');
  else if (quote !== term && quote.toLowerCase() === term.toLowerCase()) notes.push('case');
  return notes;
}
