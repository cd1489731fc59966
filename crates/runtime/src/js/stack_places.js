//! Error stack places V8 gives and Boa does not (split from stack.js, loaded right after it; its functions run
//! at a stack's first read): an undeclared name's use, the property of a failed access, the throw site and
//! user frames v8_messages.js reads, an Error subclass's constructors left out, a builtin's own frame, and
//! the caret's padding under a source line.
(function (internal) {
  'use strict';
  const host = internal.host;
  const limitFrames = (lines) => internal.limitFrames(lines);
  const origStack = internal.origErrorStack;
  // Boa places a ReferenceError for an undeclared name (`x is not defined`) at the start of the enclosing
  // function (the CommonJS wrapper's `{` on line 0 at top level) when no call is involved, else at a call or
  // member access near it. V8 points at the name (its first use from the function's start, or the use
  // nearest Boa's position on its line), or at the statement's keyword when the name is the first thing the
  // statement evaluates (`return typo * 2`, `if (typo.ok)`). Returns the better location, or null to keep Boa's.
  // (`skip(line, index)`: uses that cannot have thrown, such as those in function bodies for a top-level frame.)
  internal.referenceLoc = function referenceLoc(err, file, line, column, skip) {
    let m = null;
    try { m = err instanceof ReferenceError && /^([\w$]+) is not defined(?: in ES module scope|$)/.exec(err.message); } catch { /* keep */ }
    if (!m) return null;
    const re = new RegExp(`(^|[^\\w$.])${m[1].replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const here = line > 0 ? host.sourceLine(file, line) : undefined;
    if (line > 0 && here === undefined) return null;
    if (line > 0 && here[column - 1] !== '{') {
      let best = null;
      const mask = internal.maskLiterals || ((t) => t.split('//')[0]);
      for (const found of mask(here).matchAll(re)) {
        const at = found.index + found[1].length;
        if (underTypeof(here, at) || (skip && skip(line, at))) continue;
        if (best === null || Math.abs(at + 1 - column) < Math.abs(best + 1 - column)) best = at;
      }
      return best === null ? null : useAt(file, line, here, best, m[1]);
    }
    let col = line > 0 ? column : 1;
    for (let l = Math.max(1, line); l < Math.max(1, line) + 1000; l++, col = 1) {
      const src = host.sourceLine(file, l);
      if (src === undefined) return null;
      const code = internal.maskLiterals ? internal.maskLiterals(src).slice(col - 1) : src.slice(col - 1).split('//')[0];
      for (const found of code.matchAll(re)) {
        const at = col - 1 + found.index + found[1].length;
        // (`typeof name` reads no binding: it does not throw.)
        if (!underTypeof(src, at) && !(skip && skip(l, at))) return useAt(file, l, src, at, m[1]);
      }
    }
    return null;
  };
  const underTypeof = (src, at) => /\btypeof\s*\(?\s*$/.test(src.slice(0, at));
  // The location V8 gives a use of the undeclared `name` at index `at` of line `src`.
  function useAt(file, line, src, at, name) {
    // An assignment to an undeclared name (strict code): V8 points at its `=`.
    const assign = /^\s*=(?!=)/.exec(src.slice(at + name.length));
    if (assign) return { file, line, column: at + 1 + name.length + assign[0].length - 1 };
    // A template substitution's first read (on a template's later line, which this line's scan cannot tell
    // from a statement): at the name.
    if (/\$\{\s*$/.test(src.slice(0, at)) && !/^\s*\(/.test(src.slice(at + name.length))) return { file, line, column: at + 1 };
    return { file, line, column: internal.v8UsePosition(src, at, name) + 1 };
  }
  // V8's position for a throwing read of `name` at index `at` of `src` (one line of code). V8 records a
  // statement's position (its start; an initializer's start; a `while` / `for` condition's) on the statement's
  // first bytecode, and an expression position on a variable read or property load only once that is taken;
  // a called global (`typo(...)`) and a `typeof` operand get none, so the error shows the position recorded
  // last before them.
  // (`local`: the name is a binding in its temporal dead zone, whose call records a position; a called global
  // does not, unless constructed.)
  internal.v8UsePosition = function v8UsePosition(src, at, name, local = false) {
    const code = internal.maskLiterals ? internal.maskLiterals(src) : src;
    const [start, scanFrom = start] = statementStart(code, at);
    const called = !local && /^\s*\(/.test(code.slice(at + name.length)) && !/\bnew\s*$/.test(code.slice(0, at));
    const callee = called || /\btypeof\s*$/.test(code.slice(0, at));
    // (An object literal's property value has its own position.)
    if (callee && /[{,]\s*[\w$]+\s*:\s*$/.test(code.slice(start, at))) return at;
    const events = bytecodeEvents(code, scanFrom, at);
    if (!callee) return events.length === 0 ? start : at;
    const placed = events.filter((e) => e.placed);
    const last = placed[placed.length - 1];
    return last === undefined || last === events[0] ? start : last.at;
  };
  const KEYWORDS = new Set(['const', 'let', 'var', 'typeof', 'void', 'await', 'new', 'return', 'throw', 'delete',
    'in', 'of', 'instanceof', 'yield', 'async', 'function', 'else', 'do', 'case', 'if', 'switch', 'while', 'for']);
  // What the code from `from` to `to` evaluates, in order: variable reads and property loads (placed: they
  // record their position), literals (which only take a pending statement position), comparisons (placed at
  // their operator, recorded once their right operand is read).
  function bytecodeEvents(code, from, to) {
    const events = [];
    let pending = null;
    const re = /(\.\s*)?([A-Za-z_$][\w$]*)|(\d[\w.]*|["'])|(`)|(===?|!==?|<=?|>=?)|([[{])|(\*\*|[*%+-])/g;
    re.lastIndex = from;
    for (let m; (m = re.exec(code)) !== null && m.index < to;) {
      if (m[5] !== undefined) { pending = { at: m.index, placed: true }; continue; }
      if (m[7] !== undefined) {
        // A binary arithmetic operator is placed like a comparison (not `++`, `+=`, a unary sign, `function*`).
        const next = code[re.lastIndex];
        if (next === '=' || next === m[7]) { re.lastIndex++; continue; }
        const before = code.slice(from, m.index);
        if (/[\w$)\]'"`]\s*$/.test(before) && !/\b(?:function|yield|return|typeof|void|delete|await|in|of|case)\s*$/.test(before)) {
          pending = { at: m.index, placed: true };
        }
        continue;
      }
      if (m[6] !== undefined) {
        // An array or object literal (not a computed member, not a block) is created first.
        const before = code.slice(from, m.index);
        if (m[6] === '[' ? !/[\w$)\]]\s*$/.test(before) : /(?:^|[=(,:[?]|\breturn)\s*$/.test(before)) events.push({ at: m.index, placed: false });
        continue;
      }
      if (m[2] !== undefined) {
        if (!m[1] && (KEYWORDS.has(m[2]) || (m[2] === '$' && code[re.lastIndex] === '{'))) continue;
        const after = code.slice(re.lastIndex);
        // (An assignment's target is not read, nor is an object literal's key.)
        if (!m[1] && /^\s*(?:=(?![=>])|:(?!:))/.test(after)) continue;
        // A called global (not a method) records nothing.
        if (!m[1] && /^\s*\(/.test(after)) { if (events.length === 0) events.push({ at: m.index, placed: false }); continue; }
        events.push({ at: m.index + (m[1] ? m[1].length : 0), placed: true });
      } else if (m[3] !== undefined) {
        if (m[3] === '"' || m[3] === "'") re.lastIndex = Math.max(re.lastIndex, code.indexOf(m[3], re.lastIndex) + 1 || code.length);
        events.push({ at: m.index, placed: false });
      } else if (code[m.index + 1] !== '$') {
        // (A template's text before its first substitution, when it has any.)
        events.push({ at: m.index, placed: true });
      }
      if (pending !== null) { events.push(pending); pending = null; }
    }
    return events;
  }
  // Where the statement holding index `at` of `code` (one line, literals masked) starts as V8 records it, and
  // where what it evaluates starts when that differs (a loop condition placed at its comparison).
  function statementStart(code, at) {
    let depth = 0;
    let k = at - 1;
    for (; k >= 0; k--) {
      const c = code[k];
      if (c === ')' || c === ']') depth++;
      else if (c === '(' || c === '[') { if (depth > 0) depth--; }
      else if (c === '}') depth++;
      else if (c === '{') {
        if (depth > 0) { depth--; continue; }
        // An object literal's brace is inside the statement; a block's starts one.
        if (/(?:[=(,:[?$]|\breturn)\s*$/.test(code.slice(0, k))) continue;
        break;
      } else if (c === ';' && depth === 0) {
        // (In a `for (init; cond; update)` header: the condition's position.)
        if (/\bfor\s*\([^()]*$/.test(code.slice(0, k))) {
          let q = k + 1;
          while (q < at && /\s/.test(code[q])) q++;
          return [conditionPosition(code, q, at), q];
        }
        break;
      } else if (c === '>' && code[k - 1] === '=' && depth === 0) { break; }
    }
    let p = k + 1;
    while (p < at && /\s/.test(code[p])) p++;
    let rest = code.slice(p, at);
    // A label, `else`, `do`, an `if (...)` / loop head `at` is past: the statement after them.
    for (let n = 0; n < 20; n++) {
      const m = /^(?:[A-Za-z_$][\w$]*\s*:(?!:)|else\b|do\b)\s*/.exec(rest);
      let skip = m !== null ? m[0].length : 0;
      const head = skip === 0 ? /^(?:if|while|for)\s*\(/.exec(rest) : null;
      if (head !== null) {
        let depth = 0;
        let close = -1;
        for (let k = p + head[0].length - 1; k < at; k++) {
          if (code[k] === '(') depth++;
          else if (code[k] === ')' && --depth === 0) { close = k; break; }
        }
        if (close < 0) break;
        skip = close + 1 - p;
        while (p + skip < at && /\s/.test(code[p + skip])) skip++;
      }
      if (skip === 0) break;
      p += skip;
      rest = rest.slice(skip);
    }
    if (/^(?:return|throw|if|switch)\b/.test(rest)) return [p];
    const loop = /^(?:while\s*\(\s*|for\s*\((?:\s*(?:const|let|var)\s+)?[^;]*?\s+(?:of|in)\s+)/.exec(rest);
    if (loop) return [conditionPosition(code, p + loop[0].length, at), p + loop[0].length];
    // A declaration: its initializer's start (the declarator's holding `at`).
    if (/^(?:const|let|var)\b/.test(rest)) {
      let init = -1;
      const re = /(?:^|,)\s*(?:const\s+|let\s+|var\s+)?(?:[\w$]+|\{[^}]*\}|\[[^\]]*\])\s*=(?![=>])\s*/g;
      for (let m; (m = re.exec(rest)) !== null;) init = m.index + m[0].length;
      if (init >= 0) return [p + init];
    }
    return [p];
  }
  // A loop condition's position: a comparison's operator when the condition is one, else its start.
  function conditionPosition(code, from, at) {
    const cmp = /^[\w$.]+\s*(===?|!==?|<=?|>=?)/.exec(code.slice(from, at));
    return cmp ? from + cmp[0].length - cmp[1].length : from;
  }
  // Boa keeps no position for an undeclared name read at a module's top level (`?:?`, or a stale one): V8's
  // is the name's first use in the file.
  function withReferenceLoc(err, lines) {
    // (A frame of eval code is placed in that code: v8_messages_eval.js.)
    if (lines.length && internal.evalReferencePlace && internal.evalReferencePlace(err, lines)) return lines;
    const top = lines.length ? /^(\s+at (?:(.*?) \()?)(.*):(\d+|\?):(\d+|\?)(\)?)$/.exec(lines[0]) : null;
    if (!top) return lines;
    const file = top[3].replace(/^file:\/\//, '');
    // (An anonymous frame is an ES module's top level, or an anonymous function: not when its position is in a
    // function's body, as a concise arrow's is.)
    const anonymousFn = () => {
      const scan = internal.scanSource ? internal.scanSource(file) : null;
      const l = +top[4];
      if (!scan || l < 1 || l > scan.starts.length) return false;
      const o = scan.starts[l - 1] + +top[5] - 1;
      return scan.fns.some((r) => r[0] <= o && o < r[1]);
    };
    const topLevel = top[4] === '?' || top[2] === 'Object.<anonymous>' || (top[2] === undefined && !anonymousFn());
    // (At top level, a use on the line Boa gave is taken first: a guarded `typeof x !== 'undefined' ? x : d`
    // above it is a use that never ran.)
    // A top-level frame's error is not in a function body (Boa's stale position may be in one that ran last),
    // nor, while no catch clause has taken it, in a `try` block.
    const sc = topLevel && internal.scanSource ? internal.scanSource(file) : null;
    const caught = internal.caughtByClause ? internal.caughtByClause(err) : true;
    const skip = sc ? (l, at) => {
      const o = (l - 1 < sc.starts.length ? sc.starts[l - 1] : Infinity) + at;
      return sc.fns.some((r) => r[0] <= o && o < r[1]) || (!caught && sc.tries.some((r) => r[0] <= o && o < r[1]));
    } : undefined;
    const onLine = topLevel && top[4] !== '?' && +top[4] > 0 ? internal.referenceLoc(err, file, +top[4], +top[5], skip) : null;
    // (Caught where it was thrown: the first use in the try block whose clause took it.)
    const block = topLevel && !onLine && caught && internal.catchBlockOf ? internal.catchBlockOf(err, file, true) : null;
    const loc = onLine || (block ? internal.referenceLoc(err, file, block.from[0], block.from[1] + 1, skip) : null) ||
      internal.referenceLoc(err, file, topLevel ? 0 : +top[4], topLevel ? 0 : +top[5], skip);
    const shown = top[4] === '?' && internal.esmFiles.has(file) ? `file://${file}` : top[3];
    if (loc) lines[0] = `${top[1]}${shown}:${loc.line}:${loc.column}${top[6]}`;
    // A module's top level resumed from a top-level `await` runs from a microtask: its frame stands alone,
    // without the module job's frames stack.js put under a frame it could not place.
    const first = loc && top[4] === '?' && internal.firstTopLevelAwait ? internal.firstTopLevelAwait(file) : null;
    if (first && (loc.line > first.endLine || (loc.line === first.endLine && loc.column > first.endCol)) &&
        lines.length > 1 && lines[1].startsWith('    at ModuleJob.run (node:internal/modules/esm/module_job:')) {
      lines.splice(1, 3);
    }
    return lines;
  }
  // The innermost frame of user code where `err` was made, in the user's coordinates (v8_messages.js reads
  // the source there).
  internal.throwSite = function throwSite(err) {
    if (!origStack) return undefined;
    let raw;
    try { raw = origStack.call(err); } catch { return undefined; }
    for (const line of String(raw || '').split('\n')) {
      if (!line.startsWith('    at ') || / \(native\)$|\(node:/.test(line)) continue;
      // Eval code: a source of its own (v8_messages_eval.js).
      const inEval = internal.evalSite && internal.evalSite(line);
      if (inEval) return inEval;
      const m = /^ {4}at (?:.*? \()?(.*):(\d+):(\d+)\)?$/.exec(line);
      if (!m) return undefined;
      const ln = Number(m[2]) - (internal.esmFiles.has(m[1]) ? 0 : 1);
      return { file: m[1], line: ln, column: host.originalColumn(m[1], Number(m[2]), Number(m[3])) };
    }
    return undefined;
  };
  // The frames of user code in `err`'s raw stack (v8_messages.js compares them with the catching frame's).
  internal.userFrames = function userFrames(err) {
    if (!origStack) return [];
    let raw;
    try { raw = String(origStack.call(err) || ''); } catch { return []; }
    return raw.split('\n').filter(isUserFrame);
  };
  const isUserFrame = (l) => /^ {4}at /.test(l) && !/\((node:internal\/looplab|native)|\(\)$/.test(l);
  internal.isUserFrame = isUserFrame;
  // V8's column where v8_messages.js found a better one than Boa's (the property of a failed access).
  function withSite(err, lines) {
    const site = internal.v8Site && internal.v8Site(err);
    if (internal.evalFramePlace && (!site || site.file === internal.evalFile)) {
      return internal.evalFramePlace(lines, site && !site.headerOnly ? site : null);
    }
    if (!site || site.headerOnly) return lines;
    const at = `${site.file}:${site.line}:`;
    for (let i = 0; i < lines.length; i++) {
      const k = lines[i].indexOf(at);
      if (k === -1) continue;
      const m = /^(\d+|\?)(\)?)$/.exec(lines[i].slice(k + at.length));
      if (m) lines[i] = `${lines[i].slice(0, k)}${site.file}:${site.toLine}:${site.to}${m[2]}`;
      // The function's name as V8 gives it, where Boa's frame has none (or not its `new`).
      if (m && site.frameName) {
        const loc = /^ {4}at (?:.*? \()?(.*?)\)?$/.exec(lines[i]);
        if (loc) lines[i] = `    at ${site.frameName} (${loc[1]})`;
      }
      break;
    }
    return lines;
  }
  // An instance of an Error subclass: V8's stack starts below the subclass constructors (`new VErr`, the
  // `super()` chain), where the error was asked for.
  function withoutConstructors(err, lines) {
    const names = new Set();
    try {
      for (let p = Object.getPrototypeOf(err); p && p !== Error.prototype && names.size < 20; p = Object.getPrototypeOf(p)) {
        const c = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (c && typeof c.value === 'function' && c.value.name) names.add(c.value.name);
      }
    } catch { return lines; }
    if (!names.size) return lines;
    let k = 0;
    for (; k < lines.length; k++) {
      const m = /^ {4}at (?:new )?([\w$]+) \(/.exec(lines[k]);
      if (!m || !names.has(m[1])) break;
    }
    return k ? lines.slice(k) : lines;
  }
  // The padding under a source line before its caret, `n` wide: node copies each tab of the line (it pads
  // byte by byte over the line's UTF-8, so a wider character counts once per byte).
  function caretPad(src, n) {
    let out = '';
    for (const ch of String(src)) {
      if (out.length >= n) break;
      if (ch === '\t') { out += '\t'; continue; }
      const cp = ch.codePointAt(0);
      out += ' '.repeat(cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
    }
    return out.length >= n ? out.slice(0, n) : out + ' '.repeat(n - out.length);
  }
  internal.caretPad = caretPad;
  // Errors a builtin threw: V8 lists the builtin above the caller (`at JSON.parse (<anonymous>)`), and any
  // builtin that called it next (`at trim`, then `at Array.map`).
  const builtinFrames = new WeakMap();
  internal.builtinFrame = function builtinFrame(err, ...names) {
    if (err !== null && typeof err === 'object') builtinFrames.set(err, names.map((name) => `    at ${name} (<anonymous>)`));
  };
  internal.hasBuiltinFrame = (err) => builtinFrames.has(err);
  function withBuiltin(err, lines) {
    const frames = builtinFrames.get(err);
    if (frames === undefined) return lines;
    lines.unshift(...frames);
    return limitFrames(lines);
  }
  internal.stackPlaces = { withReferenceLoc, withSite, withoutConstructors, withBuiltin };
})
