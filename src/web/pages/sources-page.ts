import type { Store } from '../../store/index.js';
import { html, jsonBlock, toUtcMinute, type SafeHtml } from '../html.js';

const RUNS_PLOTTED = 50;

/** Every source: health, its last runs, and a plot of items per run, so a parser that went silent shows as a drop to zero. */
export function renderSources(store: Store): SafeHtml {
  const overview = store.sources.overview();
  // Also the sources that only `leakwatch ingest` filled: they have postings but no runs.
  const ids = [...new Set([...overview.map((source) => source.sourceId), ...store.console.scannedSourceIds(), ...store.console.sourceIds()])].sort();
  return html`<h1>Sources (${ids.length})</h1>
${ids.length === 0 ? html`<p class="card muted">No source has run yet: <code>leakwatch run</code> scans the sources declared in sources.json.</p>` : ''}
<div class="grid">${ids.map((id, index) => {
    const state = overview.find((source) => source.sourceId === id);
    const runs = store.console.scanRuns(id, RUNS_PLOTTED).reverse();
    // x is the run's rank, not its time: runs come at any pace, a drop to zero must show either way.
    const plot = {
      time: false,
      x: runs.map((_, position) => position + 1),
      series: [
        { label: 'items seen', color: '#1d4ed8', values: runs.map((run) => run.itemsSeen), fill: true },
        { label: 'new postings', color: '#15803d', values: runs.map((run) => run.newPostings) },
        { label: 'errors', color: '#b91c1c', values: runs.map((run) => (run.error ? 1 : 0)) },
      ],
    };
    return html`<section class="card source" id="${id}"><h2>${id} <span class="health-${state?.health ?? 'unknown'}">${state?.health ?? 'unknown'}</span></h2>
  <p class="muted">${state?.type ?? 'no declaration'} · last run ${toUtcMinute(state?.lastRunAt)} · last success ${toUtcMinute(state?.lastSuccessAt)} · ${state?.consecutiveFailures ?? 0} failures in a row</p>
  ${state?.lastError ? html`<p class="notice error">${state.lastError}</p>` : ''}
  ${runs.length > 0 ? html`<div class="chart" data-chart="runs-${index}" role="img" aria-label="items per run of ${id}"></div>${jsonBlock(`runs-${index}`, plot)}` : html`<p class="muted">No scan run recorded (postings from <code>leakwatch ingest</code> or the Telegram listener).</p>`}
  ${runs.length === 0 ? '' : html`<div class="table-wrap"><table><thead><tr><th>Run</th><th>Items</th><th>New</th><th>Hits</th><th>Error</th></tr></thead>
  <tbody>${runs.slice(-10).reverse().map((run) => html`<tr><td>${toUtcMinute(run.startedAt)}</td><td>${run.itemsSeen}</td><td>${run.newPostings}</td><td>${run.hits}</td><td>${run.error ?? ''}</td></tr>`)}</tbody></table></div>`}
</section>`;
  })}</div>`;
}
