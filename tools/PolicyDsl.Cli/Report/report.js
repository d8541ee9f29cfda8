// Draws the report's charts from the JSON block: one chart per hospital level and typical person,
// one line per city; the claims section's bars and a reform's change against spend. Data is read with
// JSON.parse, never run as code, and every text placed in a tooltip is escaped. SVG rendering so that
// the charts print sharply; no animation, so what prints (or a screenshot) is the finished chart.
// Each point's tooltip shows its trace: the articles and the values that produced the figure.
// The workbench (policy serve) draws the same views with PolicyReport.draw each time it refreshes them.
(function () {
  'use strict';
  var money = function (v) { return v === null || v === undefined ? 'n/a' : Number(v).toFixed(2) + '元'; };
  var persons = function (v) { return v === null || v === undefined ? 'n/a' : v + '人'; };
  var escape = function (text) {
    return String(text).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  };
  // An axis tooltip: each series' value, then its trace for that point, line by line.
  var traced = function (format, traces) {
    return function (params) {
      var rows = params.map(function (p) {
        var trace = traces[p.seriesIndex][p.dataIndex] || '';
        var value = Array.isArray(p.value) ? p.value[1] : p.value;
        return '<div class="tip">' + p.marker + '<b>' + escape(p.seriesName) + '</b>: ' + escape(format(value)) +
          '<div class="trace">' + escape(trace).replace(/\n/g, '<br>') + '</div></div>';
      });
      return '<div class="tip-axis">' + escape(params.length ? params[0].axisValueLabel : '') + '</div>' + rows.join('');
    };
  };
  var tooltip = function (format, traces) {
    return { trigger: 'axis', confine: true, formatter: traced(format, traces), extraCssText: 'max-width: 560px; white-space: normal;' };
  };
  // Draws every chart of data into the elements of the page named by their ids; returns the charts drawn.
  var draw = function (data) {
    var drawn = [];
    data.charts.forEach(function (chart) {
      var element = document.getElementById(chart.id);
      var instance = echarts.init(element, null, { renderer: 'svg' });
      drawn.push(instance);
      instance.setOption({
        animation: false,
        tooltip: tooltip(money, chart.series.map(function (s) { return s.traces; })),
        legend: { top: 0, left: 0, right: 0 },
        grid: { left: 64, right: 24, top: 78, bottom: 48 },
        xAxis: { type: 'value', min: 0, max: data.top, name: '年度门诊费用 annual spend（元）', nameLocation: 'middle', nameGap: 28 },
        yAxis: { type: 'value', name: '统筹基金支付 fund pays（元）', nameTextStyle: { align: 'left' } },
        series: chart.series.map(function (s) {
          return {
            name: s.name, type: 'line', data: s.data, showSymbol: false, connectNulls: false,
            lineStyle: s.assumed ? { type: 'dashed' } : undefined
          };
        })
      });
    });
    data.bars.forEach(function (chart) {
      var element = document.getElementById(chart.id);
      var instance = echarts.init(element, null, { renderer: 'svg' });
      drawn.push(instance);
      var format = chart.unit === 'persons' ? persons : money;
      var line = chart.kind === 'line';
      instance.setOption({
        animation: false,
        tooltip: tooltip(format, chart.series.map(function (s) { return s.traces; })),
        legend: { top: 0, left: 0, right: 0 },
        grid: { left: 72, right: 24, top: 84, bottom: 64 },
        xAxis: { type: 'category', data: chart.categories, name: line ? '年度门诊费用 annual spend（元）' : '', nameLocation: 'middle', nameGap: 36,
          axisLabel: line ? {} : { interval: 0, fontSize: 10, rotate: chart.categories.length > 4 ? 30 : 0 } },
        yAxis: { type: 'value', name: chart.unit === 'persons' ? '人数 persons' : '元 yuan', nameTextStyle: { align: 'left' } },
        series: chart.series.map(function (s) {
          return line ? { name: s.name, type: 'line', data: s.values, showSymbol: false, connectNulls: false }
            : { name: s.name, type: 'bar', data: s.values };
        })
      });
    });
    return drawn;
  };
  window.PolicyReport = { draw: draw };
  var block = document.getElementById('report-data');
  if (block) draw(JSON.parse(block.textContent));
})();
