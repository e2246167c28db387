// Draws every plot of a page with uPlot (served from node_modules). A plot is a <div data-chart="ID">
// and its data a <script type="application/json" id="ID"> written by the server:
// { "x": [unix seconds…], "series": [{ "label": "critical", "color": "#b91c1c", "values": […] }], "bars": true }
// With "bars", the series are stacked bars: each is drawn at the sum of itself and the series after
// it, largest first, so every severity shows as its own band; the legend shows the real counts.
(function () {
  const plots = [];
  function draw(element) {
    const data = JSON.parse(document.getElementById(element.dataset.chart).textContent);
    const width = Math.max(240, element.clientWidth);
    const raw = data.series.map(function (series) { return series.values; });
    const drawn = data.bars ? raw.map(function (_, index) {
      return data.x.map(function (__, at) { let sum = 0; for (let k = index; k < raw.length; k++) sum += raw[k][at]; return sum; });
    }) : raw;
    const bars = data.bars ? uPlot.paths.bars({ size: [0.8, 24] }) : undefined;
    const options = {
      width,
      height: 240,
      legend: { show: true },
      scales: { x: { time: data.time !== false } },
      // Without time (runs of a source), x counts runs: whole steps only.
      axes: [data.time === false ? { incrs: [1, 2, 5, 10, 20, 50, 100] } : {}, { size: 40 }],
      series: [data.time === false ? { label: 'run' } : {}].concat(data.series.map(function (series) {
        const index = data.series.indexOf(series);
        return data.bars
          ? { label: series.label, stroke: series.color, fill: series.color, width: 0, paths: bars, points: { show: false }, value: function (u, v, s, at) { return at == null ? '--' : raw[index][at]; } }
          : { label: series.label, stroke: series.color, fill: series.fill ? series.color + '33' : undefined, width: 2, points: { show: data.x.length < 60 } };
      })),
    };
    element.textContent = '';
    const plot = new uPlot(options, [data.x].concat(drawn), element);
    element.dataset.drawn = 'true';
    plots.push({ plot: plot, element: element });
  }
  document.querySelectorAll('[data-chart]').forEach(draw);
  let pending = null;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      plots.forEach(function (entry) { entry.plot.setSize({ width: Math.max(240, entry.element.clientWidth), height: 240 }); });
    }, 150);
  });
})();
