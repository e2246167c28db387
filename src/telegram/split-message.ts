/** Telegram refuses messages longer than this many characters (after entity parsing). */
export const TELEGRAM_MESSAGE_MAX_CHARS = 4096;

const TAG = /<(\/?)([a-z][a-z0-9-]*)\b[^>]*>/gi;

/**
 * Split an HTML message into parts of at most `maxChars`, at line boundaries. Tags open at a
 * cut are closed at the end of the part and reopened at the start of the next, so each part
 * parses on its own. A single line longer than a part is cut between characters, never inside
 * a tag, an entity or a surrogate pair.
 */
export function splitHtmlMessage(html: string, maxChars = TELEGRAM_MESSAGE_MAX_CHARS): string[] {
  if (html.length <= maxChars) return [html];
  const parts: string[] = [];
  let open: { name: string; tag: string }[] = [];
  let current = '';
  // Room kept for closing tags at a cut: the longest realistic nesting is a few tags deep.
  const closingRoom = () => open.reduce((sum, entry) => sum + entry.name.length + 3, 0);

  const flush = () => {
    parts.push(current.replace(/(?<!\n)\n+$/, '') + [...open].reverse().map((entry) => `</${entry.name}>`).join(''));
    current = open.map((entry) => entry.tag).join('');
  };

  const track = (piece: string) => {
    for (const match of piece.matchAll(TAG)) {
      const name = match[2]!.toLowerCase();
      if (match[1] === '/') {
        const index = open.map((entry) => entry.name).lastIndexOf(name);
        if (index !== -1) open = open.slice(0, index);
      } else {
        open.push({ name, tag: match[0] });
      }
    }
  };

  for (const piece of toPieces(html, Math.floor(maxChars / 2))) {
    const opening = open.map((entry) => entry.tag).join('');
    if (current.length > opening.length && current.length + piece.length + closingRoom() > maxChars) flush();
    current += piece;
    track(piece);
  }
  if (current.length > 0) parts.push(current);
  return parts.map((part) => part.replace(/(?<!\n)\n+$/, '')).filter((part) => part.replace(TAG, '').trim().length > 0);
}

/** Lines with their newline, long lines cut into safe pieces of at most `maxPiece`. */
function toPieces(html: string, maxPiece: number): string[] {
  const pieces: string[] = [];
  for (const line of html.split(/(?<=\n)/)) {
    let rest = line;
    while (rest.length > maxPiece) {
      const cut = safeCut(rest, maxPiece);
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (rest.length > 0) pieces.push(rest);
  }
  return pieces;
}

/** True when cutting before `position` splits no tag, entity or surrogate pair. */
function isSafeCut(text: string, position: number): boolean {
  const lastLt = text.lastIndexOf('<', position - 1);
  if (lastLt !== -1 && text.lastIndexOf('>', position - 1) < lastLt) return false;
  const lastAmp = text.lastIndexOf('&', position - 1);
  if (lastAmp !== -1 && position - lastAmp <= 8 && !text.slice(lastAmp, position).includes(';')) return false;
  return !/[\uD800-\uDBFF]/.test(text.charAt(position - 1));
}

/** The last safe position <= max, preferring one just after a space so words stay whole. */
function safeCut(text: string, max: number): number {
  const space = text.lastIndexOf(' ', max - 1);
  if (space > max - 200 && space > 0 && isSafeCut(text, space + 1)) return space + 1;
  for (let cut = max; cut > 0; cut -= 1) if (isSafeCut(text, cut)) return cut;
  return Math.min(max, text.length);
}
