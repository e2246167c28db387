import { consoleBaseUrl, createSignInLink, SIGN_IN_LINK_MINUTES } from '../../web/sign-in-links.js';
import { escapeHtml } from '../html.js';
import { toDisplayName } from '../telegram-update.js';
import type { CommandSpec } from './command-types.js';

export const webCommand: CommandSpec = {
  name: 'web',
  role: 'member',
  summary: 'a sign-in link to the web console (works once, for minutes; admins may triage there, members read)',
  usage: ['/web'],
  async run(context) {
    // A link in a group could be opened by anyone in it first.
    if (context.chat.type !== 'private') {
      await context.reply('Ask me for /web in a private chat: a sign-in link is for you alone.');
      return;
    }
    if (context.settings.WEB_PORT === undefined && !context.settings.WEB_PUBLIC_URL) {
      await context.reply('The web console is not served: set WEB_PORT (and WEB_PUBLIC_URL behind a proxy), then restart <code>leakwatch run</code>.');
      return;
    }
    const link = createSignInLink(context.store, { userId: context.user.id, userName: toDisplayName(context.user).slice(0, 64), role: context.role }, consoleBaseUrl(context.settings));
    await context.reply(`🔐 Your sign-in link (${context.role}), valid once for ${SIGN_IN_LINK_MINUTES} minutes:\n<code>${escapeHtml(link.url)}</code>`);
  },
};
