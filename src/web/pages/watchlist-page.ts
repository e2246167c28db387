import type { Organization } from '../../model/organization.js';
import type { Store, WebSession } from '../../store/index.js';
import { html, toUtcMinute, type SafeHtml } from '../html.js';
import { csrfField, severityBadge } from '../layout.js';

const RECENT_DAYS = 90;

export function renderWatchlist(store: Store): SafeHtml {
  const organizations = store.watchlist.list();
  const counts = store.console.hitsPerOrg(new Date(store.clock().getTime() - RECENT_DAYS * 86_400_000).toISOString());
  return html`<h1>Watchlist (${organizations.length})</h1>
<section class="card"><div class="table-wrap"><table id="watchlist">
<thead><tr><th>Organization</th><th class="hide-narrow">Aliases</th><th class="hide-narrow">Domains</th><th>Country</th><th>Hits, ${RECENT_DAYS} d</th><th class="hide-narrow">Last hit</th></tr></thead>
<tbody>${organizations.map((org) => html`<tr><td><a href="/watchlist/${org.id}">${org.name}</a> <span class="muted">${org.id}</span></td>
<td class="hide-narrow">${org.aliases.join(', ')}</td><td class="hide-narrow">${org.domains.join(', ')}</td><td>${org.country ?? ''}</td>
<td>${counts.get(org.id)?.hits ?? 0}</td><td class="hide-narrow">${toUtcMinute(counts.get(org.id)?.lastAt)}</td></tr>`)}</tbody></table></div></section>`;
}

export function renderOrganization(store: Store, org: Organization, session: WebSession, notice: string | null): SafeHtml {
  const hits = store.hits.query({ orgId: org.id, limit: 50 });
  const hunts = store.retroHunts.recent(10, org.id);
  const terms = (label: string, values: string[]) => html`<dt>${label}</dt><dd>${values.join(', ') || '—'}</dd>`;
  return html`<h1>${org.name}</h1>
${notice ? html`<p class="notice" role="status" id="hunt-result">${notice}</p>` : ''}
<div class="grid">
<section class="card"><h2>Terms</h2><dl class="facts">
  <dt>Id</dt><dd>${org.id}</dd>${terms('Aliases', org.aliases)}${terms('Domains', org.domains)}${terms('Keywords', org.keywords)}
  <dt>Sector</dt><dd>${org.sector ?? '—'}</dd><dt>Country</dt><dd>${org.country ?? '—'}</dd>
  <dt>Contact</dt><dd>${org.contact ? [org.contact.name, org.contact.role, org.contact.email].filter(Boolean).join(', ') : '—'}</dd>
</dl></section>
<section class="card"><h2>Retro-hunt</h2>
  <p class="muted">Search every stored posting for ${org.name} with its terms as they are now; new hits are stored and alerted.</p>
  ${session.role === 'admin' ? html`<form method="post" action="/watchlist/${org.id}/hunt" class="actions">${csrfField(session)}<button type="submit" class="primary" id="hunt-now">Hunt the archive now</button></form>` : html`<p class="muted">Hunting is for admins.</p>`}
  <div class="table-wrap"><table id="hunts"><thead><tr><th>Started</th><th>By</th><th>Read</th><th>Hits</th><th>Alerts</th></tr></thead>
  <tbody>${hunts.map((hunt) => html`<tr><td>${toUtcMinute(hunt.startedAt)}</td><td>${hunt.actor}</td><td>${hunt.postingsRead}</td><td>${hunt.hitsFound}</td><td>${hunt.alertsQueued}${hunt.error ? html` <span class="health-unhealthy">${hunt.error}</span>` : ''}</td></tr>`)}</tbody></table></div>
</section>
</div>
<section class="card"><h2>Recent hits</h2><div class="table-wrap"><table id="org-hits" class="stack">
<thead><tr><th>When</th><th>Alert</th><th>Kind</th><th>Severity</th><th class="hide-narrow">Source</th><th>Text</th></tr></thead>
<tbody>${hits.map((hit) => html`<tr><td>${toUtcMinute(hit.createdAt)}</td><td>${hit.alertNumber ? html`<a href="/alerts/${hit.alertNumber}">${hit.alertNumber}</a>` : '—'}${hit.foundBy === 'retro-hunt' ? html` <span class="tag">archive</span>` : ''}</td>
<td>${hit.kind}</td><td>${severityBadge(hit.severity)}</td><td class="hide-narrow">${hit.sourceId}</td><td class="excerpt">${hit.text.slice(0, 200)}</td></tr>`)}</tbody></table></div></section>`;
}
