import { clockOf, describeClock } from '../../cases/case-workflow.js';
import { CASE_STATE_NAMES } from '../../cases/case-states.js';
import type { Store } from '../../store/index.js';
import { html, jsonBlock, toUtcMinute, type SafeHtml } from '../html.js';
import { severityBadge } from '../layout.js';

const SEVERITY_COLORS: Record<string, string> = { critical: '#b91c1c', high: '#c2410c', medium: '#a16207', low: '#15803d' };
const DAY_MS = 86_400_000;
export const OVERVIEW_DAYS = 90;

/** Alerts per day (or per ISO week, Monday first) and severity over the last `days`, zeros included, as the plot reads them. */
export function toSeverityPlot(rows: { day: string; severity: string; n: number }[], now: Date, days: number, bucket: 'day' | 'week') {
  const startOfDay = (ms: number) => ms - (ms % DAY_MS);
  const bucketOf = (ms: number) => (bucket === 'day' ? startOfDay(ms) : startOfDay(ms) - ((new Date(startOfDay(ms)).getUTCDay() + 6) % 7) * DAY_MS);
  const last = bucketOf(now.getTime());
  const first = bucketOf(now.getTime() - (days - 1) * DAY_MS);
  const step = bucket === 'day' ? DAY_MS : 7 * DAY_MS;
  const x: number[] = [];
  for (let at = first; at <= last; at += step) x.push(at);
  const index = new Map(x.map((at, position) => [at, position]));
  const series = Object.entries(SEVERITY_COLORS).map(([label, color]) => ({ label, color, values: x.map(() => 0) }));
  for (const row of rows) {
    const position = index.get(bucketOf(Date.parse(`${row.day}T00:00:00Z`)));
    const target = series.find((entry) => entry.label === row.severity);
    if (position !== undefined && target) target.values[position]! += row.n;
  }
  return { x: x.map((at) => at / 1000), series, bars: true };
}

export function renderOverview(store: Store): SafeHtml {
  const now = store.clock();
  const sinceIso = new Date(now.getTime() - OVERVIEW_DAYS * DAY_MS).toISOString().slice(0, 10);
  const perDay = store.console.alertsPerDay(sinceIso);
  const total = perDay.reduce((sum, row) => sum + row.n, 0);
  const top = store.console.topOrgs(sinceIso, 10);
  // Running clocks first, the most urgent on top; then the newest cases.
  const open = store.cases.listOpen().sort((a, b) => (clockOf(a, now)?.hoursLeft ?? Infinity) - (clockOf(b, now)?.hoursLeft ?? Infinity) || b.createdAt.localeCompare(a.createdAt));
  const states = store.sources.overview();
  // Sources that ran without a declaration synced (a one-off scan) count too.
  const sources = [...states, ...store.console.scannedSourceIds().filter((id) => !states.some((state) => state.sourceId === id))
    .map((sourceId) => ({ sourceId, health: 'unknown', consecutiveFailures: 0, lastRunAt: store.console.scanRuns(sourceId, 1)[0]?.startedAt ?? null, lastItems: store.console.scanRuns(sourceId, 1)[0]?.itemsSeen ?? null }))];
  return html`<h1>Overview</h1>
<div class="grid">
  <section class="card"><h2>Alerts per day, last ${OVERVIEW_DAYS} days (${total})</h2>
    <div class="chart" data-chart="per-day" role="img" aria-label="alerts per day by severity"></div>${jsonBlock('per-day', toSeverityPlot(perDay, now, OVERVIEW_DAYS, 'day'))}</section>
  <section class="card"><h2>Alerts per week</h2>
    <div class="chart" data-chart="per-week" role="img" aria-label="alerts per week by severity"></div>${jsonBlock('per-week', toSeverityPlot(perDay, now, OVERVIEW_DAYS, 'week'))}</section>
  <section class="card"><h2>Most exposed organizations</h2>
    ${top.length === 0 ? html`<p class="muted">No alerts in the last ${OVERVIEW_DAYS} days.</p>` : html`<div class="table-wrap"><table id="top-orgs">
      <thead><tr><th>Organization</th><th>Alerts</th><th>Critical</th><th>High</th><th class="hide-narrow">Last</th></tr></thead>
      <tbody>${top.map((row) => html`<tr><td><a href="/alerts?org=${encodeURIComponent(row.orgId)}">${row.orgName}</a></td><td>${row.alerts}</td><td>${row.critical}</td><td>${row.high}</td><td class="hide-narrow">${toUtcMinute(row.lastAt)}</td></tr>`)}</tbody></table></div>`}
  </section>
  <section class="card"><h2>Open cases (${open.length})</h2>
    ${open.length === 0 ? html`<p class="muted">No open case.</p>` : html`<div class="table-wrap"><table id="open-cases">
      <thead><tr><th>Alert</th><th>Organization</th><th>State</th><th>72-hour clock</th></tr></thead>
      <tbody>${open.slice(0, 20).map((found) => html`<tr><td class="nowrap"><a href="/alerts/${found.alertNumber}">${found.alertNumber}</a></td><td>${found.orgId}</td>
        <td>${CASE_STATE_NAMES[found.state].en}</td><td>${describeClock(found, now, 'en')}</td></tr>`)}</tbody></table></div>
      ${open.length > 20 ? html`<p><a href="/alerts?state=new">All open cases</a></p>` : ''}`}
  </section>
  <section class="card"><h2>Sources</h2>
    ${sources.length === 0 ? html`<p class="muted">No source has run yet.</p>` : html`<div class="table-wrap"><table id="sources-health">
      <thead><tr><th>Source</th><th>Health</th><th>Last run</th><th>Items</th></tr></thead>
      <tbody>${sources.map((source) => html`<tr><td><a href="/sources#${source.sourceId}">${source.sourceId}</a></td>
        <td class="health-${source.health}">${source.health}${source.consecutiveFailures > 0 ? ` (${source.consecutiveFailures} failures)` : ''}</td>
        <td>${toUtcMinute(source.lastRunAt)}</td><td>${source.lastItems ?? '—'}</td></tr>`)}</tbody></table></div>`}
  </section>
</div>
<p class="muted">${store.console.postingCount().toLocaleString('en-US')} postings stored · severities: ${severityBadge('critical')} ${severityBadge('high')} ${severityBadge('medium')} ${severityBadge('low')}</p>`;
}
