import { z } from 'zod';
import { parseDurationMs } from '../../config/parse-duration.js';
import { capText, escapeHtml } from '../html.js';
import { CommandError } from './command-types.js';

/**
 * Command arguments are user input: each is checked with zod where it enters, and a bad one
 * becomes a CommandError that names it, shows the bad value and says what is expected.
 */
export const orgIdArg = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'an organization id like mediprix (see /watch list)');
export const userIdArg = z.string().trim().regex(/^\d{1,15}$/, 'a numeric Telegram user id like 123456789').transform(Number);
export const roleArg = z.string().trim().toLowerCase().pipe(z.enum(['member', 'admin'], 'member or admin'));
export const languageArg = z.string().trim().toLowerCase().pipe(z.enum(['fr', 'en'], 'fr or en'));
export const durationMsArg = z.string().trim().regex(/^\d{1,6}[smhdw]$/i, 'a duration like 30m, 24h, 7d or 2w').transform((text) => parseDurationMs(text));
export const sourceIdArg = z.string().trim().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/i, 'a source id (see /sources)');

export function parseArg<T>(schema: z.ZodType<T, string>, value: string | undefined, name: string): T {
  const parsed = schema.safeParse(value ?? '');
  if (parsed.success) return parsed.data;
  throw new CommandError(`Invalid ${name} "${escapeHtml(capText(value ?? '', 64))}": expected ${escapeHtml(parsed.error.issues[0]?.message ?? 'another value')}.`);
}
