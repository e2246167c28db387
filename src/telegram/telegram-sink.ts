import type { AlertSink } from '../alerts/alert-sink.js';
import type { Store } from '../store/index.js';
import type { Language } from './alert-texts.js';
import { parseDestination, TELEGRAM_PREFIX } from './alert-destinations.js';
import { renderTelegramAlert } from './render-telegram-alert.js';
import { caseExtrasOf } from '../cases/load-case-record.js';
import { TelegramSendError, type TelegramClient } from './telegram-client.js';

export interface TelegramSinkOptions {
  client: TelegramClient;
  store: Store;
  defaultLanguage: Language;
  /** Telegram said the chat is gone or the bot is out of it (400 chat not found, 403). */
  onChatGone?: (chatId: number, reason: string) => void;
}

/** A 400/403 that means the chat itself is unusable, not that this one message was wrong. */
const isChatGone = (error: TelegramSendError) =>
  error.code === 403 || (error.code === 400 && /chat not found|group chat was upgraded|channel_private|need administrator rights|not enough rights/i.test(error.message));

/**
 * Alerts from the outbox to Telegram chats. The outcome tells the dispatcher what happened; the
 * row is marked sent only after Telegram answered ok, with the message id kept for later edits.
 */
export function createTelegramSink(options: TelegramSinkOptions): AlertSink {
  const { client, store } = options;
  return {
    prefix: TELEGRAM_PREFIX,
    async deliver(delivery, view) {
      const target = parseDestination(delivery.destination);
      if (!target) return { ok: false, retryable: false, reason: `not a Telegram destination: ${delivery.destination}` };
      const language = store.telegram.chats.languageOf(Number(target.chatId)) ?? options.defaultLanguage;
      const { html, keyboard } = renderTelegramAlert(view, language, store.telegram.triage.history(view.alert.id), caseExtrasOf(store, view.alert.id));
      try {
        const ids = await client.sendHtml(target, html, { keyboard });
        return { ok: true, externalRef: String(ids.at(-1)) };
      } catch (error) {
        if (!(error instanceof TelegramSendError)) throw error;
        if (error.kind === 'rate') return { ok: false, retryable: true, reason: error.message, retryAfterMs: error.retryAfterMs ?? 5000 };
        if (error.kind === 'retryable') return { ok: false, retryable: true, reason: error.message };
        if (isChatGone(error)) options.onChatGone?.(Number(target.chatId), error.message);
        return { ok: false, retryable: false, reason: error.message };
      }
    },
  };
}
