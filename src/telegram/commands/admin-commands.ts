import { toCleanText, PostingRejectedError } from '../../pipeline/validate-posting.js';
import { capText, escapeHtml } from '../html.js';
import { renderAnalysis } from '../render-analysis.js';
import { parseArg, roleArg, userIdArg } from './command-args.js';
import { CommandError, type CommandSpec } from './command-types.js';

/** /check reads a text pasted by hand: a few pages at most, not a dump. */
const CHECK_MAX_CHARS = 20_000;

export const checkCommand: CommandSpec = {
  name: 'check',
  role: 'member',
  summary: 'analyse a text on demand (nothing is stored)',
  usage: ['/check <text>'],
  async run(context, args) {
    if (!args.trim()) throw new CommandError('Give the text to analyse after /check, or forward the post to me in private.');
    if (args.length > CHECK_MAX_CHARS) throw new CommandError(`The text has ${args.length} characters; /check takes up to ${CHECK_MAX_CHARS}. Forward the post instead.`);
    let text: string;
    try {
      text = toCleanText(args, 'given to /check').text;
    } catch (error) {
      if (error instanceof PostingRejectedError) throw new CommandError(escapeHtml(error.message));
      throw error;
    }
    const analysis = context.detector.current().analyze({ text });
    const organizations = new Map(context.detector.organizations().map((org) => [org.id, org]));
    await context.reply(renderAnalysis(analysis, organizations));
  },
};

export const grantCommand: CommandSpec = {
  name: 'grant',
  role: 'admin',
  summary: 'give a Telegram user the member or admin role',
  usage: ['/grant <user id> member', '/grant <user id> admin'],
  async run(context, args) {
    const [idText, roleText, extra] = args.split(/\s+/).filter(Boolean);
    if (!idText || !roleText || extra) throw new CommandError('Give the numeric Telegram user id and a role, e.g. /grant 123456789 member. (A user sees their id with @userinfobot.)');
    const userId = parseArg(userIdArg, idText, 'user id');
    const role = parseArg(roleArg, roleText, 'role');
    context.store.telegram.chats.grant(userId, role, context.actor);
    context.logger.info({ userId, role, by: context.user.id }, 'telegram role granted');
    await context.reply(`👤 User <code>${userId}</code> is now ${role}.`);
  },
};

export const revokeCommand: CommandSpec = {
  name: 'revoke',
  role: 'admin',
  summary: 'take back a role given with /grant',
  usage: ['/revoke <user id>'],
  async run(context, args) {
    const userId = parseArg(userIdArg, args, 'user id');
    const removed = context.store.telegram.chats.revoke(userId);
    context.logger.info({ userId, by: context.user.id, removed }, 'telegram role revoked');
    await context.reply(removed
      ? `👤 User <code>${userId}</code> no longer has a granted role.`
      : `User <code>${userId}</code> had no role given with /grant (roles from TELEGRAM_ADMIN_IDS / TELEGRAM_MEMBER_IDS change only in the settings).`);
  },
};
