/**
 * Postings at the size cap made of the runs that make a careless pattern rescan from every start
 * (issue 13): what leak forums carry every day (a pasted sample, a base64 blob, a hex dump) and
 * what an attacker would send on purpose. Shared by the hostile-input tests and `npm run bench
 * -- --only hostile`. Each text is exactly `chars` characters long (emoji count as two).
 */
export const HOSTILE_SHAPES: Record<string, (chars: number) => string> = {
  letters: (chars) => 'a'.repeat(chars),
  digits: (chars) => '7'.repeat(chars),
  spaces: (chars) => `x${' '.repeat(chars - 2)}x`,
  dots: (chars) => '.'.repeat(chars),
  at_signs: (chars) => '@'.repeat(chars),
  letters_at: (chars) => fill('a@', chars),
  pluses: (chars) => '+'.repeat(chars),
  brackets: (chars) => fill('([{<', chars),
  digit_groups: (chars) => fill('12 ', chars),
  phone_like: (chars) => fill('+33 6 12 ', chars),
  dotted_words: (chars) => fill('a.', chars),
  upper_alnum: (chars) => fill('FR76AB12', chars),
  base64: (chars) => fill(base64Run(), chars),
  hex: (chars) => fill('deadbeef0123456789abcdef', chars),
  emoji: (chars) => fill('🔥💾', chars),
  mixed_scripts: (chars) => fill('Médiprix Медиприкс ميديبريكس 媒体 ', chars),
  newlines: (chars) => `x${'\n'.repeat(chars - 2)}x`,
  email_local_parts: (chars) => fill('user.name+tag_', chars),
  domains: (chars) => fill('example.', chars),
  password_pairs: (chars) => fill('password=', chars),
  ampersands: (chars) => '&'.repeat(chars),
  // Short names in capitals (OCS, FDR, NFL) are weak terms: each one is looked at in its line.
  shouted_acronyms: (chars) => fill('FDR NFL HCC OSM LTC and some lower case words ', chars),
};

export const HOSTILE_SHAPE_NAMES = Object.keys(HOSTILE_SHAPES);

export function hostileText(shape: string, chars: number): string {
  const make = HOSTILE_SHAPES[shape];
  if (!make) throw new Error(`Unknown hostile shape "${shape}": choose from ${HOSTILE_SHAPE_NAMES.join(', ')}.`);
  return make(chars);
}

function fill(unit: string, chars: number): string {
  const text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  // Never end inside a surrogate pair: validation would turn the half into U+FFFD.
  return /[\uD800-\uDBFF]$/.test(text) ? `${text.slice(0, -1)}x` : text;
}

function base64Run(): string {
  let seed = 7;
  const bytes = Buffer.alloc(3_000);
  for (let index = 0; index < bytes.length; index += 1) { seed = (seed * 16807) % 2147483647; bytes[index] = seed & 255; }
  return bytes.toString('base64');
}
