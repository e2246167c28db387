import { openDatabase, type Db, type OpenDatabaseOptions } from './open-database.js';
import { systemClock, type Clock } from './clock.js';
import { createWatchlistStore } from './watchlist-store.js';
import { createPostingsStore } from './postings-store.js';
import { createHitsStore } from './hits-store.js';
import { createAlertsStore } from './alerts-store.js';
import { createScanRunsStore } from './scan-runs-store.js';
import { createSourcesStore } from './sources-store.js';
import { createTelegramChatsStore } from './telegram-chats-store.js';
import { createTelegramTriageStore } from './telegram-triage-store.js';
import { createCasesStore } from './cases-store.js';
import { createRetroHuntsStore } from './retro-hunts-store.js';
import { createWebSessionsStore } from './web-sessions-store.js';
import { createConsoleStore } from './console-store.js';
import { createSearchIndexStore } from './search-index-store.js';

export { openDatabase, schemaVersion, readMigrations, type Db } from './open-database.js';
export type { Clock } from './clock.js';
export type { WatchlistStore, Actor } from './watchlist-store.js';
export type { PostingsStore, StoredPosting } from './postings-store.js';
export type { HitsStore, Hit, HitSummary, HitQuery, HitOrigin } from './hits-store.js';
export type { AlertsStore, Alert, Delivery, DeliveryStatus, OutboxOverview } from './alerts-store.js';
export { formatAlertNumber } from './alerts-store.js';
export type { ScanRunsStore, ScanRun, ScanRunResult } from './scan-runs-store.js';
export type { SourcesStore, SourceState, SourceHealthStatus, SourceOverview } from './sources-store.js';
export type { TelegramChatsStore, TelegramRole, Subscription, SubscriptionFilterKind, GrantedRole } from './telegram-chats-store.js';
export type { TelegramTriageStore, TriageState, TriageMark, Mute, SourceHealth } from './telegram-triage-store.js';
export type { CasesStore, Case, CaseEvent, CaseSighting } from './cases-store.js';
export type { WebSessionsStore, WebSession, WebUser, WebRole } from './web-sessions-store.js';
export type { ConsoleStore, AlertFilter, AlertListRow, PostingSearchRow } from './console-store.js';
export type { SearchIndexStore } from './search-index-store.js';
export type { RetroHuntsStore, RetroHuntRun, RetroHuntFigures, WatchlistChange } from './retro-hunts-store.js';

/** All of leakwatch's tables behind one handle. Later stages add their own stores beside these. */
export function createStore(db: Db, clock: Clock = systemClock) {
  const searchIndex = createSearchIndexStore(db);
  return {
    db,
    clock,
    watchlist: createWatchlistStore(db, clock),
    postings: createPostingsStore(db, clock),
    hits: createHitsStore(db, clock),
    alerts: createAlertsStore(db, clock),
    scanRuns: createScanRunsStore(db, clock),
    sources: createSourcesStore(db, clock),
    telegram: { chats: createTelegramChatsStore(db, clock), triage: createTelegramTriageStore(db, clock) },
    cases: createCasesStore(db, clock),
    retroHunts: createRetroHuntsStore(db, clock),
    web: createWebSessionsStore(db, clock),
    searchIndex,
    console: createConsoleStore(db, searchIndex),
    close: () => db.close(),
  };
}

export type Store = ReturnType<typeof createStore>;

export function openStore(path: string, options: OpenDatabaseOptions & { clock?: Clock } = {}): Store {
  return createStore(openDatabase(path, options), options.clock ?? systemClock);
}
