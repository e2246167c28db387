import type { Command } from 'commander';

/**
 * `leakwatch telegram login|chats|logout|join`: the user account that `telegram-account`
 * sources read through (docs/telegram-account.md). The monitor never joins a chat by itself;
 * `join` is the one place that does, and it is rate-limited. What the commands do lives in
 * telegram-account-actions.ts, loaded when one of them runs (GramJS only when Telegram is asked).
 */

/** Joins are spaced and counted: Telegram limits accounts that join many chats quickly. */
export const JOIN_LIMITS = { minIntervalMs: 10 * 60_000, perDay: 10 } as const;

async function load() {
  const { loadSettingsFromEnvironment } = await import('../../config/load-env.js');
  const actions = await import('./telegram-account-actions.js');
  const { openAccountFromSettings } = await import('../../sources/telegram-account/read-account-source.js');
  return { settings: loadSettingsFromEnvironment(), actions, openAccountFromSettings };
}

export function registerTelegramCommands(program: Command): void {
  const telegram = program.command('telegram').description('the Telegram user account read by telegram-account sources: login, chats, logout, join');

  telegram
    .command('login')
    .description('log the account in (API id and hash from my.telegram.org, phone, code, 2FA password); the session is stored 0600')
    .option('--print-session', 'print the session for TELEGRAM_SESSION (containers) instead of writing the session file')
    .action(async (options: { printSession?: boolean }) => {
      const { settings, actions } = await load();
      const prompts = actions.createTerminalPrompts();
      try {
        await actions.loginAccount({ settings, prompts, ...(options.printSession ? { printSession: true } : {}) });
      } finally {
        prompts.close();
      }
    });

  telegram
    .command('chats')
    .description('list the chats the account can read, with the ids to use in a sources file')
    .option('--json', 'print JSON lines')
    .action(async (options: { json?: boolean }) => {
      const { settings, actions, openAccountFromSettings } = await load();
      await actions.listAccountChats(() => openAccountFromSettings(settings), options);
    });

  telegram
    .command('logout')
    .description('end the session on Telegram and remove the session file')
    .action(async () => {
      const { settings, actions, openAccountFromSettings } = await load();
      await actions.logoutAccount(settings, () => openAccountFromSettings(settings));
    });

  telegram
    .command('join <link>')
    .description(`join one chat (t.me link, invite link or username); at most one per ${JOIN_LIMITS.minIntervalMs / 60_000} min and ${JOIN_LIMITS.perDay} a day`)
    .action(async (link: string) => {
      const { settings, actions, openAccountFromSettings } = await load();
      await actions.joinChat({ link, open: () => openAccountFromSettings(settings), logFile: `${settings.TELEGRAM_SESSION_FILE}.joins.json` });
    });
}

