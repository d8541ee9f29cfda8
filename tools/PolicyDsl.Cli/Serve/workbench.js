// The workbench page: loads a rule file into the editor, asks the server's checker for diagnostics as you
// type (after a short pause), shows what a name or figure stands for on hover, saves with Ctrl+S or the
// button, and refreshes the report's views from the saved files. The server's answers are data, placed
// with textContent and CodeMirror's own APIs; the one exception is the views' markup, which the report's
// own code writes, escaped, and the page's script-hash policy keeps from running anything.
(function () {
  'use strict';
  var body = document.body;
  var status = document.getElementById('status');
  var fileSelect = document.getElementById('file');
  var viewsPane = document.getElementById('views');
  var note = document.getElementById('views-note');
  var list = document.getElementById('diagnostics');
  var editor = null, current = null, pending = null, version = 0, viewsVersion = 0, drawn = [];
  body.dataset.checks = '0';
  body.dataset.views = '0';

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
      refreshViews();
    }).catch(function (e) { say('未保存 not saved: ' + e.message, true); });
  };

  // The report's views over the saved files: the server writes them with the report's sections (every text in
  // them escaped there) and report.js draws their charts, with the same traces on hover. The charts drawn
  // before are disposed first, so a refresh leaves no stale chart behind.
  var refreshViews = function () {
    var asked = ++viewsVersion;
    return fetch('/api/views').then(function (r) { return r.json(); }).then(function (views) {
      if (asked !== viewsVersion) return;             // a later save's views will answer
      drawn.forEach(function (chart) { chart.dispose(); });
      viewsPane.innerHTML = views.html;
      drawn = views.data ? PolicyReport.draw(views.data) : [];
      note.textContent = (views.year ? views.year + '年 ' : '') +
        (views.skipped.length ? '未列入 left out: ' + views.skipped.join('; ') : '');
      body.dataset.views = String(Number(body.dataset.views) + 1);
    }).catch(function (e) { say('视图未更新 views not refreshed: ' + e.message, true); });
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

  fileSelect.addEventListener('change', function () { open(fileSelect.value); });
  document.getElementById('save').addEventListener('click', save);
  fetch('/api/files').then(function (r) { return r.json(); }).then(function (files) {
    files.forEach(function (f) { fileSelect.add(new Option(f, f)); });
    if (files.length) open(files[0]);
    refreshViews();
  });
})();
