/**
 * HTML entities that scraped text still carries (`&amp;`, `&eacute;`, `&#233;`): decoded so
 * "M&eacute;diprix" is Médiprix. The named set is the one seen in forum and leak-site markup,
 * not the full HTML5 table; an unknown name is left as written.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', zwj: '', zwnj: '',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', euro: '€', pound: '£',
  laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', middot: '·',
};

/** The entity starting at `index` (which holds '&'): its decoded text and length, or null. */
export function readHtmlEntity(text: string, index: number): { value: string; length: number } | null {
  // Looked for only as far as an entity can reach: a search to the end of the text from every
  // '&' of a long run of them would be quadratic (issue 13).
  const semicolon = text.slice(index + 2, index + 11).indexOf(';');
  if (semicolon === -1) return null;
  const end = index + 2 + semicolon;
  const body = text.slice(index + 1, end);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { value: String.fromCodePoint(code), length: end - index + 1 };
  }
  const value = NAMED[body.toLowerCase()];
  return value === undefined ? null : { value, length: end - index + 1 };
}
