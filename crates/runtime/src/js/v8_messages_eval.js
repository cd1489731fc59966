//! Errors in code a direct `eval` runs. Instrumented calls hand the code over (`eval(__ll$.ev=E)`,
//! instrument/calls.rs), and it becomes a source of its own, node's `<anonymous_script>`: V8's messages
//! and positions are found in it as in a file, its frame is V8's `eval (eval at f (file:l:c), <anonymous>:l:c)`
//! and an uncaught error's header shows its line. Kept out of call-span instrumentation, like v8_messages.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const FILE = '<anonymous_script>';
  // The code of the latest direct eval (an error is read right after the eval that threw it ran).
  let code = null;
  let lines = [];
  const calls = globalThis[Symbol.for('looplab.calls')];
  if (calls) {
    Object.defineProperty(calls, 'ev', {
      set(v) {
        if (typeof v === 'string') setCode(v);
      },
      get() { return undefined; },
      enumerable: false,
      configurable: true,
    });
  }
  const setCode = (v) => {
    if (v === code) return;
    code = v;
    lines = v.split(/\r\n|[\n\r\u2028\u2029]/);
    if (internal.forgetScan) internal.forgetScan(FILE);
  };
  // The latest `new Function` (v8_messages_syntax.js's stand-in): V8's text of it, `(function anonymous(a\n)
  // {\nbody\n})`, and V8's `eval at f (file:line:col)` for where it was made. An error in a function made so
  // is taken to be in the latest one.
  let made = null;
  // (The maker's frame is mapped only when an error needs it: a stack probe is cheap, mapping it is not.)
  internal.functionMade = function functionMade(text) {
    made = { text, probe: internal.stackProbe ? internal.stackProbe() : null, at: null };
  };
  function makerOf(m) {
    if (m.at === null) {
      const frames = internal.probeFrames ? internal.probeFrames(m.probe) : [];
      const c = frames.length ? /^ {4}at (?:(.*?) \()?(.*?)\)?$/.exec(frames[0]) : null;
      const name = c && c[1] ? c[1].replace(/^new /, '') : '';
      m.at = c ? `eval at ${name ? name.slice(name.lastIndexOf('.') + 1) : '<anonymous>'} (${c[2]})` : 'eval at <anonymous>';
      m.probe = null;
    }
    return m.at;
  }
  internal.evalCode = () => code;
  internal.evalFile = FILE;
  // The eval code as a source: its lines, its text, its columns (not instrumented: the same).
  const { sourceLine, sourceText, originalColumn } = host;
  host.sourceLine = function evalSourceLine(file, line) {
    if (file !== FILE) return sourceLine(file, line);
    return code === null || line < 1 ? undefined : lines[line - 1];
  };
  host.sourceText = function evalSourceText(file) {
    if (file !== FILE) return sourceText(file);
    return code === null ? undefined : code;
  };
  host.originalColumn = function evalOriginalColumn(file, line, column) {
    return file === FILE ? column : originalColumn(file, line, column);
  };
  // Boa's frame of eval code: `<eval> (eval at :line:col)`, or `:?:?` where it kept no position; of a
  // function `new Function` made, `anonymous (unknown at :line:col)`, its line one short of V8's text's (whose
  // body starts on line 3, Boa's on line 2).
  const RE_EVAL_FRAME = /^ {4}at <eval> \(eval at :(\d+|\?):(\d+|\?)\)$/;
  const RE_FUNCTION_FRAME = /^ {4}at anonymous \(unknown at :(\d+):(\d+)\)$/;
  internal.evalSite = function evalSite(line) {
    if (code === null && made === null) return undefined;
    const f = made && RE_FUNCTION_FRAME.exec(line);
    if (f) {
      setCode(made.text);
      return { file: FILE, line: Number(f[1]) + 1, column: Number(f[2]) };
    }
    const m = RE_EVAL_FRAME.exec(line);
    if (!m || code === null) return undefined;
    return m[1] === '?' ? { file: FILE, line: 0, column: 0 } : { file: FILE, line: Number(m[1]), column: Number(m[2]) };
  };
  // V8's frame for a function `new Function` made, from Boa's.
  internal.functionFrame = function functionFrame(line) {
    const f = made && RE_FUNCTION_FRAME.exec(line);
    if (!f) return null;
    setCode(made.text);
    return `    at eval (${makerOf(made)}, <anonymous>:${Number(f[1]) + 1}:${internal.evalColumn(Number(f[1]) + 1, Number(f[2]))})`;
  };
  // V8's column in the current eval code: a call at its callee's name (stack.js's calleeColumn), as in a file.
  internal.evalColumn = (line, column) => (internal.calleeColumn ? internal.calleeColumn(FILE, line, column) : column);
  // An undeclared name read in eval code (`x is not defined`): V8 points at the name (stack_places.js's
  // referenceLoc, over the eval code). True when the top frame is eval code's.
  // (Mapped eval frames are made by frames.js's evalFrame: before any was, every stack skips the search.)
  internal.evalReferencePlace = function evalReferencePlace(err, lines) {
    if (!internal.evalFramesMade) return false;
    const m = RE_MAPPED.exec(lines[0]);
    if (!m) return false;
    const line = m[2] === '?' ? 0 : Number(m[2]);
    const column = m[3] === '?' ? 0 : Number(m[3]);
    const loc = (line > 0 ? internal.referenceLoc(err, FILE, line, column) : null) || internal.referenceLoc(err, FILE, 0, 0);
    if (loc) lines[0] = `${m[1]}${loc.line}:${loc.column})`;
    return true;
  };
  // V8's position in a mapped eval frame (`<anonymous>:l:c`), where the message rules found it.
  const RE_MAPPED = /^( {4}at eval \(eval at .*, <anonymous>:)(\d+|\?):(\d+|\?)\)$/;
  internal.evalFramePlace = function evalFramePlace(lines, site) {
    if (!internal.evalFramesMade) return lines;
    for (let i = 0; i < lines.length; i++) {
      const m = RE_MAPPED.exec(lines[i]);
      if (!m) continue;
      if (site) lines[i] = `${m[1]}${site.toLine}:${site.to})`;
      else if (m[2] === '?') lines[i] = `${m[1]}1:1)`;
      return lines;
    }
    return lines;
  };
})
