import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake Telegram Bot API on 127.0.0.1, port 0, for the real bot (telegraf over HTTP) to talk
 * to. It records every call, keeps the messages it was sent (with the text as a Telegram client
 * would display it, after parsing HTML), serves updates through getUpdates long polling with
 * offsets, and can be told to answer 429 with retry_after, 500, 403, or to hang. With a
 * clock and `enforceLimits`, it answers 429 like Telegram when the bot goes over the limits.
 */

export const FAKE_TOKEN = '123456:TEST-token-abcdefghijklmnopqrstuvwxyz';
export const BOT_USER = { id: 123456, is_bot: true, first_name: 'leakwatch', username: 'leakwatch_test_bot' };

export type Failure =
  | { status: 429; retryAfterS: number }
  | { status: 500 }
  | { status: 403; description?: string }
  | { status: 400; description?: string }
  | { hang: true };

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  at: number;
  /** What the fake answered: 200, 400, 403, 429, 500, or 0 for a request left hanging. */
  status: number;
}

export interface FakeMessage {
  chatId: number;
  messageId: number;
  threadId?: number;
  /** As the user sees it: tags parsed away, entities decoded. */
  text: string;
  html: string;
  replyMarkup?: { inline_keyboard: { text: string; callback_data: string }[][] };
  replyTo?: number;
  at: number;
  edits: number;
}

export interface FakeBotApiOptions {
  token?: string;
  now?: () => number;
  /** Answer 429 like Telegram when the bot exceeds 1 msg/s per chat, 20/min per group, 30/s. */
  enforceLimits?: boolean;
  /** Slack for HTTP latency when enforcing limits on a real clock. */
  toleranceMs?: number;
}

const SUPPORTED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'blockquote', 'tg-spoiler', 'span', 'tg-emoji']);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Telegram's HTML parse mode, strictly: unknown tags, unbalanced tags and stray `<`/`&` are errors. */
export function parseTelegramHtml(html: string): string {
  let text = '';
  const open: string[] = [];
  for (let index = 0; index < html.length;) {
    const char = html[index]!;
    if (char === '<') {
      const end = html.indexOf('>', index);
      if (end === -1) throw new Error(`Unclosed start tag at byte offset ${index}`);
      const tag = /^<(\/?)([a-z-]+)(\s[^>]*)?>$/i.exec(html.slice(index, end + 1));
      if (!tag || !SUPPORTED_TAGS.has(tag[2]!.toLowerCase())) throw new Error(`Unsupported start tag "${html.slice(index + 1, end)}" at byte offset ${index}`);
      const name = tag[2]!.toLowerCase();
      if (tag[1] === '/') {
        if (open.pop() !== name) throw new Error(`Unmatched end tag at byte offset ${index}, expected "</${open.at(-1) ?? ''}>", found "</${name}>"`);
      } else {
        open.push(name);
      }
      index = end + 1;
    } else if (char === '&') {
      const entity = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/i.exec(html.slice(index, index + 12));
      if (!entity) throw new Error(`Character '&' is reserved and must be escaped at byte offset ${index}`);
      const name = entity[1]!;
      if (name.startsWith('#')) text += String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      else if (ENTITIES[name.toLowerCase()]) text += ENTITIES[name.toLowerCase()];
      else throw new Error(`Unsupported HTML entity "&${name};" at byte offset ${index}`);
      index += entity[0].length;
    } else if (char === '>') {
      throw new Error(`Character '>' is reserved and must be escaped at byte offset ${index}`);
    } else {
      text += char;
      index += 1;
    }
  }
  if (open.length > 0) throw new Error(`Can't find end tag corresponding to start tag "${open.at(-1)}"`);
  return text;
}

