import { loadAlertView } from '../alerts/load-alert-view.js';
import { triageAlert } from './triage-alert.js';
import { caseExtrasOf } from '../cases/load-case-record.js';
import type { Logger } from '../config/logger.js';
import type { Store } from '../store/index.js';
import type { AccessControl } from './access-control.js';
import { ALERT_TEXTS, type Language } from './alert-texts.js';
import { parseDestination } from './alert-destinations.js';
import { renderPage, type PageQuery } from './commands/paging.js';
import { renderTelegramAlert, TRIAGE_ACTIONS } from './render-telegram-alert.js';
import type { TelegramClient } from './telegram-client.js';
import { toActor, toDisplayName, type CallbackQuery } from './telegram-update.js';

export interface CallbackHandlerOptions {
  store: Store;
  client: TelegramClient;
  access: AccessControl;
  logger: Logger;
  defaultLanguage: Language;
  /** Work that outlives the tap (edits in other chats); awaited when the bot stops. */
  background: (work: Promise<unknown>) => void;
}

/**
 * Button taps: the triage buttons under an alert (who and when are recorded, the message is
 * edited to show the state, in every chat that got the alert) and the ◀ ▶ of paged lists.
 */
export function createCallbackHandler(options: CallbackHandlerOptions) {
  const { store, client, access, logger } = options;
  const languageOf = (chatId: number) => store.telegram.chats.languageOf(chatId) ?? options.defaultLanguage;

  const refreshAlertMessages = async (alertId: number, tapped: { chatId: number; messageId: number } | undefined) => {
    const view = loadAlertView(store, alertId);
    if (!view) return;
    const history = store.telegram.triage.history(alertId);
    const extras = caseExtrasOf(store, alertId);
    const targets = store.alerts.deliveriesOf(alertId)
      .filter((delivery) => delivery.status === 'sent' && delivery.externalRef)
      .map((delivery) => ({ chatId: Number(parseDestination(delivery.destination)?.chatId), messageId: Number(delivery.externalRef) }))
      .filter((target) => Number.isFinite(target.chatId) && !(tapped && target.chatId === tapped.chatId && target.messageId === tapped.messageId));
    const edit = (target: { chatId: number; messageId: number }) => {
      const { html, keyboard } = renderTelegramAlert(view, languageOf(target.chatId), history, extras);
      return client.editHtml(target.chatId, target.messageId, html, keyboard)
        .catch((error: unknown) => logger.warn({ err: error, chatId: target.chatId, alertId }, 'could not update an alert message after triage'));
    };
    // The tapped message now, so the person who tapped sees the change at once; the copies in
    // other chats after the tap is answered, as they may wait for their chat's rate limit.
    if (tapped) await edit(tapped);
    options.background(targets.reduce((chain, target) => chain.then(() => edit(target)), Promise.resolve()));
  };

  const triage = async (query: CallbackQuery, alertId: number, action: string): Promise<string> => {
    const state = TRIAGE_ACTIONS[action];
    const outcome = state ? triageAlert(store, alertId, state, { userId: query.from.id, userName: toDisplayName(query.from), actor: toActor(query.from) }) : undefined;
    if (!state || !outcome) return 'This alert is no longer in the database.';
    const { alert } = outcome;
    // The tap is recorded even when the case keeps its state; the answer says why.
    const caseNote = outcome.caseNote ? ` (${outcome.caseNote})` : '';
    logger.info({ alertId, state, userId: query.from.id }, 'alert triaged');
    const tapped = query.message ? { chatId: query.message.chat.id, messageId: query.message.message_id } : undefined;
    await refreshAlertMessages(alertId, tapped);
    return `${ALERT_TEXTS[tapped ? languageOf(tapped.chatId) : options.defaultLanguage].states[state]}: ${alert.number}${caseNote}`.slice(0, 200);
  };

  const page = async (query: CallbackQuery, stateId: number, pageNumber: number): Promise<string | undefined> => {
    const message = query.message;
    if (!message) return 'This list is too old; run the command again.';
    const saved = store.telegram.chats.loadCallbackState(stateId, message.chat.id) as PageQuery | undefined;
    if (!saved) return 'This list is too old; run the command again.';
    const rendered = renderPage(store, saved, pageNumber, stateId);
    await client.editHtml(message.chat.id, message.message_id, rendered.html, rendered.keyboard ?? []);
    return undefined;
  };

  const handle = async (query: CallbackQuery): Promise<void> => {
    if (access.roleOf(query.from.id) === null) {
      logger.warn({ userId: query.from.id, data: query.data }, 'button tap from a user who is not allowed');
      await client.answerCallback(query.id, 'Not allowed.');
      return;
    }
    let answer: string | undefined;
    const triageMatch = /^t:(\d+):([a-z])$/.exec(query.data ?? '');
    const pageMatch = /^p:(\d+):(\d{1,5})$/.exec(query.data ?? '');
    try {
      if (triageMatch) answer = await triage(query, Number(triageMatch[1]), triageMatch[2]!);
      else if (pageMatch) answer = await page(query, Number(pageMatch[1]), Number(pageMatch[2]));
      else answer = 'This button is not known.';
    } catch (error) {
      logger.error({ err: error, data: query.data }, 'button tap failed');
      answer = 'That did not work; the error is in the monitor log.';
    }
    await client.answerCallback(query.id, answer);
  };
  return {
    handle,
    /** Edit every Telegram copy of an alert after a triage made elsewhere (the web console). */
    refreshAfterTriage: (alertId: number) => options.background(refreshAlertMessages(alertId, undefined)),
  };
}
