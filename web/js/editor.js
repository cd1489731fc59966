// CodeMirror 6 editor for the Looplab web UI: bundled by web/js/build.mjs into web/generated/editor/ (an ES module
// plus the lazily loaded language chunk), exposes window.LooplabEditor.
import { EditorState, Compartment, StateField, StateEffect, Prec, Annotation } from "@codemirror/state";
import {
  EditorView, Decoration, keymap, lineNumbers, highlightActiveLineGutter, highlightSpecialChars,
  drawSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { syntaxHighlighting, defaultHighlightStyle, bracketMatching, indentOnInput } from "@codemirror/language";
import { lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { oneDark } from "@codemirror/theme-one-dark";

// Marks transactions made through the API (replace, markers, running line) so they do not fire onChange.
const programmatic = Annotation.define();

// The "currently running" line: one line decoration, mapped through edits.
const setRunningLine = StateEffect.define(); // value: 1-based line number, or 0 to clear
const runningLineField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setRunningLine)) continue;
      if (!e.value) {
        deco = Decoration.none;
      } else {
        const line = tr.state.doc.line(clampLine(tr.state.doc, e.value));
        deco = Decoration.set([Decoration.line({ class: "cm-looplab-running" }).range(line.from)]);
      }
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const baseTheme = EditorView.theme({
  "&": { height: "100%" },
  ".cm-scroller": { overflow: "auto", fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" },
});
const runningTheme = EditorView.baseTheme({
  // Translucent so the selection (drawn behind the text) stays visible; the left bar marks it without colour too.
  "&light .cm-content .cm-line.cm-looplab-running": {
    backgroundColor: "rgba(255, 200, 0, 0.3)", boxShadow: "inset 3px 0 0 #c98a00",
  },
  "&dark .cm-content .cm-line.cm-looplab-running": {
    backgroundColor: "rgba(255, 204, 51, 0.2)", boxShadow: "inset 3px 0 0 #ffcc33",
  },
});

function clampLine(doc, line) {
  const n = Math.floor(Number(line));
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, doc.lines);
}

const SEVERITIES = { error: "error", warning: "warning", info: "info", hint: "hint" };

function toDiagnostics(doc, markers) {
  const out = [];
  for (const m of markers) {
    const line = doc.line(clampLine(doc, m.line));
    out.push({
      from: line.from,
      to: line.to,
      severity: SEVERITIES[m.severity] || "info",
      message: String(m.message == null ? "" : m.message),
    });
  }
  return out;
}