export async function startFakeBotApi(options: FakeBotApiOptions = {}) {
  const token = options.token ?? FAKE_TOKEN;
  const now = options.now ?? Date.now;
  const toleranceMs = options.toleranceMs ?? 0;
  const calls: RecordedCall[] = [];
  const messages: FakeMessage[] = [];
  const violations: string[] = [];
  const updates: Record<string, unknown>[] = [];
  let nextUpdateId = 1;
  let confirmedOffset = 0;
  const nextMessageId = new Map<number, number>();
  const scripted: { method: string; failure: Failure; remaining: number; chatId?: number }[] = [];
  const blockedUntil = new Map<number, number>();
  const sendTimes = new Map<number, number[]>();
  const allSendTimes: number[] = [];
  const waiters = new Set<() => void>();
  const hanging = new Set<ServerResponse>();

  const newMessageId = (chatId: number) => {
    const id = (nextMessageId.get(chatId) ?? 0) + 1;
    nextMessageId.set(chatId, id);
    return id;
  };

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const fail = (response: ServerResponse, code: number, description: string, parameters?: Record<string, unknown>) =>
    send(response, code, { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });

  /** The limits Telegram enforces, as a 429 with the wait the bot should have observed. */
  const limitProblem = (chatId: number, at: number): { retryAfterS: number; why: string } | undefined => {
    const blocked = blockedUntil.get(chatId) ?? 0;
    if (at + toleranceMs < blocked) return { retryAfterS: Math.max(1, Math.ceil((blocked - at) / 1000)), why: `chat ${chatId} sent ${blocked - at} ms before retry_after ended` };
    if (!options.enforceLimits) return undefined;
    const times = sendTimes.get(chatId) ?? [];
    const last = times.at(-1);
    if (last !== undefined && at - last + toleranceMs < 1000) return { retryAfterS: 1, why: `chat ${chatId}: two messages ${at - last} ms apart` };
    if (chatId < 0) {
      const inMinute = times.filter((time) => time > at - 60_000 + toleranceMs);
      if (inMinute.length >= 20) return { retryAfterS: Math.ceil((inMinute[0]! + 60_000 - at) / 1000), why: `group ${chatId}: 21 messages within a minute` };
    }
    const inSecond = allSendTimes.filter((time) => time > at - 1000 + toleranceMs);
    if (inSecond.length >= 30) return { retryAfterS: 1, why: '31 messages within a second overall' };
    return undefined;
  };

  const handlers: Record<string, (payload: Record<string, unknown>, response: ServerResponse, call: RecordedCall) => void> = {
    getMe: (_payload, response) => send(response, 200, { ok: true, result: BOT_USER }),
    deleteWebhook: (_payload, response) => send(response, 200, { ok: true, result: true }),
    setWebhook: (_payload, response) => send(response, 200, { ok: true, result: true }),
    getUpdates: (payload, response) => {
      const offset = Number(payload.offset ?? 0);
      if (offset > confirmedOffset) confirmedOffset = offset;
      const pending = () => updates.filter((update) => Number(update.update_id) >= confirmedOffset).slice(0, Number(payload.limit ?? 100));
      const timeoutS = Number(payload.timeout ?? 0);
      if (pending().length > 0 || timeoutS === 0) {
        send(response, 200, { ok: true, result: pending() });
        return;
      }
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        if (!response.writableEnded) send(response, 200, { ok: true, result: pending() });
      };
      const wake = () => finish();
      const timer = setTimeout(finish, timeoutS * 1000);
      waiters.add(wake);
      response.on('close', () => { clearTimeout(timer); waiters.delete(wake); });
    },
    sendMessage: (payload, response, call) => {
      const chatId = Number(payload.chat_id);
      const at = now();
      const problem = limitProblem(chatId, at);
      if (problem) {
        violations.push(problem.why);
        call.status = 429;
        fail(response, 429, `Too Many Requests: retry after ${problem.retryAfterS}`, { retry_after: problem.retryAfterS });
        return;
      }
      const html = String(payload.text ?? '');
      let text = html;
      if (payload.parse_mode === 'HTML') {
        try {
          text = parseTelegramHtml(html);
        } catch (error) {
          call.status = 400;
          fail(response, 400, `Bad Request: can't parse entities: ${(error as Error).message}`);
          return;
        }
      }
      if (text.length === 0 || text.length > 4096) {
        call.status = 400;
        return fail(response, 400, text.length === 0 ? 'Bad Request: message text is empty' : 'Bad Request: message is too long');
      }
      const times = sendTimes.get(chatId) ?? [];
      times.push(at);
      sendTimes.set(chatId, times);
      allSendTimes.push(at);
      const message: FakeMessage = {
        chatId, messageId: newMessageId(chatId), text, html, at, edits: 0,
        ...(payload.message_thread_id ? { threadId: Number(payload.message_thread_id) } : {}),
        ...(payload.reply_markup ? { replyMarkup: payload.reply_markup as FakeMessage['replyMarkup'] } : {}),
        ...((payload.reply_parameters as { message_id?: number } | undefined)?.message_id ? { replyTo: (payload.reply_parameters as { message_id: number }).message_id } : {}),
      };
      messages.push(message);
      send(response, 200, { ok: true, result: { message_id: message.messageId, date: Math.floor(at / 1000), chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' }, text } });
    },
    sendPhoto: (payload, response) => {
      const chatId = Number(payload.chat_id);
      const message: FakeMessage = { chatId, messageId: newMessageId(chatId), text: String(payload.caption ?? ''), html: String(payload.caption ?? ''), at: now(), edits: 0 };
      messages.push(message);
      send(response, 200, { ok: true, result: { message_id: message.messageId, date: Math.floor(now() / 1000), chat: { id: chatId, type: 'supergroup' } } });
    },
    editMessageText: (payload, response) => {
      const message = messages.find((candidate) => candidate.chatId === Number(payload.chat_id) && candidate.messageId === Number(payload.message_id));
      if (!message) return fail(response, 400, 'Bad Request: message to edit not found');
      let text: string;
      try {
        text = payload.parse_mode === 'HTML' ? parseTelegramHtml(String(payload.text)) : String(payload.text);
      } catch (error) {
        return fail(response, 400, `Bad Request: can't parse entities: ${(error as Error).message}`);
      }
      if (text === message.text && JSON.stringify(payload.reply_markup ?? null) === JSON.stringify(message.replyMarkup ?? null)) {
        return fail(response, 400, 'Bad Request: message is not modified');
      }
      message.text = text;
      message.html = String(payload.text);
      if (payload.reply_markup) message.replyMarkup = payload.reply_markup as FakeMessage['replyMarkup'];
      message.edits += 1;
      send(response, 200, { ok: true, result: { message_id: message.messageId, chat: { id: message.chatId }, text } });
    },
    editMessageReplyMarkup: (payload, response) => {
      const message = messages.find((candidate) => candidate.chatId === Number(payload.chat_id) && candidate.messageId === Number(payload.message_id));
      if (!message) return fail(response, 400, 'Bad Request: message to edit not found');
      message.replyMarkup = payload.reply_markup as FakeMessage['replyMarkup'];
      message.edits += 1;
      send(response, 200, { ok: true, result: true });
    },
    answerCallbackQuery: (_payload, response) => send(response, 200, { ok: true, result: true }),
  };

  const readBody = (request: IncomingMessage): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      let raw = '';
      request.setEncoding('utf8').on('data', (chunk: string) => { raw += chunk; }).on('end', () => {
        if (!raw) return resolve({});
        try {
          resolve(JSON.parse(raw) as Record<string, unknown>);
        } catch {
          // Multipart (a photo upload): the fields do not matter to the tests that use it.
          resolve({ multipart: true });
        }
      });
    });

  const server = createServer(async (request, response) => {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(request.url ?? '');
    const payload = await readBody(request);
    if (!match) return fail(response, 404, 'Not Found');
    const [, givenToken, method] = match;
    const call: RecordedCall = { method: method!, payload, at: now(), status: 200 };
    calls.push(call);
    if (givenToken !== token) {
      call.status = 401;
      return fail(response, 401, 'Unauthorized');
    }
    const script = scripted.find((entry) => entry.method === method && entry.remaining > 0 && (entry.chatId === undefined || entry.chatId === Number(payload.chat_id)));
    if (script) {
      script.remaining -= 1;
      const failure = script.failure;
      if ('hang' in failure) {
        call.status = 0;
        hanging.add(response);
        response.on('close', () => hanging.delete(response));
        return;
      }
      call.status = failure.status;
      if (failure.status === 429) {
        const chatId = Number(payload.chat_id);
        blockedUntil.set(chatId, now() + failure.retryAfterS * 1000);
        return fail(response, 429, `Too Many Requests: retry after ${failure.retryAfterS}`, { retry_after: failure.retryAfterS });
      }
      if (failure.status === 500) {
        response.writeHead(500, { 'content-type': 'text/plain' });
        return response.end('Internal Server Error');
      }
      return fail(response, failure.status, failure.description ?? (failure.status === 403 ? 'Forbidden: bot was kicked from the supergroup chat' : 'Bad Request: chat not found'));
    }
    const handler = handlers[method!];
    if (!handler) return fail(response, 404, `Not Found: method ${method} is not implemented by the fake`);
    handler(payload, response, call);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    calls,
    messages,
    /** Sends that Telegram would have refused: too early after a 429, or over the limits. */
    violations,
    /** The next `times` calls of `method` (to `chatId`, when given) fail this way. */
    failNext(method: string, failure: Failure, times = 1, chatId?: number) {
      scripted.push({ method, failure, remaining: times, ...(chatId !== undefined ? { chatId } : {}) });
    },
    /** Queue an update (without update_id) for getUpdates; returns its id. */
    pushUpdate(update: Record<string, unknown>): number {
      const updateId = nextUpdateId++;
      updates.push({ update_id: updateId, ...update });
      for (const wake of [...waiters]) wake();
      return updateId;
    },
    /** True once the bot confirmed (by its next getUpdates offset) every update pushed so far. */
    allUpdatesConfirmed: () => confirmedOffset >= nextUpdateId,
    newMessageId,
    messagesIn: (chatId: number) => messages.filter((message) => message.chatId === chatId),
    callsOf: (method: string) => calls.filter((call) => call.method === method),
    async close() {
      for (const wake of [...waiters]) wake();
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;
