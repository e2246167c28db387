import type { MonitorPart, MonitorRegistry } from '../cli/monitor-runtime.js';
import type { Logger } from '../config/logger.js';
import type { AlertContext } from '../pipeline/ingest-posting.js';
import type { Store } from '../store/index.js';
import { CASE_STATE_NAMES, CLOCK_HOURS, isOpenState, REMINDER_HOURS } from './case-states.js';
import { GROUPING_WINDOW_DAYS, toClaimSignature } from './case-workflow.js';
import type { WebhookOptions } from '../alerts/post-webhook.js';
import { loadCaseRecord } from './load-case-record.js';
import { toWebhookPayload } from './webhook-payload.js';

export type CaseNotifier = (alertId: number, text: Record<'en' | 'fr', string>) => Promise<void>;

/** A claim too vague to be told apart from another (no volume, no seller) is never grouped. */
const isGroupable = (context: AlertContext): boolean =>
  context.analysis.recordCount !== null || context.analysis.sellerHandles.length > 0;

/**
 * The grouping step, run by the pipeline before it queues an alert: a repost of a claim that
 * already has a case (same organization and signature, seen within the window) becomes a
 * sighting of that case, and no second alert is queued.
 */
export function createGroupingSuppressor(store: Store, windowDays = GROUPING_WINDOW_DAYS) {
  return (context: AlertContext): string | null => {
    if (!isGroupable(context)) return null;
    const since = new Date(store.clock().getTime() - windowDays * 86_400_000).toISOString();
    const found = store.cases.findGroupable(context.orgId, toClaimSignature(context.analysis), since);
    if (!found) return null;
    const hitId = store.cases.hitIdOf(context.postingId, context.orgId);
    if (hitId === undefined) return null;
    store.cases.addSighting(found.id, hitId, store.clock().toISOString());
    return `same claim as ${found.alertNumber}: recorded as a new sighting of its case`;
  };
}

/** Open the case of every alert the pipeline queued. */
export function createCaseOpener(store: Store) {
  return (alert: { id: number; hitId: number; orgId: string; createdAt: string }, context: AlertContext): void => {
    if (store.cases.getByAlertId(alert.id)) return;
    store.cases.open(alert.id, alert.hitId, alert.orgId, toClaimSignature(context.analysis), alert.createdAt);
  };
}

export interface CaseNotice {
  alertId: number;
  kind: 'sighting' | 'reminder';
  text: Record<'en' | 'fr', string>;
}

/**
 * One pass of the case clock: each repost not yet announced is mentioned once, and each case
 * confirmed 24 h or 60 h ago and still open gets its reminder once (marked in the database, so a
 * restart or a second monitor does not repeat it). Returns what it told the chats.
 */
export async function runCaseTick(store: Store, notify: CaseNotifier, now: Date = store.clock()): Promise<CaseNotice[]> {
  const notices: CaseNotice[] = [];
  for (const sighting of store.cases.unannouncedSightings()) {
    const found = store.cases.get(sighting.caseId);
    if (!found || !store.cases.markAnnounced(sighting.hitId)) continue;
    const where = `${sighting.sourceId}${sighting.url ? ` ${sighting.url}` : ''}`;
    const text = {
      en: `🔁 ${found.alertNumber}: the same claim was seen again (${where}); ${found.sightings} sightings in this case, no new alert.`,
      fr: `🔁 ${found.alertNumber} : la même revendication a été revue (${where}) ; ${found.sightings} signalements dans ce dossier, pas de nouvelle alerte.`,
    };
    notices.push({ alertId: found.alertId, kind: 'sighting', text });
  }
  for (const found of store.cases.listOpen()) {
    if (!found.confirmedAt || !isOpenState(found.state)) continue;
    const hoursElapsed = (now.getTime() - Date.parse(found.confirmedAt)) / 3_600_000;
    for (const hours of REMINDER_HOURS) {
      const already = hours === 24 ? found.reminded24hAt : found.reminded60hAt;
      // A monitor that was down past both marks sends only the latest reminder due.
      const later = REMINDER_HOURS.find((mark) => mark > hours && hoursElapsed >= mark);
      if (already || hoursElapsed < hours) continue;
      if (!store.cases.markReminded(found.id, hours)) continue;
      if (later !== undefined) continue;
      const left = Math.max(0, Math.floor(CLOCK_HOURS - hoursElapsed));
      const text = {
        en: `⏰ ${found.alertNumber}: ${hours} h since confirmation, ${left} h left of the 72 h — case ${CASE_STATE_NAMES[found.state].en}.`,
        fr: `⏰ ${found.alertNumber} : ${hours} h depuis la confirmation, ${left} h restantes sur 72 h — dossier ${CASE_STATE_NAMES[found.state].fr}.`,
      };
      notices.push({ alertId: found.alertId, kind: 'reminder', text });
    }
  }
  for (const notice of notices) await notify(notice.alertId, notice.text);
  return notices;
}

