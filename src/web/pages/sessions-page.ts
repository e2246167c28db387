import type { Store, WebSession } from '../../store/index.js';
import { html, toUtcMinute, type SafeHtml } from '../html.js';
import { csrfField } from '../layout.js';

export function renderSessions(store: Store, session: WebSession): SafeHtml {
  const sessions = store.web.listSessions().filter((entry) => session.role === 'admin' || entry.userId === session.userId);
  return html`<h1>Sessions</h1>
<section class="card"><p class="muted">Signed-in browsers. A session ends when it expires, when its user signs out, or when an admin revokes it.
New sign-in links: <code>/web</code> to the bot, or <code>leakwatch web link</code>.</p>
<div class="table-wrap"><table id="sessions"><thead><tr><th>#</th><th>User</th><th>Role</th><th>Signed in</th><th>Last seen</th><th class="hide-narrow">Client</th><th></th></tr></thead>
<tbody>${sessions.map((entry) => html`<tr><td>${entry.id}${entry.id === session.id ? ' (this one)' : ''}</td><td>${entry.userName}</td><td>${entry.role}</td>
<td>${toUtcMinute(entry.createdAt)}</td><td>${toUtcMinute(entry.lastSeenAt)}</td><td class="hide-narrow">${entry.client ?? ''}</td>
<td>${session.role === 'admin' ? html`<form method="post" action="/sessions/${entry.id}/revoke">${csrfField(session)}<button type="submit" class="danger">Revoke</button></form>` : ''}</td></tr>`)}</tbody></table></div></section>`;
}
