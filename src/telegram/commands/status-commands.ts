import { capText, escapeHtml } from '../html.js';
import { toUtcMinute } from '../render-telegram-alert.js';
import { parseArg, sourceIdArg } from './command-args.js';
import type { CommandSpec } from './command-types.js';

const healthIcon = (failuresInRow: number, running: boolean) => (running ? '⏳' : failuresInRow === 0 ? '🟢' : failuresInRow < 3 ? '🟡' : '🔴');

export const sourcesCommand: CommandSpec = {
  name: 'sources',
  role: 'member',
  summary: 'health of each source: last scan, result, failures in a row',
  usage: ['/sources'],
  async run(context) {
    const health = context.store.telegram.triage.sourceHealth();
    if (health.length === 0) {
      await context.reply('No source has run a scan yet. The scheduler runs them when <code>leakwatch run</code> starts with sources enabled.');
      return;
    }
    const lines = health.map((source) => {
      const running = source.lastFinishedAt === null;
      const result = running
        ? 'scanning now'
        : source.lastError
          ? `failed: ${escapeHtml(capText(source.lastError, 160))}${source.failuresInRow > 1 ? ` (${source.failuresInRow} in a row)` : ''}`
          : `ok, ${source.newPostings} new postings, ${source.hits} hits`;
      return `${healthIcon(source.failuresInRow, running)} <code>${escapeHtml(source.sourceId)}</code> · ${toUtcMinute(source.lastStartedAt)} · ${result}`;
    });
    await context.reply(`📡 <b>Sources</b> (${health.length})\n${lines.join('\n')}`);
  },
};

export const statusCommand: CommandSpec = {
  name: 'status',
  role: 'member',
  summary: 'queue depth, last scan, watchlist size, uptime',
  usage: ['/status'],
  async run(context) {
    const counts = context.store.alerts.deliveryCounts();
    const last = context.store.scanRuns.latest();
    const health = context.store.telegram.triage.sourceHealth();
    const failing = health.filter((source) => source.lastError !== null && source.lastFinishedAt !== null).length;
    const mutes = context.store.telegram.triage.activeMutes();
    const uptimeMin = Math.round((Date.now() - context.startedAt.getTime()) / 60_000);
    await context.reply([
      '📊 <b>leakwatch status</b>',
      `<b>Alert queue:</b> ${counts.queued} queued · ${counts.sent} sent · ${counts.failed} failed`,
      `<b>Last scan:</b> ${last ? `<code>${escapeHtml(last.sourceId)}</code> at ${toUtcMinute(last.startedAt)}${last.error ? ` (failed: ${escapeHtml(capText(last.error, 120))})` : last.finishedAt ? '' : ' (running)'}` : 'none yet'}`,
      `<b>Sources:</b> ${health.length} seen, ${failing} failing · scanner ${context.scanNow() ? 'running' : 'not running'}`,
      `<b>Watchlist:</b> ${context.store.watchlist.count()} organizations · <b>Hits:</b> ${context.store.hits.count()}`,
      mutes.length > 0 ? `<b>Muted:</b> ${mutes.map((mute) => `${escapeHtml(mute.orgId)} until ${toUtcMinute(mute.until)}`).join(', ')}` : null,
      `<b>Bot up for:</b> ${uptimeMin < 120 ? `${uptimeMin} min` : `${Math.round(uptimeMin / 60)} h`}`,
    ].filter((line) => line !== null).join('\n'));
  },
};

export const scanCommand: CommandSpec = {
  name: 'scan',
  role: 'admin',
  summary: 'scan all sources, or one, now',
  usage: ['/scan [source id]'],
  async run(context, args) {
    const sourceId = args.trim() ? parseArg(sourceIdArg, args, 'source id') : '';
    const scanNow = context.scanNow();
    if (!scanNow) {
      await context.reply('No scanner is running in this monitor (sources disabled with SOURCES_ENABLED=false, or no sources configured), so nothing was scanned. Enable sources and restart <code>leakwatch run</code>.');
      return;
    }
    await context.reply(`🔄 Scanning ${sourceId ? `<code>${escapeHtml(sourceId)}</code>` : 'all sources'}…`);
    try {
      const summary = await scanNow(sourceId || undefined);
      await context.reply(`✅ ${escapeHtml(capText(summary, 3000))}`);
    } catch (error) {
      await context.reply(`⚠️ The scan could not run: ${escapeHtml(capText((error as Error)?.message ?? String(error), 500))}`);
    }
  },
};
