import type { AccessControl } from '../access-control.js';
import type { Language } from '../alert-texts.js';
import { capText, escapeHtml } from '../html.js';
import type { InlineKeyboard } from '../telegram-client.js';
import { toActor, type TelegramMessage } from '../telegram-update.js';
import { checkCommand, grantCommand, revokeCommand } from './admin-commands.js';
import { CommandError, type BotServices, type CommandContext, type CommandSpec } from './command-types.js';
import { alertCommand, hitsCommand } from './hits-commands.js';
import { casesCommand } from './cases-commands.js';
import { huntCommand } from './hunt-commands.js';
import { webCommand } from './web-commands.js';
import { scanCommand, sourcesCommand, statusCommand } from './status-commands.js';
import { langCommand, muteCommand, subscribeCommand, unmuteCommand, unsubscribeCommand } from './subscription-commands.js';
import { aliasCommand, domainCommand, keywordCommand, watchCommand } from './watch-commands.js';

export const COMMANDS: CommandSpec[] = [
  watchCommand, aliasCommand, domainCommand, keywordCommand,
  hitsCommand, alertCommand, checkCommand, casesCommand, huntCommand,
  sourcesCommand, statusCommand, scanCommand,
  subscribeCommand, unsubscribeCommand, muteCommand, unmuteCommand, langCommand,
  grantCommand, revokeCommand, webCommand,
];

/** The one answer a stranger ever gets: polite, and it says nothing about what the bot does. */
export const REFUSAL_TEXT = 'Sorry, this is a private bot. Ask its administrators for access.';

export function renderHelp(role: 'admin' | 'member', topic?: string): string {
  const visible = COMMANDS.filter((spec) => role === 'admin' || spec.role === 'member');
  if (topic) {
    const spec = visible.find((candidate) => candidate.name === topic.replace(/^\//, '').toLowerCase());
    if (spec) return `<b>/${spec.name}</b> — ${escapeHtml(spec.summary)}\n${spec.usage.map((usage) => `<code>${escapeHtml(usage)}</code>`).join('\n')}`;
  }
  return [
    '🛡 <b>leakwatch</b> watches leak markets, forums, ransomware leak sites and Telegram for the organizations on the watchlist.',
    'Forward me a post in private to analyse it.',
    '',
    ...visible.map((spec) => `${spec.usage.map((usage) => `<code>${escapeHtml(usage)}</code>`).join('\n')}\n    ${escapeHtml(spec.summary)}`),
    '',
    '/help &lt;command&gt; shows one command.',
  ].join('\n');
}

export interface CommandRouterOptions extends BotServices {
  access: AccessControl;
  defaultLanguage: Language;
}

/**
 * Runs a bot command after the access checks: strangers get one refusal in private and
 * silence in groups; members and admins are answered in private and in the team's groups.
 */
export function createCommandRouter(options: CommandRouterOptions) {
  const { access, client, logger, store } = options;

  return async (message: TelegramMessage, command: { name: string; args: string }): Promise<void> => {
    const user = message.from;
    if (!user || user.is_bot) return;
    const chat = message.chat;
    const isPrivate = chat.type === 'private';
    const role = access.roleOf(user.id);
    if (role === null) {
      logger.warn({ userId: user.id, chatId: chat.id, command: command.name }, 'command from a user who is not allowed');
      if (isPrivate && store.telegram.chats.recordRefusal(user.id)) await client.sendHtml({ chatId: chat.id }, escapeHtml(REFUSAL_TEXT));
      return;
    }
    if (!isPrivate && role !== 'admin' && !access.isTeamChat(chat.id)) {
      logger.info({ userId: user.id, chatId: chat.id, command: command.name }, 'command in a chat that is not a team chat; ignored');
      return;
    }
    const threadId = message.is_topic_message ? message.message_thread_id : undefined;
    const reply = async (html: string, extra: { keyboard?: InlineKeyboard } = {}) => {
      await client.sendHtml({ chatId: chat.id, ...(threadId ? { threadId } : {}) }, html, {
        ...(extra.keyboard ? { keyboard: extra.keyboard } : {}),
        ...(isPrivate ? {} : { replyToMessageId: message.message_id }),
      });
    };
    if (command.name === 'start' || command.name === 'help') {
      await reply(renderHelp(role, command.args || undefined));
      return;
    }
    const spec = COMMANDS.find((candidate) => candidate.name === command.name);
    if (!spec) {
      await reply(`Unknown command /${escapeHtml(capText(command.name, 32))}. /help lists the commands.`);
      return;
    }
    if (spec.role === 'admin' && role !== 'admin') {
      await reply(`Only admins can use /${spec.name}.`);
      return;
    }
    const context: CommandContext = {
      ...options,
      chat,
      ...(threadId ? { threadId } : {}),
      user,
      role,
      actor: toActor(user),
      language: store.telegram.chats.languageOf(chat.id) ?? options.defaultLanguage,
      reply,
    };
    try {
      await spec.run(context, command.args);
    } catch (error) {
      if (error instanceof CommandError) {
        await reply(`⚠️ ${error.message}\n${spec.usage.map((usage) => `<code>${escapeHtml(usage)}</code>`).join('\n')}`);
        return;
      }
      logger.error({ err: error, command: command.name, userId: user.id }, 'bot command failed');
      await reply(`⚠️ /${spec.name} failed on our side; the error is in the monitor's log.`);
    }
  };
}
