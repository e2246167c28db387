import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

export type TelegramRole = 'admin' | 'member';
export type SubscriptionFilterKind = 'all' | 'org' | 'sector' | 'severity';

/** A chat (or forum topic when threadId > 0) that asked for alerts with /subscribe. */
export interface Subscription {
  id: number;
  chatId: number;
  threadId: number;
  filterKind: SubscriptionFilterKind;
  filterValue: string;
  createdBy: string;
  createdAt: string;
}

export interface GrantedRole {
  userId: number;
  role: TelegramRole;
  grantedBy: string;
  grantedAt: string;
}

interface SubscriptionRow {
  id: number; chat_id: number; thread_id: number; filter_kind: SubscriptionFilterKind; filter_value: string; created_by: string; created_at: string;
}
const toSubscription = (row: SubscriptionRow): Subscription => ({
  id: row.id, chatId: row.chat_id, threadId: row.thread_id, filterKind: row.filter_kind, filterValue: row.filter_value,
  createdBy: row.created_by, createdAt: row.created_at,
});

/**
 * Per-chat and per-user state of the bot: granted roles, refused strangers, subscriptions,
 * chat languages, paging states and the notices already sent to the admins.
 */
export function createTelegramChatsStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    grant: db.prepare(`INSERT INTO telegram_roles (user_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (user_id) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, granted_at = excluded.granted_at`),
    revoke: db.prepare('DELETE FROM telegram_roles WHERE user_id = ?'),
    roleOf: db.prepare('SELECT role FROM telegram_roles WHERE user_id = ?'),
    roles: db.prepare('SELECT user_id AS userId, role, granted_by AS grantedBy, granted_at AS grantedAt FROM telegram_roles ORDER BY user_id'),
    refuse: db.prepare(`INSERT INTO telegram_refusals (user_id, first_at, last_at) VALUES (?, ?, ?)
      ON CONFLICT (user_id) DO UPDATE SET last_at = excluded.last_at, attempts = attempts + 1`),
    refusalAttempts: db.prepare('SELECT attempts FROM telegram_refusals WHERE user_id = ?'),
    subscribe: db.prepare(`INSERT OR IGNORE INTO telegram_subscriptions (chat_id, thread_id, filter_kind, filter_value, created_by, created_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
    unsubscribeAll: db.prepare('DELETE FROM telegram_subscriptions WHERE chat_id = ? AND thread_id = ?'),
    unsubscribeOne: db.prepare('DELETE FROM telegram_subscriptions WHERE chat_id = ? AND thread_id = ? AND filter_kind = ? AND filter_value = ?'),
    dropChat: db.prepare('DELETE FROM telegram_subscriptions WHERE chat_id = ?'),
    subscriptions: db.prepare('SELECT * FROM telegram_subscriptions ORDER BY id'),
    subscriptionsOf: db.prepare('SELECT * FROM telegram_subscriptions WHERE chat_id = ? ORDER BY id'),
    setLanguage: db.prepare(`INSERT INTO telegram_chat_languages (chat_id, language, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at`),
    languageOf: db.prepare('SELECT language FROM telegram_chat_languages WHERE chat_id = ?'),
    saveState: db.prepare('INSERT INTO telegram_callback_states (chat_id, payload, created_at) VALUES (?, ?, ?)'),
    loadState: db.prepare('SELECT payload FROM telegram_callback_states WHERE id = ? AND chat_id = ?'),
    pruneStates: db.prepare('DELETE FROM telegram_callback_states WHERE created_at < ?'),
    notice: db.prepare('INSERT OR IGNORE INTO telegram_admin_notices (notice_key, sent_at) VALUES (?, ?)'),
  };
  const now = () => clock().toISOString();

  return {
    grant(userId: number, role: TelegramRole, grantedBy: string): void {
      statements.grant.run(userId, role, grantedBy, now());
    },
    revoke(userId: number): boolean {
      return statements.revoke.run(userId).changes > 0;
    },
    grantedRole(userId: number): TelegramRole | undefined {
      return (statements.roleOf.get(userId) as { role: TelegramRole } | undefined)?.role;
    },
    grantedRoles(): GrantedRole[] {
      return statements.roles.all() as GrantedRole[];
    },
    /** Record a refused stranger; true the first time, when they get the one polite answer. */
    recordRefusal(userId: number): boolean {
      statements.refuse.run(userId, now(), now());
      return (statements.refusalAttempts.get(userId) as { attempts: number }).attempts === 1;
    },
    subscribe(chatId: number, threadId: number, filterKind: SubscriptionFilterKind, filterValue: string, createdBy: string): boolean {
      return statements.subscribe.run(chatId, threadId, filterKind, filterValue, createdBy, now()).changes > 0;
    },
    /** Without a filter, every subscription of the chat (topic) goes. Returns how many went. */
    unsubscribe(chatId: number, threadId: number, filter?: { kind: SubscriptionFilterKind; value: string }): number {
      return filter
        ? statements.unsubscribeOne.run(chatId, threadId, filter.kind, filter.value).changes
        : statements.unsubscribeAll.run(chatId, threadId).changes;
    },
    /** The chat is gone or removed the bot: its subscriptions go, alerts stop being queued for it. */
    dropChat(chatId: number): number {
      return statements.dropChat.run(chatId).changes;
    },
    subscriptions(): Subscription[] {
      return (statements.subscriptions.all() as SubscriptionRow[]).map(toSubscription);
    },
    subscriptionsOf(chatId: number): Subscription[] {
      return (statements.subscriptionsOf.all(chatId) as SubscriptionRow[]).map(toSubscription);
    },
    setLanguage(chatId: number, language: 'en' | 'fr'): void {
      statements.setLanguage.run(chatId, language, now());
    },
    languageOf(chatId: number): 'en' | 'fr' | undefined {
      return (statements.languageOf.get(chatId) as { language: 'en' | 'fr' } | undefined)?.language;
    },
    /** Keep what a button refers to; states older than a week are dropped on the way. */
    saveCallbackState(chatId: number, payload: unknown): number {
      statements.pruneStates.run(new Date(clock().getTime() - 7 * 86_400_000).toISOString());
      return Number(statements.saveState.run(chatId, JSON.stringify(payload), now()).lastInsertRowid);
    },
    loadCallbackState(id: number, chatId: number): unknown {
      const row = statements.loadState.get(id, chatId) as { payload: string } | undefined;
      return row ? JSON.parse(row.payload) : undefined;
    },
    /** True the first time a notice key is seen: the admins are told once. */
    claimNotice(key: string): boolean {
      return statements.notice.run(key, now()).changes > 0;
    },
  };
}

export type TelegramChatsStore = ReturnType<typeof createTelegramChatsStore>;
