import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

export type WebRole = 'admin' | 'member';

/** Who a sign-in link or a session is for. */
export interface WebUser {
  userId: number;
  userName: string;
  role: WebRole;
}

export interface WebSession extends WebUser {
  id: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  client: string | null;
}

interface SessionRow {
  id: number; csrf_token: string; user_id: number; user_name: string; role: WebRole; created_at: string; last_seen_at: string;
  expires_at: string; revoked_at: string | null; client: string | null;
}

const toSession = (row: SessionRow): WebSession => ({
  id: row.id, csrfToken: row.csrf_token, userId: row.user_id, userName: row.user_name, role: row.role, createdAt: row.created_at,
  lastSeenAt: row.last_seen_at, expiresAt: row.expires_at, revokedAt: row.revoked_at, client: row.client,
});

/**
 * Sign-in links and sessions of the web console. Tokens are stored as hashes only (the caller
 * hashes); a link is spent by the one UPDATE that finds it unused and unexpired, so two requests
 * racing with the same link cannot both sign in.
 */
export function createWebSessionsStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    insertLink: db.prepare('INSERT INTO web_sign_in_links (token_hash, user_id, user_name, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)'),
    spendLink: db.prepare(`UPDATE web_sign_in_links SET used_at = @now WHERE token_hash = @hash AND used_at IS NULL AND expires_at > @now
      RETURNING user_id, user_name, role`),
    findLink: db.prepare('SELECT used_at, expires_at FROM web_sign_in_links WHERE token_hash = ?'),
    pruneLinks: db.prepare('DELETE FROM web_sign_in_links WHERE expires_at < ?'),
    insertSession: db.prepare(`INSERT INTO web_sessions (token_hash, csrf_token, user_id, user_name, role, created_at, last_seen_at, expires_at, client)
      VALUES (@hash, @csrf, @userId, @userName, @role, @now, @now, @expiresAt, @client)`),
    sessionByHash: db.prepare('SELECT * FROM web_sessions WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?'),
    // At most once a minute: a page view need not be a write.
    touch: db.prepare('UPDATE web_sessions SET last_seen_at = @now WHERE id = @id AND last_seen_at < @minuteAgo'),
    list: db.prepare('SELECT * FROM web_sessions WHERE revoked_at IS NULL AND expires_at > ? ORDER BY id DESC'),
    revoke: db.prepare('UPDATE web_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
  };
  const now = () => clock().toISOString();
  return {
    createLink(tokenHash: string, user: WebUser, expiresAt: Date): void {
      statements.pruneLinks.run(now());
      statements.insertLink.run(tokenHash, user.userId, user.userName, user.role, now(), expiresAt.toISOString());
    },
    /** Spend a link: the user it was made for, or why not ('unknown', 'used', 'expired'). */
    spendLink(tokenHash: string): { user: WebUser } | { refused: 'unknown' | 'used' | 'expired' } {
      const row = statements.spendLink.get({ hash: tokenHash, now: now() }) as { user_id: number; user_name: string; role: WebRole } | undefined;
      if (row) return { user: { userId: row.user_id, userName: row.user_name, role: row.role } };
      const link = statements.findLink.get(tokenHash) as { used_at: string | null } | undefined;
      return { refused: !link ? 'unknown' : link.used_at ? 'used' : 'expired' };
    },
    createSession(tokenHash: string, csrfToken: string, user: WebUser, expiresAt: Date, client: string | null): number {
      return Number(statements.insertSession.run({ hash: tokenHash, csrf: csrfToken, ...user, now: now(), expiresAt: expiresAt.toISOString(), client }).lastInsertRowid);
    },
    /** The live session with this token hash (not revoked, not expired), its last use recorded. */
    findSession(tokenHash: string): WebSession | undefined {
      const row = statements.sessionByHash.get(tokenHash, now()) as SessionRow | undefined;
      if (!row) return undefined;
      statements.touch.run({ now: now(), id: row.id, minuteAgo: new Date(clock().getTime() - 60_000).toISOString() });
      return toSession(row);
    },
    listSessions(): WebSession[] {
      return (statements.list.all(now()) as SessionRow[]).map(toSession);
    },
    revokeSession(id: number): boolean {
      return statements.revoke.run(now(), id).changes > 0;
    },
  };
}

export type WebSessionsStore = ReturnType<typeof createWebSessionsStore>;
