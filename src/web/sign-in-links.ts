import { createHash, randomBytes } from 'node:crypto';
import type { Store, WebUser } from '../store/index.js';

/** A sign-in link works once, within this many minutes. */
export const SIGN_IN_LINK_MINUTES = 10;

export const newToken = (): string => randomBytes(32).toString('base64url');
/** Only hashes of tokens are stored: a copy of the database opens nothing. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The address the console is reached at, as written in sign-in links. */
export function consoleBaseUrl(settings: { WEB_PUBLIC_URL?: string | undefined; WEB_HOST: string; WEB_PORT?: number | undefined }, port?: number): string {
  if (settings.WEB_PUBLIC_URL) return settings.WEB_PUBLIC_URL.replace(/(?<!\/)\/+$/, '');
  const host = settings.WEB_HOST.includes(':') ? `[${settings.WEB_HOST}]` : settings.WEB_HOST;
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port ?? settings.WEB_PORT ?? 8080}`;
}

export function createSignInLink(store: Store, user: WebUser, baseUrl: string, minutes = SIGN_IN_LINK_MINUTES): { url: string; expiresAt: Date } {
  const token = newToken();
  const expiresAt = new Date(store.clock().getTime() + minutes * 60_000);
  store.web.createLink(hashToken(token), user, expiresAt);
  return { url: `${baseUrl}/sign-in/${token}`, expiresAt };
}