function create(parent, opts) {
  opts = opts || {};
  const readOnlyConf = new Compartment();
  const themeConf = new Compartment();
  // JavaScript parsing and highlighting join once the editor takes input (see `upgrade` below): the language
  // module (editor-lang.js, a chunk of its own) and the first parse run cold and would otherwise hold the whole
  // page back while it starts.
  const langConf = new Compartment();
  let langExt = [];
  let readOnly = !!opts.readOnly;
  let dark = !!opts.dark;
  let currentName = null;
  const states = new Map(); // saved states of the files that are not open
  let markersByFile = new Map(); // file -> [marker]
  let running = { file: null, line: 0 };
  let lastCursorLine = 0;

  const readOnlyExt = (ro) => [
    EditorState.readOnly.of(ro),
    EditorView.contentAttributes.of(ro ? { "aria-readonly": "true" } : {}),
  ];
  const themeExt = (d) => (d ? oneDark : []);

  const runKey = Prec.highest(keymap.of([{
    key: "Mod-Enter",
    run: () => { if (opts.onRun) opts.onRun(); return true; },
    preventDefault: true,
  }]));

  const listener = EditorView.updateListener.of((update) => {
    if (currentName === null) return;
    if (update.docChanged && update.transactions.some((tr) => tr.docChanged && !tr.annotation(programmatic))) {
      if (opts.onChange) opts.onChange(currentName, update.state.doc.toString());
    }
    if (opts.onCursorLine && (update.docChanged || update.selectionSet)) reportCursor(update.state);
  });

  function reportCursor(state) {
    if (!opts.onCursorLine) return;
    const line = state.doc.lineAt(state.selection.main.head).number;
    if (line !== lastCursorLine) {
      lastCursorLine = line;
      opts.onCursorLine(line);
    }
  }

  const extensions = () => [
    runKey,
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    langConf.of(langExt),
    lintGutter(),
    runningLineField,
    keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
    EditorView.contentAttributes.of({ "aria-label": "Code editor" }),
    baseTheme,
    runningTheme,
    readOnlyConf.of(readOnlyExt(readOnly)),
    themeConf.of(themeExt(dark)),
    listener,
  ];

  // One set of extension values for every file's state: building them (a JavaScript language, keymaps, themes)
  // once, and letting `setState` find the same values, is cheaper than fresh ones per file.
  const shared = extensions();
  const newState = (text) => EditorState.create({ doc: String(text == null ? "" : text), extensions: shared });
  // Shown until a file is opened (and after the open file is removed): empty and read-only.
  const placeholderState = () => EditorState.create({
    doc: "",
    // Prec.highest: the readOnly facet takes its first value, which would otherwise be the compartment's.
    extensions: [Prec.highest(EditorState.readOnly.of(true)), shared],
  });

  // `opts.open` ({ name, text }): the file to show at once, so the view is not built twice (placeholder, then
  // the file) while the page starts.
  const first = opts.open && opts.open.name != null ? opts.open : null;
  const view = new EditorView({ state: first ? newState(first.text) : placeholderState(), parent });
  if (first) currentName = String(first.name);

  // Loads the language chunk and adds it to the open file's state when the page is idle (at most 100 ms on), then
  // records when. Without the chunk (offline before it arrived) the editor works on, unhighlighted.
  let destroyed = false;
  const upgrade = () => {
    import("./editor-lang.js").then(({ javascript }) => {
      if (destroyed) return;
      langExt = [
        indentOnInput(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        bracketMatching(),
        javascript(),
      ];
      view.dispatch({ effects: langConf.reconfigure(langExt), annotations: programmatic.of(true) });
      const m = (window.__looplab = window.__looplab || {});
      if (m.editorHighlightMs === undefined) m.editorHighlightMs = performance.now();
    }, (e) => console.warn("Looplab: JavaScript highlighting is unavailable:", e));
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(upgrade, { timeout: 100 });
  else setTimeout(upgrade, 0);

  function stateOf(name) {
    if (name === currentName && currentName !== null) return view.state;
    return states.get(name);
  }

  function diagnosticsEffects(state, name) {
    return setDiagnostics(state, toDiagnostics(state.doc, markersByFile.get(name) || [])).effects;
  }

  function runningEffect(name) {
    return setRunningLine.of(running.file === name ? running.line : 0);
  }

  // Bring the open file's state in line with the editor-wide settings (it may have been saved under older ones).
  function syncOpenState(scroll) {
    const state = view.state;
    const effects = [
      readOnlyConf.reconfigure(readOnlyExt(readOnly)),
      themeConf.reconfigure(themeExt(dark)),
      langConf.reconfigure(langExt),
      ...[].concat(diagnosticsEffects(state, currentName)),
      runningEffect(currentName),
    ];
    if (scroll && running.file === currentName && running.line) {
      effects.push(EditorView.scrollIntoView(state.doc.line(clampLine(state.doc, running.line)).from, { y: "nearest" }));
    }
    view.dispatch({ effects, annotations: programmatic.of(true) });
  }

  const ed = {
    open(name, text) {
      name = String(name);
      if (name === currentName) return;
      if (currentName !== null) states.set(currentName, view.state);
      let state = states.get(name);
      if (!state) state = newState(text);
      states.delete(name);
      currentName = name;
      view.setState(state);
      syncOpenState(true);
      lastCursorLine = 0;
      reportCursor(view.state);
    },

    replace(name, text) {
      name = String(name);
      text = String(text == null ? "" : text);
      const state = stateOf(name);
      if (!state) {
        states.set(name, newState(text));
        return;
      }
      const old = state.doc.toString();
      if (old === text) return;
      // Replace only the differing middle so the selection and the undo history stay meaningful.
      let start = 0;
      const max = Math.min(old.length, text.length);
      while (start < max && old.charCodeAt(start) === text.charCodeAt(start)) start++;
      let endOld = old.length, endNew = text.length;
      while (endOld > start && endNew > start && old.charCodeAt(endOld - 1) === text.charCodeAt(endNew - 1)) {
        endOld--;
        endNew--;
      }
      const spec = {
        changes: { from: start, to: endOld, insert: text.slice(start, endNew) },
        annotations: programmatic.of(true),
      };
      if (name === currentName) view.dispatch(spec);
      else states.set(name, state.update(spec).state);
    },

    remove(name) {
      name = String(name);
      states.delete(name);
      if (name === currentName) {
        currentName = null;
        view.setState(placeholderState());
        lastCursorLine = 0;
      }
    },

    current() {
      return currentName;
    },

    getDoc(name) {
      const state = stateOf(name == null ? currentName : String(name));
      return state ? state.doc.toString() : null;
    },

    setMarkers(markers) {
      const byFile = new Map();
      for (const m of Array.isArray(markers) ? markers : []) {
        if (!m || m.file == null) continue;
        const f = String(m.file);
        if (!byFile.has(f)) byFile.set(f, []);
        byFile.get(f).push(m);
      }
      markersByFile = byFile;
      if (currentName !== null) {
        view.dispatch({ effects: diagnosticsEffects(view.state, currentName), annotations: programmatic.of(true) });
      }
    },

    setActiveLine(file, line) {
      const n = Math.floor(Number(line));
      running = file == null || !Number.isFinite(n) || n < 1 ? { file: null, line: 0 } : { file: String(file), line: n };
      if (currentName === null) return;
      const effects = [runningEffect(currentName)];
      if (running.file === currentName) {
        effects.push(EditorView.scrollIntoView(view.state.doc.line(clampLine(view.state.doc, n)).from, { y: "nearest" }));
      }
      view.dispatch({ effects, annotations: programmatic.of(true) });
    },

    setReadOnly(ro) {
      readOnly = !!ro;
      if (currentName !== null) view.dispatch({ effects: readOnlyConf.reconfigure(readOnlyExt(readOnly)) });
    },

    setDark(d) {
      dark = !!d;
      // The placeholder has the compartment too, so the theme applies even before a file is opened.
      view.dispatch({ effects: themeConf.reconfigure(themeExt(dark)) });
    },

    focus() {
      view.focus();
    },

    destroy() {
      destroyed = true;
      view.destroy();
      states.clear();
      markersByFile = new Map();
      currentName = null;
    },
  };
  return ed;
}

window.LooplabEditor = { create };
// The app may have mounted before this deferred bundle ran; it waits for this event.
window.dispatchEvent(new Event("looplab-editor-ready"));
