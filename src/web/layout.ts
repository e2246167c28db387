import type { WebSession } from '../store/index.js';
import { html, type SafeHtml } from './html.js';

export type Section = 'overview' | 'alerts' | 'watchlist' | 'sources' | 'sessions' | 'none';

const NAV: [Section, string, string][] = [
  ['overview', '/', 'Overview'],
  ['alerts', '/alerts', 'Alerts & cases'],
  ['watchlist', '/watchlist', 'Watchlist'],
  ['sources', '/sources', 'Sources'],
  ['sessions', '/sessions', 'Sessions'],
];

/** Every page: the navigation, who is signed in, and the page's scripts (files of /static only: the CSP allows no inline script). */
export function layout(options: { title: string; section: Section; session?: WebSession; body: SafeHtml; scripts?: string[] }): SafeHtml {
  const { session } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} · leakwatch</title>
<link rel="stylesheet" href="/static/app.css">
${(options.scripts ?? []).includes('charts') ? html`<link rel="stylesheet" href="/static/uplot.css">` : ''}
</head>
<body>
<header class="top">
  <a class="brand" href="/">leakwatch</a>
  ${session ? html`<nav>${NAV.map(([section, href, label]) => html`<a href="${href}"${section === options.section ? html` aria-current="page"` : ''}>${label}</a>`)}</nav>
  <form class="who" method="post" action="/sign-out"><input type="hidden" name="csrf" value="${session.csrfToken}">
    <span>${session.userName} · ${session.role}</span> <button type="submit" class="link">Sign out</button></form>` : ''}
</header>
<main>
${options.body}
</main>
${(options.scripts ?? []).flatMap((script) => (script === 'charts' ? ['/static/uplot.js', '/static/charts.js'] : [`/static/${script}.js`])).map((src) => html`<script src="${src}"></script>`)}
</body>
</html>`;
}

/** A hidden CSRF field for a state-changing form. */
export const csrfField = (session: WebSession): SafeHtml => html`<input type="hidden" name="csrf" value="${session.csrfToken}">`;

export const severityBadge = (severity: string): SafeHtml => html`<span class="sev sev-${severity}">${severity}</span>`;
