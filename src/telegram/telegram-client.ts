import type { Telegram } from 'telegraf';
import type { Logger } from '../config/logger.js';
import type { RateLimiter } from './rate-limiter.js';
import { splitHtmlMessage } from './split-message.js';
import type { Timer } from './timer.js';

/** How a failed Bot API call should be handled: wait and retry, retry later with backoff, or give up. */
export type SendFailureKind = 'rate' | 'retryable' | 'final';

export class TelegramSendError extends Error {
  constructor(
    message: string,
    readonly kind: SendFailureKind,
    readonly method: string,
    readonly code: number | null,
    readonly retryAfterMs: number | null,
  ) {
    super(message);
    this.name = 'TelegramSendError';
  }
}

/** Where a message goes: a chat, and in forum supergroups a topic. */
export interface ChatTarget {
  chatId: number | string;
  threadId?: number;
}

export type InlineKeyboard = { text: string; callback_data: string }[][];

export interface TelegramClientOptions {
  telegram: Telegram;
  limiter: RateLimiter;
  timer: Timer;
  logger: Logger;
  /** A call that gets no answer in this time is abandoned and counted as a network error. */
  requestTimeoutMs?: number;
  /** How many 429s in a row one send waits out before handing the row back to the outbox. */
  maxRateRetries?: number;
  /** A retry_after longer than this is not waited out in place; the outbox retries later. */
  maxRateWaitMs?: number;
}

interface TelegramErrorLike {
  name?: string;
  code?: unknown;
  message?: string;
  description?: string;
  parameters?: { retry_after?: number };
  response?: { error_code?: number; description?: string; parameters?: { retry_after?: number } };
}

/** Sort a failure from telegraf (TelegramError, FetchError, AbortError) into what to do about it. */
export function toSendError(error: unknown, method: string): TelegramSendError {
  if (error instanceof TelegramSendError) return error;
  const failure = (error ?? {}) as TelegramErrorLike;
  const code = typeof failure.response?.error_code === 'number' ? failure.response.error_code : null;
  if (code !== null) {
    const description = failure.response?.description ?? failure.message ?? '';
    const reason = `${code} ${description}`.trim();
    const retryAfterS = failure.response?.parameters?.retry_after;
    if (code === 429) return new TelegramSendError(reason, 'rate', method, code, Math.max(0, Number(retryAfterS ?? 5)) * 1000);
    // 401 means the token was revoked while running: keep the alerts queued for a fixed token.
    if (code >= 500 || code === 401 || code === 409) return new TelegramSendError(reason, 'retryable', method, code, null);
    return new TelegramSendError(reason, 'final', method, code, null);
  }
  const name = failure.name ?? '';
  const reason = name === 'AbortError' || name === 'TimeoutError' ? 'no answer from the Bot API in time' : `network error: ${failure.message ?? String(error)}`;
  return new TelegramSendError(reason, 'retryable', method, null, null);
}

/**
 * Every call the bot makes to Telegram goes through here: paced by the rate limiter, bounded
 * by a timeout, 429s waited out for exactly `retry_after`, failures sorted into TelegramSendError.
 */
export function createTelegramClient(options: TelegramClientOptions) {
  const { telegram, limiter, timer, logger } = options;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const maxRateRetries = options.maxRateRetries ?? 5;
  const maxRateWaitMs = options.maxRateWaitMs ?? 120_000;
  const callApi = telegram.callApi as unknown as (this: Telegram, method: string, payload: object, extra: { signal?: AbortSignal }) => Promise<unknown>;

  /** One HTTP call, no pacing. */
  const call = async <T = unknown>(method: string, payload: object): Promise<T> => {
    try {
      return await callApi.call(telegram, method, payload, { signal: AbortSignal.timeout(requestTimeoutMs) }) as T;
    } catch (error) {
      throw toSendError(error, method);
    }
  };

  /** A call that posts into a chat: waits for its slot, and waits out 429s for that chat. */
  const callInChat = async <T = unknown>(chatId: number | string, method: string, payload: object): Promise<T> => {
    for (let attempt = 0; ; attempt += 1) {
      await limiter.acquire(chatId);
      try {
        return await call<T>(method, payload);
      } catch (error) {
        const failure = toSendError(error, method);
        if (failure.kind !== 'rate') throw failure;
        limiter.block(chatId, timer.now() + failure.retryAfterMs!);
        logger.warn({ chatId, method, retryAfterMs: failure.retryAfterMs, attempt }, 'Telegram asked to slow down (429)');
        if (attempt + 1 >= maxRateRetries || failure.retryAfterMs! > maxRateWaitMs) throw failure;
      }
    }
  };

  const targetFields = (target: ChatTarget) => ({ chat_id: target.chatId, ...(target.threadId ? { message_thread_id: target.threadId } : {}) });

  return {
    call,
    callInChat,
    /**
     * Send HTML, split into several messages when it is longer than Telegram allows. The
     * keyboard goes on the last part. Returns the message ids, in order.
     */
    async sendHtml(target: ChatTarget, html: string, extra: { keyboard?: InlineKeyboard; replyToMessageId?: number } = {}): Promise<number[]> {
      const parts = splitHtmlMessage(html);
      const ids: number[] = [];
      for (const [index, part] of parts.entries()) {
        const last = index === parts.length - 1;
        const message = await callInChat<{ message_id: number }>(target.chatId, 'sendMessage', {
          ...targetFields(target),
          text: part,
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(index === 0 && extra.replyToMessageId ? { reply_parameters: { message_id: extra.replyToMessageId, allow_sending_without_reply: true } } : {}),
          ...(last && extra.keyboard ? { reply_markup: { inline_keyboard: extra.keyboard } } : {}),
        });
        ids.push(message.message_id);
      }
      return ids;
    },
    /** Replace a message's text; "message is not modified" counts as done. */
    async editHtml(chatId: number | string, messageId: number, html: string, keyboard?: InlineKeyboard): Promise<void> {
      try {
        await callInChat(chatId, 'editMessageText', {
          chat_id: chatId, message_id: messageId, text: splitHtmlMessage(html).at(-1) ?? html, parse_mode: 'HTML',
          link_preview_options: { is_disabled: true }, ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
        });
      } catch (error) {
        if (error instanceof TelegramSendError && /not modified/i.test(error.message)) return;
        throw error;
      }
    },
    /** Answers are not chat messages, so they are not paced; Telegram wants them within seconds. */
    async answerCallback(callbackQueryId: string, text?: string): Promise<void> {
      await call('answerCallbackQuery', { callback_query_id: callbackQueryId, ...(text ? { text } : {}) });
    },
  };
}

export type TelegramClient = ReturnType<typeof createTelegramClient>;
