import { InputError } from './errors.js';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `90s`, `30m`, `24h`, `7d`, `2w` → milliseconds. Used by `hits --since`, `/hits 7d`, `/mute org 24h`. */
export function parseDurationMs(text: string, what = 'duration'): number {
  const match = /^\s*(\d{1,6})\s*([smhdw])\s*$/i.exec(text);
  if (!match) throw new InputError(`Invalid ${what} "${text}": use a number and a unit, like 30m, 24h, 7d or 2w.`);
  return Number(match[1]) * UNIT_MS[match[2]!.toLowerCase()]!;
}
