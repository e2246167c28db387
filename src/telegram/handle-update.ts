import type { Logger } from '../config/logger.js';
import type { Store } from '../store/index.js';
import { updateSchema, type CallbackQuery, type TelegramMessage } from './telegram-update.js';

export interface UpdateHandlerOptions {
  store: Store;
  logger: Logger;
  onMessage: (message: TelegramMessage, edited: boolean) => Promise<void>;
  onCallback: (query: CallbackQuery) => Promise<void>;
  tellAdmins: (text: string) => Promise<void>;
  background: (work: Promise<unknown>) => void;
}

/**
 * One update from Telegram, checked with zod and sent where it belongs. An update that fails
 * is logged and dropped: one bad message never stops the bot from reading the next.
 */
export function createUpdateHandler(options: UpdateHandlerOptions) {
  const { store, logger } = options;
  return async (raw: unknown): Promise<void> => {
    const parsed = updateSchema.safeParse(raw);
    if (!parsed.success) {
      logger.warn({ updateId: (raw as { update_id?: number })?.update_id, problem: parsed.error.issues[0]?.message }, 'skipped a Telegram update of an unexpected shape');
      return;
    }
    const update = parsed.data;
    try {
      if (update.callback_query) await options.onCallback(update.callback_query);
      const message = update.message ?? update.channel_post;
      if (message) await options.onMessage(message, false);
      const edited = update.edited_message ?? update.edited_channel_post;
      if (edited) await options.onMessage(edited, true);
      const membership = update.my_chat_member;
      if (membership && ['left', 'kicked'].includes(membership.new_chat_member.status)) {
        const dropped = store.telegram.chats.dropChat(membership.chat.id);
        logger.warn({ chatId: membership.chat.id, droppedSubscriptions: dropped }, 'the bot was removed from a chat');
        options.background(options.tellAdmins(`The bot was removed from the chat "${membership.chat.title ?? membership.chat.id}" (${membership.chat.id}); alerts are no longer sent there.`));
      }
    } catch (error) {
      logger.error({ err: error, updateId: update.update_id }, 'failed to handle a Telegram update');
    }
  };
}
