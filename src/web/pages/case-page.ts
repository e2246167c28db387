import { kindName, dataTypeNames, languageForCountry } from '../../alerts/alert-words.js';
import { adviceFor } from '../../alerts/render-alert-report.js';
import { describeClock } from '../../cases/case-workflow.js';
import { CASE_STATE_NAMES } from '../../cases/case-states.js';
import type { CaseRecord } from '../../cases/load-case-record.js';
import { renderMail1, renderMail2 } from '../../cases/render-case-mails.js';
import { explainAnalysis } from '../../detection/index.js';
import type { Store, WebSession } from '../../store/index.js';
import { html, toUtcMinute, type SafeHtml } from '../html.js';
import { csrfField, severityBadge } from '../layout.js';

/** The triage actions of the bot's buttons, in the same words. */
export const WEB_TRIAGE_ACTIONS = { confirmed: 'Confirm', false_positive: 'False positive', victim_notified: 'Victim notified', muted: 'Mute 24 h' } as const;

export function renderCase(store: Store, loaded: CaseRecord, session: WebSession, notice: string | null): SafeHtml {
  const { view, record } = loaded;
  const found = loaded.case;
  const { alert, hit, posting, organization } = view;
  const analysis = hit.analysis;
  const language = languageForCountry(organization.country, 'en');
  const advice = adviceFor(record, language);
  const mails = [renderMail1(record, language, 'leakwatch'), renderMail2(record, language, 'leakwatch', posting.sourceKind ?? null)];
  const explanation = explainAnalysis(analysis, posting.text, new Map(store.watchlist.list().map((org) => [org.id, org])));
  const timeline = [
    { at: posting.seenAt, what: `posting first seen in ${posting.sourceId}` },
    ...(hit.foundBy === 'retro-hunt' ? [{ at: hit.createdAt, what: 'found in the archive by a retro-hunt' }] : []),
    { at: alert.createdAt, what: `alert ${alert.number} raised` },
    ...store.alerts.deliveriesOf(alert.id).filter((delivery) => delivery.sentAt).map((delivery) => ({ at: delivery.sentAt!, what: `sent to ${delivery.destination}` })),
    ...store.cases.events(found.id).map((event) => ({ at: event.at, what: `case → ${CASE_STATE_NAMES[event.state].en} by ${event.actor}` })),
    ...store.telegram.triage.history(alert.id).map((mark) => ({ at: mark.at, what: `triage: ${mark.state} by ${mark.userName}` })),
    ...store.cases.sightings(found.id).filter((sighting) => sighting.hitId !== hit.id).map((sighting) => ({ at: sighting.seenAt, what: `seen again in ${sighting.sourceId}` })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const isAdmin = session.role === 'admin';
  return html`<h1>${alert.number} — ${organization.name}</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<div class="grid">
<section class="card"><h2>Alert</h2><dl class="facts">
  <dt>Severity</dt><dd>${severityBadge(alert.severity)}</dd>
  <dt>Case</dt><dd id="case-state">${CASE_STATE_NAMES[found.state].en}</dd>
  <dt>72-hour clock</dt><dd>${describeClock(found, store.clock(), 'en')}</dd>
  <dt>Kind</dt><dd>${kindName(analysis.kind, 'en')}</dd>
  <dt>Claim</dt><dd>${[analysis.recordCount !== null ? `${analysis.recordCount.toLocaleString('en-US')} records` : null, dataTypeNames(analysis.dataTypes, 'en').join(', ') || null, analysis.price ? `${analysis.price.amount} ${analysis.price.currency}` : null].filter(Boolean).join(' · ') || '—'}</dd>
  <dt>Seller</dt><dd>${analysis.sellerHandles.join(', ') || '—'}</dd>
  <dt>Source</dt><dd>${posting.sourceId}</dd>
  <dt>Address</dt><dd>${posting.url ? html`<code>${posting.url}</code>` : '—'}</dd>
  <dt>First seen</dt><dd>${toUtcMinute(posting.seenAt)}</dd>
  <dt>TLP</dt><dd>${found.tlp}</dd>
</dl>
${isAdmin ? html`<div class="actions" id="triage">${Object.entries(WEB_TRIAGE_ACTIONS).map(([state, label]) => html`<form method="post" action="/alerts/${alert.number}/triage">${csrfField(session)}<input type="hidden" name="state" value="${state}"><button type="submit" data-triage="${state}">${label}</button></form>`)}</div>`
    : html`<p class="muted">Triage is for admins.</p>`}
</section>
<section class="card"><h2>The posting as captured</h2>
  <p class="muted">Personal data masked as in the alert. Shown as text: nothing in it is a link.</p>
  ${posting.title ? html`<p><b>${posting.title}</b></p>` : ''}
  <pre class="posting" id="posting-text">${posting.text}</pre>
  ${posting.screenshotPath ? html`<h2>Evidence screenshot</h2><img class="evidence" src="/evidence/${alert.number}" alt="screenshot of the posting">` : ''}
</section>
<section class="card"><h2>Why it matched</h2>
  <ul>${analysis.matches.map((match) => html`<li>«${match.quote}» — ${match.how}${match.weak ? ` (weak, corroborated by ${match.corroboration.join(', ')})` : ''}</li>`)}</ul>
  <p class="muted">Severity: ${analysis.severityReasons.join('; ')}</p>
  <details><summary>Detection's full explanation</summary><pre class="explain">${explanation}</pre></details>
</section>
<section class="card"><h2>Advice and regulators</h2>
  <ul id="advice">${advice.map((item) => html`<li>${item.text} ${item.sources.map((source) => html`<a href="${source.url}" rel="noreferrer noopener" target="_blank">[${source.id}]</a> `)}</li>`)}</ul>
</section>
<section class="card"><h2>Mails to the victim (drafts)</h2>
  ${mails.map((mail, index) => html`<h3>Mail ${index + 1}${mail.to ? ` — to ${mail.to}` : ' — no contact on the watchlist'}</h3><p><b>${mail.subject}</b></p><pre class="mail">${mail.body}</pre>`)}
</section>
<section class="card"><h2>Timeline</h2>
  <div class="table-wrap"><table id="timeline"><tbody>${timeline.map((entry) => html`<tr><td>${toUtcMinute(entry.at)}</td><td>${entry.what}</td></tr>`)}</tbody></table></div>
</section>
</div>`;
}
