import type { Telegraf } from 'telegraf';
import type { MonitorPart } from '../cli/monitor-runtime.js';
import { createAccessControl, type AccessControl } from './access-control.js';
import { parseAlertChats, parseDestination } from './alert-destinations.js';
import { createAlertSuppressor, createDestinationResolver } from './alert-routing.js';
import { createCallbackHandler } from './callback-handler.js';
import { createCommandRouter } from './commands/command-router.js';
import { escapeHtml } from './html.js';
import { createMessageListener } from './message-listener.js';
import { createRateLimiter, TELEGRAM_LIMITS, type RateLimits } from './rate-limiter.js';
import { createTelegramClient, type TelegramClient } from './telegram-client.js';
import { createTelegramSink } from './telegram-sink.js';
import { createUpdateHandler } from './handle-update.js';
import { launchBot } from './launch-bot.js';
import { systemTimer, type Timer } from './timer.js';

export interface TelegramPartOptions {
  timer?: Timer;
  limits?: RateLimits;
  requestTimeoutMs?: number;
}

/**
 * The Telegram bot as a part of the monitor. Without TELEGRAM_BOT_TOKEN it does nothing (alerts
 * go to the console). With it: a sink for the outbox, alert routing (alert chats, subscriptions,
 * mutes, false positives), admin notices, and at start the bot itself, long polling or webhook.
 */
/** The telegram part; `settled()` resolves when the postings being ingested in the background are stored. */
export function createTelegramPart(partOptions: TelegramPartOptions = {}): MonitorPart & { settled(): Promise<void> } {
  const timer = partOptions.timer ?? systemTimer;
  let bot: Telegraf | undefined;
  let client: TelegramClient | undefined;
  let shared: { access: AccessControl; tellAdmins: (text: string) => Promise<void> } | undefined;
  const background = new Set<Promise<unknown>>();

  return {
    name: 'telegram',
    async settled() {
      while (background.size > 0) await Promise.allSettled([...background]);
    },
    async setup(registry, context) {
      const { settings, store, logger } = context;
      if (!settings.TELEGRAM_BOT_TOKEN) {
        logger.info('no TELEGRAM_BOT_TOKEN set: the Telegram bot is off and alerts are printed to the console');
        return;
      }
      // Loaded only with a token: `ingest` or `scan` without a bot never pays for telegraf.
      const { Telegraf } = await import('telegraf');
      const alertChats = parseAlertChats(settings.TELEGRAM_ALERT_CHAT_IDS);
      const access = createAccessControl(settings, store);
      bot = new Telegraf(settings.TELEGRAM_BOT_TOKEN, { telegram: { apiRoot: settings.TELEGRAM_API_ROOT }, handlerTimeout: 120_000 });
      const limiter = createRateLimiter(timer, partOptions.limits ?? TELEGRAM_LIMITS);
      const telegramClient = createTelegramClient({ telegram: bot.telegram, limiter, timer, logger, ...(partOptions.requestTimeoutMs ? { requestTimeoutMs: partOptions.requestTimeoutMs } : {}) });
      client = telegramClient;
      const tellAdmins = async (text: string) => {
        // The same notice (same chat, same reason) is told once a day, across restarts: a chat
        // that removed the bot fails every alert, and one message says it.
        if (!store.telegram.chats.claimNotice(`${store.clock().toISOString().slice(0, 10)} ${text.slice(0, 500)}`)) return;
        for (const adminId of access.adminIds()) {
          await telegramClient.sendHtml({ chatId: adminId }, `⚠️ ${escapeHtml(text)}`)
            .catch((error: unknown) => logger.warn({ err: error, adminId }, 'could not tell an admin (has the admin started a chat with the bot?)'));
        }
      };
      registry.sinks.push(createTelegramSink({
        client: telegramClient,
        store,
        defaultLanguage: settings.ALERT_LANGUAGE,
        onChatGone: (chatId, reason) => {
          const dropped = store.telegram.chats.dropChat(chatId);
          logger.warn({ chatId, reason, droppedSubscriptions: dropped }, 'a Telegram chat refused alerts; its subscriptions were removed');
        },
      }));
      registry.destinationResolvers.push(createDestinationResolver(store, alertChats));
      registry.alertSuppressors.push(createAlertSuppressor(store));
      registry.adminNotifiers.push(tellAdmins);
      // Case notices (a repost, a 72-hour reminder) answer the alert's message in each chat that got it.
      registry.caseNotifiers?.push(async (alertId, text) => {
        for (const delivery of store.alerts.deliveriesOf(alertId)) {
          const target = delivery.status === 'sent' && delivery.externalRef ? parseDestination(delivery.destination) : undefined;
          if (!target) continue;
          const language = store.telegram.chats.languageOf(Number(target.chatId)) ?? settings.ALERT_LANGUAGE;
          await telegramClient.sendHtml(target, escapeHtml(text[language]), { replyToMessageId: Number(delivery.externalRef) });
        }
      });
      shared = { access, tellAdmins };
    },
    async start(runtime) {
      if (!bot || !client || !shared) return;
      const { settings, store, logger } = runtime;
      const { access, tellAdmins } = shared;
      const track = (work: Promise<unknown>) => {
        const tracked = work.catch((error: unknown) => logger.error({ err: error }, 'telegram background work failed')).finally(() => background.delete(tracked));
        background.add(tracked);
      };
      const routeCommand = createCommandRouter({
        store, detector: runtime.detector, settings, logger, client, startedAt: new Date(), access, defaultLanguage: settings.ALERT_LANGUAGE,
        // Read at each /scan: the source scheduler may register its hook after this part.
        scanNow: () => runtime.registry.scanNow,
        huntNow: () => runtime.registry.huntNow,
      });
      const onMessage = createMessageListener({
        store, ingestAll: (postings) => runtime.ingestAll(postings), background: track, detector: runtime.detector, settings, access, client, logger, routeCommand,
        botUsername: () => bot?.botInfo?.username ?? '',
      });
      const callbacks = createCallbackHandler({ store, client, access, logger, defaultLanguage: settings.ALERT_LANGUAGE, background: track });
      const onCallback = callbacks.handle;
      runtime.registry.triageListeners.push(callbacks.refreshAfterTriage);
      const handleUpdate = createUpdateHandler({ store, logger, onMessage, onCallback, tellAdmins, background: track });
      bot.use(async (ctx) => handleUpdate(ctx.update));
      bot.catch((error) => logger.error({ err: error }, 'telegraf error'));

      const stopReceiving = await launchBot(bot, client, settings, logger);
      return async () => {
        await stopReceiving();
        await Promise.allSettled([...background]);
      };
    },
  };
}

export const telegramPart = createTelegramPart();
