import type { Command } from 'commander';
import { InputError } from '../../config/errors.js';
import type { AppContext } from '../app-context.js';
import { toTable } from '../print-table.js';

const withContext = async <T>(work: (context: AppContext) => T | Promise<T>): Promise<T> => {
  const { openAppContext } = await import('../app-context.js');
  const context = openAppContext();
  try {
    return await work(context);
  } finally {
    context.close();
  }
};

/** `leakwatch web`: the console alone on an existing database, until Ctrl-C. */
async function serveAlone(): Promise<void> {
  const { openAppContext } = await import('../app-context.js');
  const { createMonitorRuntime } = await import('../monitor-runtime.js');
  const { MONITOR_PARTS } = await import('../monitor-parts.js');
  const { huntArchive } = await import('../../pipeline/retro-hunt-part.js');
  const { serveConsole } = await import('../../web/serve-console.js');
  const { consoleBaseUrl } = await import('../../web/sign-in-links.js');
  const context = openAppContext();
  try {
    // The monitor's pipeline (routing, suppressors, cases) for hunts started here; nothing is
    // started, so alerts they queue wait in the outbox for `leakwatch run`.
    const runtime = await createMonitorRuntime(context, MONITOR_PARTS);
    const port = context.settings.WEB_PORT ?? 8080;
    let queue: Promise<unknown> = Promise.resolve();
    const served = await serveConsole({
      store: context.store,
      logger: context.logger,
      host: context.settings.WEB_HOST,
      port,
      baseUrl: consoleBaseUrl(context.settings, port),
      sessionHours: context.settings.WEB_SESSION_HOURS,
      evidenceDir: context.settings.EVIDENCE_DIR,
      hunt: (request) => {
        const result = queue.then(() => huntArchive(runtime, request));
        queue = result.catch(() => undefined);
        return result;
      },
    });
    process.stdout.write(`web console at ${served.url}; sign in with \`leakwatch web link\`. Ctrl-C to stop.\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await served.close();
  } finally {
    context.close();
  }
}

export function registerWebCommands(program: Command): void {
  const web = program.command('web').description('the web console: serve it alone, make sign-in links, list and revoke sessions');

  web.command('serve', { isDefault: true })
    .description('serve the console on an existing database (WEB_PORT, default 8080; WEB_HOST, default 127.0.0.1)')
    .action(serveAlone);

  web.command('link')
    .description('print a sign-in link that works once, within minutes')
    .option('--role <role>', 'admin (triage and edit) or member (read)', 'admin')
    .option('--name <name>', 'who the session is for, as shown in the console and the case history', 'cli')
    .option('--minutes <n>', 'minutes before the link expires (1 to 60)', '10')
    .action(async (options: { role: string; name: string; minutes: string }) => {
      if (options.role !== 'admin' && options.role !== 'member') throw new InputError(`Invalid --role "${options.role}": use admin or member.`);
      const minutes = Number(options.minutes);
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60) throw new InputError(`Invalid --minutes "${options.minutes}": use a whole number from 1 to 60.`);
      const { consoleBaseUrl, createSignInLink } = await import('../../web/sign-in-links.js');
      await withContext((context) => {
        const link = createSignInLink(context.store, { userId: 0, userName: options.name.slice(0, 64), role: options.role as 'admin' | 'member' }, consoleBaseUrl(context.settings), minutes);
        process.stdout.write(`${link.url}\n`);
        process.stderr.write(`works once, until ${link.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, as ${options.role}\n`);
        if (context.settings.WEB_PORT === undefined && !context.settings.WEB_PUBLIC_URL) {
          process.stderr.write('note: WEB_PORT is not set, so `leakwatch run` serves no console; `leakwatch web` serves it on 8080\n');
        }
      });
    });

  web.command('sessions')
    .description('list the signed-in sessions')
    .action(async () => withContext((context) => {
      const sessions = context.store.web.listSessions();
      process.stdout.write(`${toTable(['id', 'user', 'role', 'signed in', 'last seen', 'expires', 'client'], sessions.map((entry) => [entry.id, entry.userName, entry.role, entry.createdAt.slice(0, 16), entry.lastSeenAt.slice(0, 16), entry.expiresAt.slice(0, 16), entry.client ?? '']))}\n${sessions.length} sessions\n`);
    }));

  web.command('revoke <id>')
    .description('end a session now')
    .action(async (id: string) => withContext((context) => {
      if (!/^\d+$/.test(id) || !context.store.web.revokeSession(Number(id))) throw new InputError(`No live session with id "${id}": see \`leakwatch web sessions\`.`);
      process.stdout.write(`revoked session ${id}\n`);
    }));
}
