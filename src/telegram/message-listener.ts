import type { Logger } from '../config/logger.js';
import type { Settings } from '../config/settings.js';
import type { IngestResult } from '../pipeline/ingest-posting.js';
import type { Posting } from '../model/posting.js';
import { PostingRejectedError } from '../pipeline/validate-posting.js';
import type { WatchlistDetector } from '../pipeline/watchlist-detector.js';
import type { Store } from '../store/index.js';
import type { AccessControl } from './access-control.js';
import { REFUSAL_TEXT } from './commands/command-router.js';
import { escapeHtml } from './html.js';
import { messageToPosting } from './message-to-posting.js';
import { renderAnalysis } from './render-analysis.js';
import type { TelegramClient } from './telegram-client.js';
import { toDetectionInput } from '../pipeline/to-detection-input.js';
import { parseCommand, type TelegramMessage } from './telegram-update.js';

export interface MessageListenerOptions {
  store: Store;
  /** `runtime.ingestAll`: detection in the worker pool, so an update never waits on the event loop. */
  ingestAll: (postings: Posting[]) => Promise<(IngestResult | PostingRejectedError)[]>;
  /**
   * Work the update handler does not wait for (stop waits for it): a 1 MB channel post is analysed
   * while the bot reads the next updates (issue 13).
   */
  background: (work: Promise<unknown>) => void;
  detector: WatchlistDetector;
  settings: Settings;
  access: AccessControl;
  client: TelegramClient;
  logger: Logger;
  routeCommand: (message: TelegramMessage, command: { name: string; args: string }) => Promise<void>;
  botUsername: () => string;
}

function describeOutcome(result: IngestResult): string {
  if (result.status === 'duplicate') return '♻️ Seen before from another source: no new alert.';
  if (result.status === 'unchanged') return '♻️ Already stored: no new alert.';
  const alerts = result.hits.filter((hit) => hit.alert !== null).map((hit) => `<b>${escapeHtml(hit.alert!.number)}</b> (${escapeHtml(hit.orgId)})`);
  const suppressed = result.hits.filter((hit) => hit.suppressed !== null).map((hit) => `${escapeHtml(hit.orgId)}: ${escapeHtml(hit.suppressed!)}`);
  return [
    alerts.length > 0 ? `🚨 Alert queued: ${alerts.join(', ')}` : null,
    suppressed.length > 0 ? `🔕 Not alerted: ${suppressed.join('; ')}` : null,
    alerts.length === 0 && suppressed.length === 0 ? (result.hits.length > 0 ? `Recorded ${result.hits.length} hit(s) without an alert.` : 'Stored; nothing to alert.') : null,
  ].filter((line) => line !== null).join('\n');
}

/**
 * Messages and channel posts become postings: in the chats the bot is a member of (limited by
 * TELEGRAM_LISTEN_CHAT_IDS when set; the team's own alert chats are never read as sources
 * unless listed there), and posts an analyst forwards in private, who gets the analysis back.
 */
export function createMessageListener(options: MessageListenerOptions) {
  const { store, detector, settings, access, client, logger } = options;
  const listenTo = new Set(settings.TELEGRAM_LISTEN_CHAT_IDS.map(Number));

  const inFlight = new Map<string, Promise<unknown>>();

  const ingest = async (message: TelegramMessage): Promise<IngestResult | undefined> => {
    const posting = messageToPosting(message);
    if (!posting) return undefined;
    const [result] = await options.ingestAll([posting]);
    if (result instanceof PostingRejectedError) {
      logger.warn({ externalId: posting.externalId, reason: result.message }, 'telegram posting rejected');
      return undefined;
    }
    if (!result) return undefined;
    if (result.notAnalysed) logger.warn({ externalId: posting.externalId, reason: result.notAnalysed }, 'telegram posting stored without analysis');
    logger.info({ externalId: posting.externalId, status: result.status, hits: result.hits.length, alerts: result.hits.filter((hit) => hit.alert).length }, 'telegram posting ingested');
    return result;
  };

  const onPrivateMessage = async (message: TelegramMessage, edited: boolean) => {
    const user = message.from;
    if (!user || user.is_bot || edited) return;
    if (access.roleOf(user.id) === null) {
      logger.warn({ userId: user.id }, 'private message from a user who is not allowed');
      if (store.telegram.chats.recordRefusal(user.id)) await client.sendHtml({ chatId: message.chat.id }, escapeHtml(REFUSAL_TEXT));
      return;
    }
    const posting = message.forward_origin ? messageToPosting(message) : undefined;
    if (!posting) {
      await client.sendHtml({ chatId: message.chat.id }, 'Forward me a post to analyse it, or send /check followed by the text. /help lists the commands.');
      return;
    }
    const result = await ingest(message);
    // A post seen before, or naming no watched organization, has no analysis from the pipeline; the analyst still gets one.
    const analysis = result?.analysis ?? detector.current().analyze(toDetectionInput(posting));
    const organizations = new Map(detector.organizations().map((org) => [org.id, org]));
    await client.sendHtml({ chatId: message.chat.id }, renderAnalysis(analysis, organizations, result ? describeOutcome(result) : undefined), { replyToMessageId: message.message_id });
  };

  return async (message: TelegramMessage, edited: boolean): Promise<void> => {
    const chat = message.chat;
    const command = message.from && !edited ? parseCommand(message.text, options.botUsername()) : undefined;
    if (command && chat.type !== 'channel') {
      await options.routeCommand(message, command);
      return;
    }
    if (chat.type === 'private') {
      await onPrivateMessage(message, edited);
      return;
    }
    const listed = listenTo.size === 0 ? !access.isTeamChat(chat.id) : listenTo.has(chat.id);
    if (!listed) {
      logger.debug({ chatId: chat.id, chatTitle: chat.title }, 'message in a chat that is not read as a source');
      return;
    }
    // Postings are analysed side by side; a message and its edits stay in order.
    const key = `${chat.id}/${message.message_id}`;
    const queued = (inFlight.get(key) ?? Promise.resolve()).catch(() => undefined).then(() => ingest(message));
    inFlight.set(key, queued);
    options.background(queued.finally(() => { if (inFlight.get(key) === queued) inFlight.delete(key); }));
  };
}