/**
 * Post the case events not yet sent to WEBHOOK_URL, oldest first. The events table is the outbox:
 * a change made from the CLI or the bot, or while the receiver was down, goes out at the next
 * pass. A 5xx or network failure stops the pass (order is kept); a 4xx is logged and skipped.
 */
export async function deliverWebhookEvents(store: Store, options: WebhookOptions, logger?: Logger): Promise<number> {
  let sent = 0;
  for (const event of store.cases.webhookDue()) {
    const found = store.cases.get(event.caseId);
    const loaded = found ? loadCaseRecord(store, found.alertId) : undefined;
    if (!found || !loaded) {
      store.cases.markWebhookDone(event.id);
      continue;
    }
    // undici loads with the first webhook, not with every command that sets up the monitor.
    const { postWebhook } = await import('../alerts/post-webhook.js');
    const outcome = await postWebhook(toWebhookPayload(event, found, loaded.record), options);
    if (outcome.ok) {
      store.cases.markWebhookDone(event.id);
      sent += 1;
    } else if (!outcome.retryable) {
      logger?.warn({ alert: found.alertNumber, state: event.state, reason: outcome.reason }, 'the webhook refused a case event; it will not be sent again');
      store.cases.markWebhookDone(event.id);
    } else {
      logger?.warn({ alert: found.alertNumber, reason: outcome.reason }, 'webhook unreachable; case events stay queued for the next pass');
      break;
    }
  }
  return sent;
}

export interface CasesPartOptions {
  /** Retry waits of one webhook post (tests shorten them). */
  webhookRetryDelaysMs?: number[];
  /** How often the clock is checked; reminders are due on the hour, a minute is precise enough. */
  tickMs?: number;
  /** Where notices go when no chat notifier is registered (no Telegram token). */
  print?: (text: string) => void;
}

/**
 * The case workflow in the monitor: grouping of reposts (before an alert is queued), a case for
 * every alert, and the clock that mentions reposts and sends the 24 h and 60 h reminders.
 */
export function createCasesMonitorPart(options: CasesPartOptions = {}): MonitorPart {
  const tickMs = options.tickMs ?? 60_000;
  let registryRef: MonitorRegistry | undefined;
  let wake: (() => void) | undefined;
  return {
    name: 'cases',
    setup(registry, context) {
      registryRef = registry;
      // Runs after the Telegram part's suppressors: a muted or false-positive text is not a sighting.
      registry.alertSuppressors.push(createGroupingSuppressor(context.store));
      const openCase = createCaseOpener(context.store);
      registry.alertListeners.push((alert, alertContext) => {
        openCase(alert, alertContext);
        wake?.();
      });
    },
    async start(runtime) {
      const { store, logger } = runtime;
      const notify = toNotifier(registryRef?.caseNotifiers ?? [], logger, options.print);
      const webhook = runtime.settings.WEBHOOK_URL
        ? { url: runtime.settings.WEBHOOK_URL, ...(options.webhookRetryDelaysMs ? { retryDelaysMs: options.webhookRetryDelaysMs } : {}) }
        : undefined;
      // One pass at a time: a wake-up during a pass queues one more pass behind it.
      let running: Promise<unknown> = Promise.resolve();
      let stopped = false;
      const pass = () => {
        if (stopped) return;
        running = running.then(async () => {
          await runCaseTick(store, notify);
          if (webhook) await deliverWebhookEvents(store, webhook, logger);
        }).catch((error: unknown) => logger.error({ err: error }, 'case clock failed'));
      };
      wake = pass;
      const timer = setInterval(pass, tickMs);
      timer.unref();
      pass();
      return async () => {
        stopped = true;
        wake = undefined;
        clearInterval(timer);
        await running;
      };
    },
  };
}

function toNotifier(notifiers: CaseNotifier[], logger: Logger, print?: (text: string) => void): CaseNotifier {
  return async (alertId, text) => {
    if (notifiers.length === 0) {
      (print ?? ((line: string) => process.stdout.write(`${line}\n`)))(text.en);
      return;
    }
    for (const notifier of notifiers) await notifier(alertId, text).catch((error: unknown) => logger.warn({ err: error, alertId }, 'could not tell the alert chats about a case'));
  };
}

export const casesMonitorPart = createCasesMonitorPart();
