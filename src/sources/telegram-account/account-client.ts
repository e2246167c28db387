import type { Api } from 'telegram';
import { SourceError } from '../source-errors.js';

/**
 * What leakwatch asks of a Telegram user account. The real one is GramJS (gramjs-client.ts,
 * loaded only when an account is used); tests use a fake that answers from recorded data with
 * GramJS's own Api objects. Nothing here sends a message, reacts or marks anything read.
 */
export interface AccountClient {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  /** The logged-in user; throws the 401 error of a revoked session. */
  getMe(): Promise<AccountUser>;
  /** A chat from a username, t.me link, invite link the account already joined, or numeric id. */
  resolveChat(reference: string): Promise<AccountChat>;
  /** The chats the account is in (its dialogs). */
  listChats(): Promise<AccountChat[]>;
  /**
   * One messages.getHistory request, with its semantics: from the newest message below
   * `offsetId` (0: the newest of all), shifted `addOffset` places towards older (negative:
   * newer) messages, at most `limit`, newest first, keeping only ids above `minId`; with the
   * users and chats the messages mention.
   */
  getHistory(chat: AccountChat, request: HistoryRequest): Promise<HistoryPage>;
  /** Raw updates as GramJS hands them over (UpdateNewChannelMessage, UpdateEditMessage, …). */
  onUpdate(listener: (update: Api.TypeUpdate | AccountConnectionUpdate) => void): () => void;
  /** Only on `leakwatch telegram join`: the monitor never joins by itself. */
  join(link: string): Promise<AccountChat>;
  /** auth.logOut: the session stops working on Telegram's side too. */
  logOut(): Promise<void>;
}

export interface AccountUser {
  id: string;
  name: string;
  username?: string;
  phone?: string;
}

/** A chat as leakwatch keeps it; `id` is Bot-API style (-100… for channels and supergroups). */
export interface AccountChat {
  id: string;
  kind: 'channel' | 'supergroup' | 'group' | 'user';
  title: string;
  username?: string;
  /** What GramJS needs to address it (an InputPeer); opaque here. */
  peer: unknown;
}

export interface HistoryRequest {
  offsetId: number;
  addOffset: number;
  limit: number;
  minId: number;
}

export interface HistoryPage {
  messages: Api.TypeMessage[];
  users: Api.TypeUser[];
  chats: Api.TypeChat[];
}

/** GramJS's connection-state pseudo-update, reduced to what the listener needs. */
export interface AccountConnectionUpdate {
  connectionState: 'connected' | 'disconnected';
}

export type OpenAccountClient = (credentials: AccountCredentials) => Promise<AccountClient>;

export interface AccountCredentials {
  apiId: number;
  apiHash: string;
  /** GramJS StringSession; a secret. */
  session: string;
  /** `socks5h://host:port` for `"proxy": "tor"` or a proxy URL; undefined: direct. */
  proxyUrl?: string;
}

/** Errors Telegram answers when the session no longer works: the user must log in again. */
const REVOKED = new Set(['AUTH_KEY_UNREGISTERED', 'AUTH_KEY_INVALID', 'SESSION_REVOKED', 'SESSION_EXPIRED', 'USER_DEACTIVATED', 'USER_DEACTIVATED_BAN', 'AUTH_KEY_PERM_EMPTY']);

const rpcName = (error: unknown): string => String((error as { errorMessage?: unknown })?.errorMessage ?? '');

/** FLOOD_WAIT_X / SLOWMODE_WAIT_X: GramJS puts X in `seconds`. */
export function toFloodWaitSeconds(error: unknown): number | undefined {
  const seconds = (error as { seconds?: unknown })?.seconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
  return /FLOOD|SLOWMODE/.test(rpcName(error)) || /FloodWait|Flood/.test((error as Error)?.constructor?.name ?? '') ? seconds : undefined;
}

export function isRevokedSession(error: unknown): boolean {
  return error instanceof AccountSessionError || REVOKED.has(rpcName(error));
}

/**
 * The account cannot be used until someone logs in again (revoked, expired, deactivated, or
 * no session at all). The source turns unhealthy at once with this message; it never holds
 * the session itself.
 */
export class AccountSessionError extends SourceError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('config', message, options);
    // On the command line it is a setting to fix (log in), not a finding: exit 2 like other input errors.
    (this as { exitCode: number }).exitCode = 2;
  }
}

export function toAccountError(error: unknown, what: string): SourceError {
  if (error instanceof SourceError) return error;
  const name = rpcName(error);
  if (REVOKED.has(name)) {
    return new AccountSessionError(`Telegram session revoked or expired (${name}): log in again with leakwatch telegram login (Telegram no longer accepts the session; the account may also be deactivated).`, { cause: error });
  }
  const seconds = toFloodWaitSeconds(error);
  if (seconds !== undefined) return new SourceError('unreachable', `Telegram asked to wait ${seconds} s (FLOOD_WAIT_${seconds}) while ${what}; retried at the next run.`, { cause: error });
  if (name) return new SourceError('http-status', `Telegram refused ${what}: ${name}.`, { cause: error });
  return new SourceError('unreachable', `Cannot reach Telegram while ${what}: ${(error as Error)?.message ?? String(error)}.`, { cause: error });
}
