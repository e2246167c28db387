import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError } from '../../config/errors.js';
import { addSecretToScrub } from '../../config/logger.js';
import type { Settings } from '../../config/settings.js';
import { toAccountError, toFloodWaitSeconds, type AccountClient, type AccountUser } from '../../sources/telegram-account/account-client.js';
import { removeSessionFile, writeSessionFile } from '../../sources/telegram-account/account-session.js';
import { toAccountMessageUrl } from '../../sources/telegram-account/message-to-item.js';
import { CommandResult, EXIT } from '../exit-codes.js';
import { toTable } from '../print-table.js';
import { JOIN_LIMITS } from './telegram-command.js';

/** What `leakwatch telegram …` does (registered in telegram-command.ts, loaded when one runs). */

export interface Prompts {
  ask(question: string, options?: { secret?: boolean }): Promise<string>;
  close(): void;
}

/** What login needs of GramJS; a fake in tests. */
export interface LoginClient {
  start(callbacks: { phoneNumber: () => Promise<string>; phoneCode: () => Promise<string>; password: (hint?: string) => Promise<string>; onError: (error: Error) => Promise<boolean> }): Promise<void>;
  getMe(): Promise<AccountUser>;
  saveSession(): string;
  disconnect(): Promise<void>;
}

export type OpenLoginClient = (apiId: number, apiHash: string) => Promise<LoginClient>;

const out = (line: string) => process.stdout.write(`${line}\n`);

