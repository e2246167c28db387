import type { Store } from '../../store/index.js';
import { capText, escapeHtml } from '../html.js';
import { toUtcMinute } from '../render-telegram-alert.js';
import type { InlineKeyboard } from '../telegram-client.js';

export const PAGE_SIZE = 10;

/** What a paged list shows; kept in telegram_callback_states so "next" can find it again. */
export type PageQuery =
  | { kind: 'watch' }
  | { kind: 'hits'; orgId?: string; sinceIso?: string; label: string };

export interface Page {
  html: string;
  keyboard?: InlineKeyboard;
}

function pageOfWatchlist(store: Store, page: number): { lines: string[]; total: number; title: string } {
  const organizations = store.watchlist.list();
  const lines = organizations.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((org) =>
    `• <code>${escapeHtml(org.id)}</code> ${escapeHtml(capText(org.name, 80))}${org.sector ? ` · ${org.sector}` : ''}${org.country ? ` · ${org.country}` : ''}`);
  return { lines, total: organizations.length, title: `👁 <b>Watchlist</b> (${organizations.length} organizations)` };
}

function pageOfHits(store: Store, query: Extract<PageQuery, { kind: 'hits' }>, page: number): { lines: string[]; total: number | null; more: boolean; title: string } {
  const rows = store.hits.query({ ...(query.orgId ? { orgId: query.orgId } : {}), ...(query.sinceIso ? { sinceIso: query.sinceIso } : {}), limit: PAGE_SIZE + 1, offset: page * PAGE_SIZE });
  const lines = rows.slice(0, PAGE_SIZE).map((hit) => [
    `• ${toUtcMinute(hit.createdAt)} <b>${escapeHtml(hit.alertNumber ?? `hit ${hit.id}`)}</b> ${escapeHtml(hit.orgName)} · ${hit.kind} · ${hit.severity}`,
    hit.recordCount !== null ? ` · ${hit.recordCount.toLocaleString('en-US')} records` : '',
    ` · ${escapeHtml(hit.sourceId)}`,
  ].join(''));
  return { lines, total: null, more: rows.length > PAGE_SIZE, title: `🔎 <b>Hits</b> ${escapeHtml(query.label)}` };
}

/** Render one page; `stateId` is the saved query the ◀ ▶ buttons refer to. */
export function renderPage(store: Store, query: PageQuery, page: number, stateId: number): Page {
  const result = query.kind === 'watch' ? { ...pageOfWatchlist(store, page), more: undefined } : pageOfHits(store, query, page);
  const more = result.more ?? (result.total !== null && (page + 1) * PAGE_SIZE < result.total);
  if (result.lines.length === 0) {
    return { html: `${result.title}\n${page === 0 ? 'Nothing yet.' : 'No more entries.'}` };
  }
  const buttons = [
    ...(page > 0 ? [{ text: '◀ Previous', callback_data: `p:${stateId}:${page - 1}` }] : []),
    ...(more ? [{ text: 'Next ▶', callback_data: `p:${stateId}:${page + 1}` }] : []),
  ];
  return {
    html: `${result.title} — page ${page + 1}\n${result.lines.join('\n')}`,
    ...(buttons.length > 0 ? { keyboard: [buttons] } : {}),
  };
}
