import { normalizeText } from '../normalize-text.js';

/**
 * A regular expression from a list of normalized words and phrases, with Unicode word
 * boundaries (JavaScript's \b only knows ASCII, and half the cues are Cyrillic). In a word,
 * a trailing `*` makes it a stem, a space matches any run of spaces, dots, hyphens or
 * underscores ("e-mail", "date_de_naissance"), and the rest is taken literally unless the
 * entry starts with `re:`, which is a raw regular expression.
 */
export function toWordPattern(words: readonly string[], flags = 'gu'): RegExp {
  const alternatives = words.map((written) => {
    if (written.startsWith('re:')) return written.slice(3);
    // Written words go through the same normalization as the text ("почтовый" → "почтовыи").
    const word = normalizeText(written).text;
    const stem = word.endsWith('*');
    const body = (stem ? word.slice(0, -1) : word)
      .split(' ')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join("[\\s._\\-'’]+");
    return stem ? `${body}` : `${body}(?![\\p{L}\\p{N}])`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, flags);
}

/** Every index where one of the words occurs. */
export function findWords(pattern: RegExp, text: string): number[] {
  pattern.lastIndex = 0;
  const found: number[] = [];
  for (const match of text.matchAll(pattern)) found.push(match.index);
  return found;
}

export function hasWord(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
