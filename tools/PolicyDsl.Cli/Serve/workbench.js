// The workbench page: loads a rule file into the editor, asks the server's checker for diagnostics as you
// type (after a short pause), shows what a name or figure stands for on hover, saves with Ctrl+S or the
// button, and redraws the comparison chart from the saved files. The server's answers are data, placed
// with textContent and CodeMirror's own APIs, never as markup.
(function () {
  'use strict';
  var body = document.body;
  var status = document.getElementById('status');
  var fileSelect = document.getElementById('file');
  var levelSelect = document.getElementById('level');
  var personSelect = document.getElementById('person');
  var list = document.getElementById('diagnostics');
  var chart = echarts.init(document.getElementById('chart'), null, { renderer: 'svg' });
  var editor = null, current = null, pending = null, version = 0, chartData = null;
  body.dataset.checks = '0';
  body.dataset.charts = '0';

  var post = function (url, payload) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) })
      .then(function (r) { return r.json().then(function (json) { if (!r.ok) throw new Error(json.error || r.statusText); return json; }); });
  };
  var say = function (text, failed) { status.textContent = text; status.className = failed ? 'failed' : ''; };

  var show = function (diagnostics) {
    editor.setDiagnostics(diagnostics.map(function (d) {
      return { from: d.from, to: d.to, severity: d.severity, source: d.id, message: d.id + ': ' + d.message + (d.hint ? '\n提示 hint: ' + d.hint : '') };
    }));
    list.textContent = '';
    diagnostics.forEach(function (d) {
      var item = document.createElement('li');
      item.className = d.severity;
      item.dataset.id = d.id;
      item.dataset.from = d.from;
      item.dataset.to = d.to;
      item.textContent = d.line + ':' + d.column + ' ' + d.severity + ' ' + d.id + ': ' + d.message + (d.hint ? ' (' + d.hint + ')' : '');
      list.appendChild(item);
    });
    body.dataset.diagnostics = String(diagnostics.length);
  };

  var check = function () {
    var asked = ++version;
    var text = editor.text();
    post('/api/check', { path: current, text: text }).then(function (diagnostics) {
      if (asked !== version) return;                  // a later keystroke's check will answer
      show(diagnostics);
      body.dataset.checks = String(Number(body.dataset.checks) + 1);
    }).catch(function (e) { say('检查失败 check failed: ' + e.message, true); });
  };

  var save = function () {
    post('/api/save', { path: current, text: editor.text() }).then(function (answer) {
      show(answer.diagnostics);
      say('已保存 saved ' + answer.saved);
      drawChart();
    }).catch(function (e) { say('未保存 not saved: ' + e.message, true); });
  };

  var draw = function () {
    var id = 'chart-' + levelSelect.value + '-' + personSelect.value;
    var one = chartData.charts.filter(function (c) { return c.id === id; })[0];
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? 'n/a' : Number(v).toFixed(2) + '元'; } },
      legend: { top: 0, left: 0, right: 0 },
      grid: { left: 64, right: 24, top: 64, bottom: 48 },
      xAxis: { type: 'value', min: 0, max: chartData.top, name: '年度门诊费用 annual spend（元）', nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', name: '统筹基金支付 fund pays（元）', nameTextStyle: { align: 'left' } },
      series: (one ? one.series : []).map(function (s) {
        return { name: s.name, type: 'line', data: s.data, showSymbol: false, lineStyle: s.assumed ? { type: 'dashed' } : undefined };
      })
    }, { notMerge: true });
    document.getElementById('chart-note').textContent = (chartData.year ? chartData.year + '年 ' : '') +
      (chartData.skipped.length ? '未列入 left out: ' + chartData.skipped.join('; ') : '');
  };

  var drawChart = function () {
    return fetch('/api/chart').then(function (r) { return r.json(); }).then(function (data) {
      chartData = data;
      if (!levelSelect.options.length && data.charts.length) {
        var levels = [], persons = [];
        data.charts.forEach(function (c) { if (levels.indexOf(c.level) < 0) levels.push(c.level); if (persons.indexOf(c.person) < 0) persons.push(c.person); });
        levels.forEach(function (l) { levelSelect.add(new Option(l, l, false, l === 'level2')); });
        persons.forEach(function (p) { personSelect.add(new Option(p, p)); });
      }
      draw();
      body.dataset.charts = String(Number(body.dataset.charts) + 1);
    });
  };

  var open = function (path) {
    return fetch('/api/file?path=' + encodeURIComponent(path)).then(function (r) { return r.json(); }).then(function (file) {
      current = file.path;
      var parent = document.getElementById('editor');
      parent.textContent = '';
      editor = PolicyEditor.create(parent, {
        doc: file.text,
        onChange: function () { clearTimeout(pending); pending = setTimeout(check, 250); },
        onSave: save,
        hover: function (offset) {
          return post('/api/hover', { path: current, text: editor.text(), offset: offset }).then(function (a) { return a.text; }, function () { return null; });
        }
      });
      window.workbench = { editor: editor };
      check();
    });
  };

  levelSelect.addEventListener('change', draw);
  personSelect.addEventListener('change', draw);
  fileSelect.addEventListener('change', function () { open(fileSelect.value); });
  document.getElementById('save').addEventListener('click', save);
  fetch('/api/files').then(function (r) { return r.json(); }).then(function (files) {
    files.forEach(function (f) { fileSelect.add(new Option(f, f)); });
    if (files.length) open(files[0]);
    drawChart();
  });
})();
