// The workbench's editor: CodeMirror 6 with the rule-file language's highlighting, diagnostics pushed
// from the server's checker, and hover text asked of the server. Bundled once into editor.min.js by
// build.mjs (committed, so the tool's build needs no node); exposes window.PolicyEditor.
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { StreamLanguage, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { hoverTooltip, keymap } from '@codemirror/view';
import { tags } from '@lezer/highlight';

// The language's keywords (src/PolicyDsl/Syntax/Grammar/Lexicon.cs) and the header's words.
const keywords = new Set(['policy', 'let', 'param', 'rule', 'exclude', 'if', 'then', 'else', 'match', 'with',
  'dated', 'not', 'true', 'false', 'when', 'from', 'until', 'unstated', 'invariant', 'bands', 'capped', 'against', 'per', 'enum',
  'city', 'notice', 'issued', 'in', 'force', 'input', 'total', 'sum', 'where', 'and', 'or', 'column', 'round', 'record']);

const policyLanguage = StreamLanguage.define({
  name: 'policy',
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match('//')) { stream.skipToEnd(); return 'comment'; }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    // A citation: @ and the article after it, up to the end of the line's text.
    if (stream.match(/^@\s*[^\s/]+/)) return 'meta';
    if (stream.match(/^\d{4}-\d{2}-\d{2}/)) return 'number';
    if (stream.match(/^\d+(?:\.\d+)?(?:元|%|pp|‰)?/)) return 'number';
    if (stream.match(/^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*/)) {
      const word = stream.current();
      if (keywords.has(word)) return 'keyword';
      return /^[A-Z]/.test(word) ? 'typeName' : 'variableName';
    }
    stream.next();
    return 'operator';
  },
  languageData: { commentTokens: { line: '//' } },
});

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: '#7a3e9d', fontWeight: 'bold' },
  { tag: tags.number, color: '#1c6b48' },
  { tag: tags.string, color: '#a0522d' },
  { tag: tags.comment, color: '#7a7a7a', fontStyle: 'italic' },
  { tag: tags.meta, color: '#2457a6' },
  { tag: tags.typeName, color: '#8a5a00' },
]);

/**
 * @param {HTMLElement} parent
 * @param {{doc: string, onChange: (text: string) => void, onSave: () => void, hover: (offset: number) => Promise<string|null>}} options
 */
function create(parent, options) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        basicSetup,
        policyLanguage,
        syntaxHighlighting(highlight),
        lintGutter(),
        keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => { options.onSave(); return true; } }]),
        hoverTooltip(async (view, pos) => {
          const text = await options.hover(pos);
          if (!text) return null;
          return { pos, create: () => { const dom = document.createElement('div'); dom.className = 'hover-text'; dom.textContent = text; return { dom }; } };
        }),
        EditorView.updateListener.of(update => { if (update.docChanged) options.onChange(update.state.doc.toString()); }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    /** diagnostics: [{from, to, severity: 'error'|'warning', message}] in UTF-16 offsets of the current text */
    setDiagnostics: diagnostics => view.dispatch(setDiagnostics(view.state, diagnostics)),
    setText: text => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
  };
}

window.PolicyEditor = { create };
