import type { Logger } from '../../config/logger.js';
import type { Settings } from '../../config/settings.js';
import type { WatchlistDetector } from '../../pipeline/watchlist-detector.js';
import type { Store } from '../../store/index.js';
import type { Language } from '../alert-texts.js';
import type { InlineKeyboard, TelegramClient } from '../telegram-client.js';
import type { TelegramChat, TelegramUser } from '../telegram-update.js';
import type { Role } from '../access-control.js';
import type { MonitorRegistry } from '../../cli/monitor-runtime.js';

/** What a command needs besides its arguments. The registry hook is read at call time. */
export interface BotServices {
  store: Store;
  detector: WatchlistDetector;
  settings: Settings;
  logger: Logger;
  client: TelegramClient;
  /** The source scheduler's "scan now", when one is running. */
  scanNow: () => ((sourceId?: string) => Promise<string>) | undefined;
  /** The retro-hunt queue of the monitor, when it runs one. */
  huntNow: () => MonitorRegistry['huntNow'];
  startedAt: Date;
}

export interface CommandContext extends BotServices {
  chat: TelegramChat;
  threadId?: number;
  user: TelegramUser;
  role: Exclude<Role, null>;
  /** `telegram:<id> (<name>)`, as written in the audit log. */
  actor: string;
  language: Language;
  reply(html: string, extra?: { keyboard?: InlineKeyboard }): Promise<void>;
}

export interface CommandSpec {
  name: string;
  /** Who may run it: members read and triage, admins also edit the watchlist and sources. */
  role: 'member' | 'admin';
  /** One line per form, shown by /help and after a bad argument. */
  usage: string[];
  summary: string;
  run(context: CommandContext, args: string): Promise<void>;
}

/** A bad argument: the reply names it and shows the command's usage. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}
