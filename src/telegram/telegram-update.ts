import { z } from 'zod';

/**
 * The part of a Bot API update the bot reads, checked with zod where it enters. Unknown fields
 * are dropped; an update that does not fit is logged and skipped, never half-handled.
 */
const user = z.object({ id: z.number(), is_bot: z.boolean().optional(), first_name: z.string().default(''), last_name: z.string().optional(), username: z.string().optional() });
const chat = z.object({ id: z.number(), type: z.string(), title: z.string().optional(), username: z.string().optional(), first_name: z.string().optional(), is_forum: z.boolean().optional() });

const forwardOrigin = z.object({
  type: z.enum(['user', 'hidden_user', 'chat', 'channel']),
  date: z.number(),
  sender_user: user.optional(),
  sender_user_name: z.string().optional(),
  sender_chat: chat.optional(),
  chat: chat.optional(),
  message_id: z.number().optional(),
  author_signature: z.string().optional(),
});

export const messageSchema = z.object({
  message_id: z.number(),
  message_thread_id: z.number().optional(),
  is_topic_message: z.boolean().optional(),
  from: user.optional(),
  sender_chat: chat.optional(),
  chat,
  date: z.number(),
  edit_date: z.number().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  author_signature: z.string().optional(),
  forward_origin: forwardOrigin.optional(),
  entities: z.array(z.object({ type: z.string(), offset: z.number(), length: z.number() })).optional(),
});

export const callbackQuerySchema = z.object({
  id: z.string(),
  from: user,
  message: messageSchema.optional(),
  data: z.string().optional(),
});

export const updateSchema = z.object({
  update_id: z.number(),
  message: messageSchema.optional(),
  edited_message: messageSchema.optional(),
  channel_post: messageSchema.optional(),
  edited_channel_post: messageSchema.optional(),
  callback_query: callbackQuerySchema.optional(),
  /** The bot's own membership changed: added to a chat, made admin, removed. */
  my_chat_member: z.object({
    chat,
    from: user,
    new_chat_member: z.object({ status: z.string() }),
  }).optional(),
});

export type TelegramUser = z.infer<typeof user>;
export type TelegramChat = z.infer<typeof chat>;
export type TelegramMessage = z.infer<typeof messageSchema>;
export type CallbackQuery = z.infer<typeof callbackQuerySchema>;
export type TelegramUpdate = z.infer<typeof updateSchema>;
export type ForwardOrigin = z.infer<typeof forwardOrigin>;

export const toDisplayName = (person: TelegramUser): string =>
  [person.first_name, person.last_name].filter(Boolean).join(' ') || (person.username ? `@${person.username}` : String(person.id));

/** How the audit log names a Telegram user: `telegram:42 (Alice Martin)`. */
export const toActor = (person: TelegramUser): string => `telegram:${person.id} (${toDisplayName(person)})`;

/** A bot command at the start of the text: `/watch@leakwatch_bot add X` → { name: 'watch', args: 'add X' }. */
export function parseCommand(text: string | undefined, botUsername: string): { name: string; args: string } | undefined {
  if (!text) return undefined;
  const match = /^\/([a-z0-9_]{1,32})(?:@([a-z0-9_]+))?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!match) return undefined;
  if (match[2] && match[2].toLowerCase() !== botUsername.toLowerCase()) return undefined;
  return { name: match[1]!.toLowerCase(), args: (match[3] ?? '').trim() };
}
