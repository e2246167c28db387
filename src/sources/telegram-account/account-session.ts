import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { addSecretToScrub } from '../../config/logger.js';
import type { Settings } from '../../config/settings.js';
import { AccountSessionError, type AccountCredentials } from './account-client.js';

/**
 * The account's session: a file readable by its owner alone (0600) written by `leakwatch
 * telegram login`, or TELEGRAM_SESSION for containers. Whoever holds the session string reads
 * the account, so it is registered for scrubbing as soon as it is read and never leaves here
 * except towards GramJS.
 */
const sessionFileSchema = z.object({
  apiId: z.number().int().min(1),
  apiHash: z.string().min(1),
  session: z.string().min(20),
  /** Who logged in, to show in `leakwatch telegram chats`. */
  account: z.string().optional(),
  savedAt: z.string().optional(),
}).strict();

export type SessionFile = z.infer<typeof sessionFileSchema>;

export function readSessionFile(path: string): SessionFile | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AccountSessionError(`The Telegram session file ${path} is not readable JSON. Log in again with: leakwatch telegram login`);
  }
  const checked = sessionFileSchema.safeParse(parsed);
  if (!checked.success) throw new AccountSessionError(`The Telegram session file ${path} is not one leakwatch wrote (${checked.error.issues[0]?.path.join('.') || 'format'}). Log in again with: leakwatch telegram login`);
  addSecretToScrub(checked.data.session);
  addSecretToScrub(checked.data.apiHash);
  return checked.data;
}

/** Written to a temp file created 0600, then renamed: the secret is never readable by others, even for a moment. */
export function writeSessionFile(path: string, content: SessionFile): void {
  addSecretToScrub(content.session);
  addSecretToScrub(content.apiHash);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: 'w' });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

export function removeSessionFile(path: string): boolean {
  if (!existsSync(path)) return false;
  rmSync(path, { force: true });
  return true;
}

/** A session file others can read is refused, as ssh refuses such a key. */
function checkPrivate(path: string): void {
  if (process.platform === 'win32') return;
  const mode = statSync(path).mode & 0o077;
  if (mode !== 0) throw new AccountSessionError(`The Telegram session file ${path} can be read by other users (mode ${(statSync(path).mode & 0o777).toString(8)}). Run: chmod 600 ${path}`);
}

/**
 * The credentials to open the account with: TELEGRAM_SESSION (and TELEGRAM_API_ID/HASH) from
 * the environment, else the session file. Missing: an AccountSessionError saying how to log in.
 */
export function loadAccountCredentials(settings: Settings): AccountCredentials {
  addSecretToScrub(settings.TELEGRAM_SESSION);
  addSecretToScrub(settings.TELEGRAM_API_HASH);
  const file = settings.TELEGRAM_SESSION ? undefined : readSessionFile(settings.TELEGRAM_SESSION_FILE);
  if (file) checkPrivate(settings.TELEGRAM_SESSION_FILE);
  const session = settings.TELEGRAM_SESSION ?? file?.session;
  const apiId = settings.TELEGRAM_API_ID ?? file?.apiId;
  const apiHash = settings.TELEGRAM_API_HASH ?? file?.apiHash;
  if (!session) throw new AccountSessionError(`No Telegram account is logged in (no session in ${settings.TELEGRAM_SESSION_FILE}, TELEGRAM_SESSION unset). Run: leakwatch telegram login (see docs/telegram-account.md)`);
  if (!apiId || !apiHash) throw new AccountSessionError('TELEGRAM_SESSION is set but TELEGRAM_API_ID or TELEGRAM_API_HASH is not: set both (from my.telegram.org), see docs/telegram-account.md');
  return { apiId, apiHash, session };
}
