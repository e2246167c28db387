import { CASE_STATES } from '../../model/case.js';
import { POSTING_KINDS, SEVERITIES } from '../../model/analysis.js';
import type { AlertFilter, Store } from '../../store/index.js';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../store/console-store.js';
import { escapeHtml, html, toUtcMinute, trustedHtml, type SafeHtml } from '../html.js';
import { severityBadge } from '../layout.js';

export const PAGE_SIZE = 50;

export interface AlertsQuery {
  filter: AlertFilter;
  search: string;
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The list's query string, checked: an unknown value is dropped rather than trusted. */
export function parseAlertsQuery(query: Record<string, string | undefined>): AlertsQuery {
  const pick = (value: string | undefined, allowed: readonly string[]) => (value && allowed.includes(value) ? value : undefined);
  const filter: AlertFilter = {};
  if (query.org && ID.test(query.org)) filter.orgId = query.org;
  if (query.source && ID.test(query.source)) filter.sourceId = query.source;
  const severity = pick(query.severity, SEVERITIES);
  if (severity) filter.severity = severity;
  const kind = pick(query.kind, POSTING_KINDS);
  if (kind) filter.kind = kind;
  const state = pick(query.state, CASE_STATES);
  if (state) filter.state = state;
  if (query.from && DATE.test(query.from)) filter.fromIso = `${query.from}T00:00:00.000Z`;
  // "to" is the last day shown, inclusive.
  if (query.to && DATE.test(query.to)) filter.toIso = new Date(Date.parse(`${query.to}T00:00:00.000Z`) + 86_400_000).toISOString();
  const page = Math.min(10_000, Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1));
  return { filter, search: (query.q ?? '').slice(0, 200), page };
}

const toQueryString = (query: Record<string, string | undefined>): string =>
  new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();

/** A snippet from FTS5: escaped, then its match markers turned into <mark>. */
const renderSnippet = (snippet: string): SafeHtml =>
  trustedHtml(escapeHtml(snippet).split(SNIPPET_OPEN).join('<mark>').split(SNIPPET_CLOSE).join('</mark>'));

const select = (name: string, label: string, values: readonly string[], current: string | undefined) =>
  html`<label>${label}<select name="${name}"><option value="">any</option>${values.map((value) => html`<option${value === current ? html` selected` : ''}>${value}</option>`)}</select></label>`;

function pager(raw: Record<string, string | undefined>, page: number, total: number): SafeHtml {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (target: number, label: string) => html`<a href="/alerts?${toQueryString({ ...raw, page: String(target) })}">${label}</a>`;
  return html`<div class="pager">${page > 1 ? link(page - 1, '◀ newer') : ''}<span class="muted">page ${page} of ${pages} · ${total} in all</span>${page < pages ? link(page + 1, 'older ▶') : ''}</div>`;
}

export function renderAlerts(store: Store, raw: Record<string, string | undefined>): SafeHtml {
  const query = parseAlertsQuery(raw);
  const offset = (query.page - 1) * PAGE_SIZE;
  const organizations = store.watchlist.list();
  const toDay = (iso: string | undefined, back = 0) => (iso ? new Date(Date.parse(iso) - back).toISOString().slice(0, 10) : '');
  const form = html`<form class="filters card" method="get" action="/alerts" id="filters">
  <label>Organization<select name="org"><option value="">any</option>${organizations.map((org) => html`<option value="${org.id}"${org.id === query.filter.orgId ? html` selected` : ''}>${org.name}</option>`)}</select></label>
  ${select('severity', 'Severity', SEVERITIES.filter((severity) => severity !== 'none'), query.filter.severity)}
  ${select('kind', 'Kind', POSTING_KINDS, query.filter.kind)}
  ${select('source', 'Source', store.console.sourceIds(), query.filter.sourceId)}
  ${select('state', 'Case state', CASE_STATES, query.filter.state)}
  <label>From<input type="date" name="from" value="${toDay(query.filter.fromIso)}"></label>
  <label>To<input type="date" name="to" value="${toDay(query.filter.toIso, 86_400_000)}"></label>
  <label>Search postings<input type="search" name="q" value="${query.search}" placeholder="words in the text"></label>
  <button type="submit" class="primary">Apply</button>
</form>`;

  if (query.search.trim()) {
    const { rows, total } = store.console.search(query.search, PAGE_SIZE, offset);
    return html`<h1>Search postings</h1>${form}
<section class="card"><h2>${total} postings with “${query.search}”</h2>
<div class="table-wrap"><table id="search-results" class="stack"><thead><tr><th>Seen</th><th>Source</th><th>Text</th><th>Alerts</th></tr></thead>
<tbody>${rows.map((row) => html`<tr><td>${toUtcMinute(row.seenAt)}</td><td>${row.sourceId}</td><td class="excerpt">${row.title ? html`<b>${row.title}</b><br>` : ''}${renderSnippet(row.snippet)}</td>
<td>${(row.alertNumbers ?? '').split(' ').filter(Boolean).map((number) => html`<a href="/alerts/${number}">${number}</a> `)}</td></tr>`)}</tbody></table></div>
${pager(raw, query.page, total)}</section>`;
  }

  const { rows, total } = store.console.alerts(query.filter, PAGE_SIZE, offset);
  return html`<h1>Alerts and cases</h1>${form}
<section class="card"><div class="table-wrap"><table id="alert-list" class="stack">
<thead><tr><th>Alert</th><th>Severity</th><th>Organization</th><th>Kind</th><th class="hide-narrow">Source</th><th>State</th><th class="hide-narrow">Posting</th><th>When</th></tr></thead>
<tbody>${rows.map((row) => html`<tr data-alert="${row.number}"><td class="nowrap"><a href="/alerts/${row.number}">${row.number}</a>${row.foundBy === 'retro-hunt' ? html` <span class="tag" title="found in the archive by a retro-hunt">archive</span>` : ''}</td>
<td>${severityBadge(row.severity)}</td><td>${row.orgName}</td><td>${row.kind}</td><td class="hide-narrow">${row.sourceId}</td><td>${row.state}</td>
<td class="excerpt hide-narrow">${row.excerpt}</td><td>${toUtcMinute(row.createdAt)}</td></tr>`)}</tbody></table></div>
${rows.length === 0 ? html`<p class="muted">No alert matches these filters.</p>` : ''}
${pager(raw, query.page, total)}</section>`;
}
