import { randomBytes } from 'node:crypto';
import type { Telegraf } from 'telegraf';
import { ConfigError } from '../config/errors.js';
import type { Logger } from '../config/logger.js';
import type { Settings } from '../config/settings.js';
import { TelegramSendError, type TelegramClient } from './telegram-client.js';

const ALLOWED_UPDATES = ['message', 'edited_message', 'channel_post', 'edited_channel_post', 'callback_query', 'my_chat_member'] as const;
const RECONNECT_MAX_MS = 5 * 60_000;

const toTokenError = () => new ConfigError('Telegram refused the bot token (401 Unauthorized): TELEGRAM_BOT_TOKEN is wrong or was revoked. Copy the current token from @BotFather (/mybots → API Token) into TELEGRAM_BOT_TOKEN.');

/**
 * Check the token (getMe) and start receiving updates: long polling, or a webhook when
 * TELEGRAM_WEBHOOK_URL is set. A refused token stops start-up; an unreachable Bot API does not
 * (the monitor keeps scanning and queueing alerts) and is retried with backoff. Returns stop.
 */
export async function launchBot(bot: Telegraf, client: TelegramClient, settings: Settings, logger: Logger): Promise<() => Promise<void>> {
  let stopping = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let loop: Promise<void> | undefined;
  let loopEnded = false;

  const startReceiving = () => {
    const webhookUrl = settings.TELEGRAM_WEBHOOK_URL ? new URL(settings.TELEGRAM_WEBHOOK_URL) : undefined;
    // launch() resolves only when polling ends; its callback says the bot is up.
    loop = bot.launch({
      allowedUpdates: [...ALLOWED_UPDATES],
      ...(webhookUrl ? { webhook: { domain: webhookUrl.host, path: webhookUrl.pathname, port: settings.TELEGRAM_WEBHOOK_PORT, secretToken: randomBytes(24).toString('hex') } } : {}),
    }, () => logger.info({ bot: bot.botInfo?.username, mode: webhookUrl ? 'webhook' : 'long polling' }, 'Telegram bot running'))
      .catch((error: unknown) => logger.error({ err: error }, 'the Telegram bot stopped receiving updates (409: another process uses the same token)'))
      .finally(() => { loopEnded = true; });
  };

  const connect = async (attempt: number): Promise<void> => {
    try {
      bot.botInfo = await client.call('getMe', {});
    } catch (error) {
      if (error instanceof TelegramSendError && error.code === 401) {
        if (attempt === 0) throw toTokenError();
        logger.error(toTokenError().message);
        return;
      }
      const waitMs = Math.min(RECONNECT_MAX_MS, 5000 * 2 ** attempt);
      logger.error({ apiRoot: settings.TELEGRAM_API_ROOT, reason: (error as Error).message, retryInMs: waitMs },
        'cannot reach the Telegram Bot API; alerts stay queued and the bot retries (check the network, or TELEGRAM_API_ROOT)');
      if (!stopping) retryTimer = setTimeout(() => void connect(attempt + 1).catch((failure: unknown) => logger.error({ err: failure }, 'Telegram reconnect failed')), waitMs);
      return;
    }
    if (!stopping) startReceiving();
  };

  await connect(0);

  return async () => {
    stopping = true;
    if (retryTimer) clearTimeout(retryTimer);
    if (!loop) return;
    // stop() throws until polling has begun (right after deleteWebhook); wait for that briefly.
    for (let tries = 0; !loopEnded && tries < 100; tries += 1) {
      try {
        bot.stop('leakwatch stopping');
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await loop;
  };
}
