import { z } from 'zod';
import { ConfigError } from './errors.js';

/**
 * Every setting in one place: the zod schema (type and default) next to the environment
 * variable that sets it. Precedence: process environment, then `.env`, then the default here.
 * `.env.example` documents each one; keep the two in step.
 */
const commaList = z
  .string()
  .transform((raw) => raw.split(',').map((part) => part.trim()).filter((part) => part.length > 0));

const intList = commaList.pipe(
  z.array(z.string().regex(/^-?\d+$/, 'a comma-separated list of numeric ids')),
);

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((raw) => raw === 'true' || raw === '1' || raw === 'yes');

const field = {
  DATABASE_PATH: z.string().min(1).default('./data/leakwatch.db'),
  WATCHLIST_SEED_PATH: z.string().min(1).default('./seeds/watchlist.json'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ALERT_LANGUAGE: z.enum(['fr', 'en']).default('en'),
  EVIDENCE_DIR: z.string().min(1).default('./data/evidence'),

  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'a BotFather token like 123456:ABC-DEF… (digits, a colon, then the secret)')
    .optional(),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  TELEGRAM_ALERT_CHAT_IDS: z.string().default('').pipe(commaList),
  TELEGRAM_ADMIN_IDS: z.string().default('').pipe(intList),
  TELEGRAM_MEMBER_IDS: z.string().default('').pipe(intList),
  TELEGRAM_LISTEN_CHAT_IDS: z.string().default('').pipe(intList),
  TELEGRAM_WEBHOOK_URL: z.url().optional(),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(8443),

  /** The user account (MTProto) of `telegram-account` sources: see docs/telegram-account.md. */
  TELEGRAM_API_ID: z.coerce.number().int().min(1).optional(),
  TELEGRAM_API_HASH: z.string().regex(/^[0-9a-f]{32}$/i, 'the 32-character api_hash from my.telegram.org').optional(),
  TELEGRAM_SESSION_FILE: z.string().min(1).default('./data/telegram-account.session'),
  /** The session string itself, for containers; wins over the file. */
  TELEGRAM_SESSION: z.string().min(20, 'the session string printed by `leakwatch telegram login --print-session`').optional(),

  SOURCES_FILE: z.string().min(1).default('./sources.json'),
  SOURCES_ENABLED: z.string().default('true').pipe(booleanFlag),
  TOR_SOCKS_URL: z
    .string()
    .regex(/^socks5h?:\/\/[^/]+:\d+\/?$/, 'a SOCKS URL like socks5h://127.0.0.1:9050')
    .optional(),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  SCAN_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  SCAN_PER_HOST_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** A posting whose detection takes longer is stopped and stored as not analysed (issue 13). */
  ANALYSIS_BUDGET_SECS: z.coerce.number().min(0.1).max(600).default(10),
  /** Worker threads that analyse postings for the monitor and `ingest`; 0 analyses in the main thread. */
  ANALYSIS_THREADS: z.coerce.number().int().min(0).max(64).default(2),

  WEBHOOK_URL: z.url().optional(),

  /** A retro-hunt alerts only for postings first seen within this many days; older finds are stored without an alert. */
  RETRO_HUNT_ALERT_DAYS: z.coerce.number().int().min(0).max(3650).default(90),

  /** The web console (docs/web-console.md): served by `leakwatch run` when WEB_PORT is set. */
  WEB_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  WEB_HOST: z.string().min(1).default('127.0.0.1'),
  /** The address people open, for sign-in links (behind a TLS proxy: https://…); default http://WEB_HOST:WEB_PORT. */
  WEB_PUBLIC_URL: z.url().optional(),
  WEB_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
};

const settingsSchema = z.object(field);
export type Settings = z.infer<typeof settingsSchema>;
export const SETTING_NAMES = Object.keys(field) as (keyof Settings)[];

/** Names of settings whose values must never appear in logs or error messages. */
const SECRET_SETTINGS: ReadonlySet<string> = new Set(['TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_HASH', 'TELEGRAM_SESSION']);

/**
 * Validate settings from an environment-like record. Empty strings count as unset, so a
 * `.env` copied from `.env.example` with blank values behaves like no `.env` at all.
 */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const present: Record<string, string> = {};
  for (const name of SETTING_NAMES) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') present[name] = value.trim();
  }
  const parsed = settingsSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'setting');
  const shown = SECRET_SETTINGS.has(name) ? '(hidden)' : JSON.stringify(present[name]);
  throw new ConfigError(`Invalid setting ${name}=${shown}: expected ${describeExpected(issue)}. Fix it in .env or the environment (see .env.example).`);
}

function describeExpected(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) return `one of ${issue.values.join(', ')}`;
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'a URL like https://host/path';
  if (issue.code === 'too_small' || issue.code === 'too_big') return issue.message.replace(/^Too (small|big): expected number to be /, 'a number ');
  return issue.message;
}