/** Questions on stderr (stdout stays for output), answers from stdin line by line; a secret is not echoed on a terminal. */
export function createTerminalPrompts(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Prompts {
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  let muted = false;
  const terminal = Boolean((input as { isTTY?: boolean }).isTTY);
  const reader = createInterface({ input, output: terminal ? output : undefined, terminal });
  if (terminal) (reader as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => { if (!muted || text.includes('\n')) output.write(muted ? '\n' : text); };
  reader.on('line', (line) => { const next = waiting.shift(); if (next) next(line); else lines.push(line); });
  reader.on('close', () => { ended = true; for (const next of waiting.splice(0)) next(undefined); });
  return {
    async ask(question, options = {}) {
      output.write(question);
      muted = Boolean(options.secret);
      const line = lines.length > 0 ? lines.shift() : ended ? undefined : await new Promise<string | undefined>((resolve) => waiting.push(resolve));
      muted = false;
      if (!terminal || options.secret) output.write('\n');
      if (line === undefined) throw new InputError(`No answer to "${question.trim()}" (input ended). Run leakwatch telegram login in a terminal.`);
      return line.trim();
    },
    close: () => reader.close(),
  };
}

const openGramJsLogin: OpenLoginClient = async (apiId, apiHash) => {
  const { createGramJsClient } = await import('../../sources/telegram-account/gramjs-client.js');
  const { client, saveSession } = await createGramJsClient({ apiId, apiHash });
  return {
    start: (callbacks) => client.start({ phoneNumber: callbacks.phoneNumber, phoneCode: callbacks.phoneCode, password: callbacks.password, onError: callbacks.onError }),
    async getMe() {
      const me = await client.getMe();
      return { id: String(me.id), name: [me.firstName, me.lastName].filter(Boolean).join(' ') || String(me.id), ...(me.username ? { username: me.username } : {}) };
    },
    saveSession,
    disconnect: () => client.destroy(),
  };
};

/** Wrong codes or passwords are asked again; after this many, login gives up. */
const MAX_LOGIN_ERRORS = 3;

export interface LoginOptions {
  settings: Settings;
  prompts: Prompts;
  openLoginClient?: OpenLoginClient;
  /** Print the session string (for TELEGRAM_SESSION in a container) instead of writing the file. */
  printSession?: boolean;
  write?: (line: string) => void;
}

/** Ask for the API id and hash (unless set), the phone, the code and the 2FA password; store the session 0600. */
export async function loginAccount(options: LoginOptions): Promise<AccountUser> {
  const { settings, prompts } = options;
  const write = options.write ?? out;
  const apiIdText = settings.TELEGRAM_API_ID ? String(settings.TELEGRAM_API_ID) : await prompts.ask('API id (my.telegram.org → API development tools): ');
  const apiId = Number(apiIdText);
  if (!Number.isInteger(apiId) || apiId <= 0) throw new InputError(`The API id must be the number shown at my.telegram.org (got ${JSON.stringify(apiIdText)}).`);
  const apiHash = settings.TELEGRAM_API_HASH ?? await prompts.ask('API hash: ', { secret: true });
  if (!/^[0-9a-f]{32}$/i.test(apiHash)) throw new InputError('The API hash must be the 32 hexadecimal characters shown at my.telegram.org.');
  addSecretToScrub(apiHash);
  const client = await (options.openLoginClient ?? openGramJsLogin)(apiId, apiHash);
  let errors = 0;
  try {
    await client.start({
      phoneNumber: () => prompts.ask('Phone number of the account (international format, +33…): '),
      phoneCode: () => prompts.ask('Login code (sent in the Telegram app, or by SMS): '),
      password: (hint) => prompts.ask(`Two-step verification password${hint ? ` (hint: ${hint})` : ''}: `, { secret: true }),
      onError: async (error) => {
        errors += 1;
        const name = (error as { errorMessage?: string }).errorMessage ?? error.message;
        write(`Telegram refused that: ${name}${errors < MAX_LOGIN_ERRORS ? '; try again.' : '.'}`);
        return errors >= MAX_LOGIN_ERRORS;
      },
    });
    if (errors >= MAX_LOGIN_ERRORS) throw new InputError(`Login stopped after ${MAX_LOGIN_ERRORS} refused answers. Check the phone number and code, then run leakwatch telegram login again.`);
    const me = await client.getMe();
    const session = client.saveSession();
    addSecretToScrub(session);
    const account = me.username ? `@${me.username}` : me.name;
    if (options.printSession) {
      write(`Logged in as ${account}. Put these in the container's environment (they are secrets; keep them out of images, logs and tickets):`);
      write(`TELEGRAM_API_ID=${apiId}`);
      write(`TELEGRAM_API_HASH=${apiHash}`);
      write(`TELEGRAM_SESSION=${session}`);
    } else {
      writeSessionFile(settings.TELEGRAM_SESSION_FILE, { apiId, apiHash, session, account, savedAt: new Date().toISOString() });
      write(`Logged in as ${account}. Session saved to ${settings.TELEGRAM_SESSION_FILE} (readable by you only).`);
      write('Next: leakwatch telegram chats, then list the chats to read in a telegram-account source (docs/telegram-account.md).');
    }
    return me;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`Telegram login failed: ${toAccountError(error, 'logging in').message}`, { cause: error });
  } finally {
    await client.disconnect().catch(() => undefined);
  }
}

async function withAccount<T>(open: () => Promise<AccountClient>, use: (client: AccountClient) => Promise<T>): Promise<T> {
  const client = await open();
  try {
    await client.connect();
    await client.getMe();
    return await use(client);
  } catch (error) {
    throw toAccountError(error, 'talking to Telegram');
  } finally {
    await client.disconnect().catch(() => undefined);
  }
}

/** The chats the account can read, with the ids to put in a sources file. */
export async function listAccountChats(open: () => Promise<AccountClient>, options: { json?: boolean; write?: (line: string) => void } = {}): Promise<number> {
  const write = options.write ?? out;
  const chats = await withAccount(open, (client) => client.listChats());
  const readable = chats.filter((chat) => chat.kind !== 'user');
  if (options.json) {
    for (const chat of readable) write(JSON.stringify({ id: chat.id, type: chat.kind, title: chat.title, username: chat.username ?? null }));
  } else {
    write(toTable(['id', 'type', 'title', 'username', 'link'], readable.map((chat) => [chat.id, chat.kind, chat.title, chat.username ? `@${chat.username}` : '', toAccountMessageUrl(chat, 1)?.replace(/\/1$/, '') ?? ''])));
    write(`${readable.length} chats (${chats.length - readable.length} private conversations not listed). Copy ids or usernames into "chats" of a telegram-account source.`);
  }
  return readable.length;
}


export interface JoinOptions {
  link: string;
  open: () => Promise<AccountClient>;
  /** Where past joins are kept (beside the session file). */
  logFile: string;
  now?: () => number;
  write?: (line: string) => void;
}

/** Join one chat on the user's request, within JOIN_LIMITS; a FLOOD_WAIT is reported with its wait. */
export async function joinChat(options: JoinOptions): Promise<void> {
  const write = options.write ?? out;
  const now = options.now ?? Date.now;
  const log = existsSync(options.logFile) ? (JSON.parse(readFileSync(options.logFile, 'utf8')) as { joins?: string[]; notBefore?: string }) : {};
  const joins = (log.joins ?? []).map((at) => Date.parse(at)).filter((at) => now() - at < 24 * 3600_000);
  const last = Math.max(Number.NEGATIVE_INFINITY, ...joins);
  const notBefore = Math.max(last + JOIN_LIMITS.minIntervalMs, log.notBefore ? Date.parse(log.notBefore) : 0);
  if (now() < notBefore) throw new InputError(`Not joining yet: leakwatch spaces joins (one per ${JOIN_LIMITS.minIntervalMs / 60_000} minutes, or as Telegram asked). Try again in ${Math.ceil((notBefore - now()) / 60_000)} min.`);
  if (joins.length >= JOIN_LIMITS.perDay) throw new InputError(`Not joining: ${joins.length} chats joined in the last 24 hours, the limit leakwatch keeps to (${JOIN_LIMITS.perDay}). Telegram restricts accounts that join many chats quickly.`);
  const save = (extra: { notBefore?: string } = {}) => {
    mkdirSync(dirname(options.logFile), { recursive: true, mode: 0o700 });
    writeFileSync(options.logFile, `${JSON.stringify({ joins: joins.map((at) => new Date(at).toISOString()), ...extra })}\n`, { mode: 0o600 });
  };
  try {
    const chat = await withAccount(options.open, (client) => client.join(options.link));
    joins.push(now());
    save();
    write(`Joined ${chat.title} (${chat.kind}), id ${chat.id}${chat.username ? `, @${chat.username}` : ''}. Add "${chat.id}" to the "chats" of a telegram-account source to read it.`);
  } catch (error) {
    const seconds = toFloodWaitSeconds((error as { cause?: unknown }).cause ?? error);
    if (seconds !== undefined) {
      save({ notBefore: new Date(now() + seconds * 1000).toISOString() });
      throw new InputError(`Telegram asks this account to wait ${seconds} s before joining again (FLOOD_WAIT). Nothing was joined.`);
    }
    throw error;
  }
}

/** auth.logOut on Telegram's side when it can be reached, and the session file removed in any case. */
export async function logoutAccount(settings: Settings, open: () => Promise<AccountClient>, write: (line: string) => void = out): Promise<void> {
  const hasFile = existsSync(settings.TELEGRAM_SESSION_FILE);
  if (!hasFile && !settings.TELEGRAM_SESSION) {
    write(`No session to log out of (${settings.TELEGRAM_SESSION_FILE} does not exist, TELEGRAM_SESSION is unset).`);
    return;
  }
  try {
    await withAccount(open, (client) => client.logOut());
    write('The session was ended on Telegram.');
  } catch (error) {
    write(`Could not end the session on Telegram (${(error as Error).message}); end it in the app: Settings → Devices.`);
    CommandResult.exitCode = EXIT.findings;
  }
  if (removeSessionFile(settings.TELEGRAM_SESSION_FILE)) write(`Removed ${settings.TELEGRAM_SESSION_FILE}.`);
  if (settings.TELEGRAM_SESSION) write('TELEGRAM_SESSION is set in the environment: remove it there too.');
}
