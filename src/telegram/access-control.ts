import type { Settings } from '../config/settings.js';
import type { Store } from '../store/index.js';
import { parseAlertChats } from './alert-destinations.js';

export type Role = 'admin' | 'member' | null;

/**
 * Who may talk to the bot. Admins come from TELEGRAM_ADMIN_IDS or /grant; members from
 * TELEGRAM_MEMBER_IDS or /grant; everyone else is a stranger. Commands are answered in
 * private chats and in the team's groups (alert chats and subscribed chats); an admin may
 * also use them in a new group, to subscribe it.
 */
export function createAccessControl(settings: Settings, store: Store) {
  const admins = new Set(settings.TELEGRAM_ADMIN_IDS.map(Number));
  const members = new Set(settings.TELEGRAM_MEMBER_IDS.map(Number));
  const alertChats = new Set(parseAlertChats(settings.TELEGRAM_ALERT_CHAT_IDS).map((target) => Number(target.chatId)));

  const roleOf = (userId: number): Role => {
    if (admins.has(userId)) return 'admin';
    const granted = store.telegram.chats.grantedRole(userId);
    if (granted) return granted;
    return members.has(userId) ? 'member' : null;
  };

  return {
    roleOf,
    /** Ids from the settings cannot be changed with /grant or /revoke. */
    isConfigured: (userId: number) => admins.has(userId) || members.has(userId),
    adminIds: (): number[] => [...new Set([...admins, ...store.telegram.chats.grantedRoles().filter((entry) => entry.role === 'admin').map((entry) => entry.userId)])],
    isTeamChat: (chatId: number): boolean => alertChats.has(chatId) || store.telegram.chats.subscriptionsOf(chatId).length > 0,
    /** A chat the listener must not read as a source: the team's own chats, unless listed to listen. */
    isAlertChat: (chatId: number): boolean => alertChats.has(chatId),
  };
}

export type AccessControl = ReturnType<typeof createAccessControl>;
