// Draws the report's charts from the JSON block: one chart per hospital level and typical person,
// one line per city. Data is read with JSON.parse, never run as code. SVG rendering so that the
// charts print sharply; no animation, so what prints (or a screenshot) is the finished chart.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var money = function (v) { return v === null || v === undefined ? 'n/a' : Number(v).toFixed(2) + '元'; };
  data.charts.forEach(function (chart) {
    var element = document.getElementById(chart.id);
    var instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: money },
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
})();
