/**
 * HTML built from templates whose every interpolated value is escaped unless it is already
 * SafeHtml: text from postings can never become markup. There is no way to mark a string safe
 * except `trustedHtml`, used only for markup written in this folder.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

type Interpolated = SafeHtml | string | number | boolean | null | undefined | readonly Interpolated[];

const render = (value: Interpolated): string => {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
};

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, index) => { out += render(value) + strings[index + 1]!; });
  return new SafeHtml(out);
}

export const trustedHtml = (markup: string): SafeHtml => new SafeHtml(markup);

/**
 * Data for a page's script, in a `<script type="application/json">` block: never executed, and
 * `<` escaped so no value can close the block.
 */
export const jsonBlock = (id: string, data: unknown): SafeHtml =>
  new SafeHtml(`<script type="application/json" id="${escapeHtml(id)}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`);

/** `2026-12-04T20:17:28.000Z` → `2026-12-04 20:17 UTC`. */
export const toUtcMinute = (iso: string | null | undefined): string => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—');
