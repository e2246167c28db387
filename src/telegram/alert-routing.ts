import { createHash } from 'node:crypto';
import type { AlertContext } from '../pipeline/ingest-posting.js';
import type { Store, Subscription } from '../store/index.js';
import { toDestination } from './alert-destinations.js';
import type { ChatTarget } from './telegram-client.js';

const SEVERITY_RANK: Record<string, number> = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };

/**
 * What "the same text" means for a false positive: case, spacing and numbers do not count, so
 * a repost with a new date or price is recognised; the organization is part of the mark.
 */
export function toTextFingerprint(text: string): string {
  const normalized = text.normalize('NFKC').toLowerCase().replace(/\d+([.,\s]\d+)*/g, '#').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized).digest('hex');
}

export function matchesSubscription(subscription: Subscription, context: AlertContext, sector: string | undefined): boolean {
  switch (subscription.filterKind) {
    case 'all': return true;
    case 'org': return subscription.filterValue === context.orgId;
    case 'sector': return subscription.filterValue === sector;
    case 'severity': return (SEVERITY_RANK[context.analysis.severity] ?? 0) >= (SEVERITY_RANK[subscription.filterValue] ?? 5);
  }
}

/** Where a new alert goes: the configured alert chats plus every subscription that wants it. */
export function createDestinationResolver(store: Store, alertChats: ChatTarget[]) {
  return (context: AlertContext): string[] => {
    const sector = store.watchlist.get(context.orgId)?.sector;
    const fromSubscriptions = store.telegram.chats.subscriptions()
      .filter((subscription) => matchesSubscription(subscription, context, sector))
      .map((subscription) => toDestination({ chatId: subscription.chatId, ...(subscription.threadId ? { threadId: subscription.threadId } : {}) }));
    return [...new Set([...alertChats.map(toDestination), ...fromSubscriptions])];
  };
}

/** Muted organizations and texts marked false positive keep their hit but raise no alert. */
export function createAlertSuppressor(store: Store) {
  return (context: AlertContext): string | null => {
    const mute = store.telegram.triage.activeMute(context.orgId);
    if (mute) return `organization muted until ${mute.until} by ${mute.mutedBy}`;
    const mark = store.telegram.triage.falsePositive(context.orgId, toTextFingerprint(context.posting.text));
    if (mark) return `same text marked false positive by ${mark.markedBy} at ${mark.markedAt}`;
    return null;
  };
}
