//! Where V8 places calls the engine makes without a position Boa keeps (split out of source_scan.js, whose scan
//! they read): a for-of loop's or spread's implicit `next()`, a destructuring pattern's getter call, and a
//! derived constructor's return without `super()`. Not instrumented, like source_scan.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  // The code of the function a caller frame at `line`:`column` (Boa's place: the function's start) stands for:
  // its `[from, to)` range in the text and the functions nested in it, whose code is not its own. `line` 0 is a
  // CommonJS module's top level (the whole file). null when no function starts there.
  const ownCode = (s, text, line, column) => {
    if (!s || typeof text !== 'string') return null;
    let from = 0;
    let to = text.length;
    let own = null;
    if (line >= 1 && line <= s.starts.length) {
      const at = s.starts[line - 1] + column - 1;
      own = s.fns.find((r) => r[0] === at) || null;
      if (!own) return null;
      [from, to] = own;
    } else if (line !== 0) {
      return null;
    }
    return { from, to, nested: s.fns.filter((r) => r !== own && r[0] >= from && r[1] <= to) };
  };
  // Line `line`'s code (its functions are nested code), or null.
  const lineCode = (s, text, line) => {
    if (!s || typeof text !== 'string' || line < 1 || line > s.starts.length) return null;
    const from = s.starts[line - 1];
    const to = line < s.starts.length ? s.starts[line] : text.length;
    return { from, to, nested: s.fns.filter((r) => r[0] >= from && r[0] < to) };
  };
  // Where V8 places the implicit `next()` call of a for-of loop (its binding) or a spread (the iterable), for a
  // caller Boa places at the start of its function (`line` 0: a CommonJS module's top level). Only when that
  // function's own code has exactly one such site; else null.
  const RE_ITERATION = /\bfor\s*(?:await\s*)?\(\s*(?:(?:const|let|var)\s+)?([\w$]+|\[[^\]]*\]|\{[^}]*\})\s+of\b|\.\.\.\s*(?=[\w$(\[])/g;
  // (`err`, when a top-level try block's clause caught it: only that block's code.)
  // (`iteratorCall`: the error came from the iterable's `[Symbol.iterator]()`, which V8 places at a for-of's
  // iterable rather than its binding. A spread in a call's arguments is placed at the call.)
  internal.iterationSite = function iterationSite(file, line, column, generator, err, iteratorCall) {
    const s = internal.scanSource(file);
    const text = host.sourceText(file);
    // (A caller Boa placed elsewhere on a line, not at a function's start: that line's one site.)
    const scope = ownCode(s, text, line, column) || lineCode(s, text, line);
    if (scope === null) return null;
    let { from, to } = scope;
    const { nested } = scope;
    const block = line === 0 && err && internal.catchBlockOf ? internal.catchBlockOf(err, file, true) : null;
    if (block && block.from[0] >= 1 && block.to[0] <= s.starts.length) {
      from = Math.max(from, s.starts[block.from[0] - 1] + block.from[1]);
      to = Math.min(to, s.starts[block.to[0] - 1] + block.to[1]);
    }
    const sites = [];
    RE_ITERATION.lastIndex = from;
    for (let m; (m = RE_ITERATION.exec(text)) !== null && m.index < to;) {
      if (nested.some((r) => r[0] <= m.index && m.index < r[1])) continue;
      const after = m.index + m[0].length;
      let iterable = after;
      while (iterable < text.length && /\s/.test(text[iterable])) iterable++;
      const place = m[1] !== undefined ? (iteratorCall ? iterable : m.index + m[0].replace(/\s+of$/, '').length - m[1].length)
        : spreadCallee(text, m.index, from) ?? iterable;
      sites.push([place, after]);
    }
    // Several loops and spreads: the one that iterates a call of the generator, if one alone does.
    const calling = generator ? new RegExp(`^(?:[^{};\\n]*?[^\\w\${};\\n])?${generator.replace(/\$/g, '\\$')}\\s*\\(`) : null;
    const picked = sites.length > 1 && calling ? sites.filter(([, after]) => calling.test(text.slice(after, after + 200))) : sites;
    if (picked.length === 1) return internal.lineColOf(s, picked[0][0]);
    // Else the one whose iterable was evaluated last (its note, `__ll$.io` below).
    let best = null;
    let bestSeq = 0;
    for (const site of sites) {
      let at = site[1];
      while (at < text.length && /\s/.test(text[at])) at++;
      const [l, c] = internal.lineColOf(s, at);
      const note = internal.iteratedAt(file, l, c - 1);
      if (note && note.seq > bestSeq) { best = site; bestSeq = note.seq; }
    }
    return best ? internal.lineColOf(s, best[0]) : null;
  };
  // A call's place (its callee's name, a member call's property) when the spread at `at` is among its
  // arguments; undefined in an array literal.
  function spreadCallee(text, at, from) {
    let depth = 0;
    for (let k = at - 1; k >= Math.max(from, at - 2000); k--) {
      const c = text[k];
      if (c === ')' || c === ']' || c === '}') depth++;
      else if (c === '(' || c === '[' || c === '{') {
        if (depth > 0) { depth--; continue; }
        if (c !== '(') return undefined;
        const name = /([A-Za-z_$][\w$]*)\s*$/.exec(text.slice(Math.max(0, k - 200), k));
        if (!name || /^(?:if|while|for|switch|catch|return|typeof|function)$/.test(name[1])) return undefined;
        return k - name[0].length;
      }
    }
    return undefined;
  }
  // Each for-of iterable and spread argument of a user file notes its place (line of the compiled text, UTF-16
  // column) when evaluated (instrument/iteration.rs: `__ll$.io(LINE,COL,value)`), with a running count.
  const iterated = new Map();
  let iterations = 0;
  const llCalls = globalThis[Symbol.for('looplab.calls')];
  if (llCalls) {
    Object.defineProperty(llCalls, 'io', {
      value: function io(line, column, value) {
        // (The count doubled, plus one when the value is iterable: an error then came from an element.)
        iterated.set(line * 1e6 + column, ++iterations * 2 + (value != null && typeof value[Symbol.iterator] === 'function' ? 1 : 0));
        return value;
      },
      enumerable: false,
    });
  }
  // The note of the iterable that starts at `line` (1-based, the file's) and UTF-16 `column` (0-based) of `file`:
  // { seq, iterable }, or undefined when it was never evaluated.
  internal.iteratedAt = function iteratedAt(file, line, column) {
    const shift = internal.esmFiles && internal.esmFiles.has(file) ? 0 : 1;
    const v = iterated.get((line + shift) * 1e6 + column);
    return v === undefined ? undefined : { seq: v >> 1, iterable: (v & 1) === 1 };
  };
  // Where V8 places the getter call of a destructuring pattern that reads `key` (`const { key } = o`, at the
  // binding it fills), for a caller Boa places at the start of its function (as iterationSite). Only when that
  // function's own code has exactly one such pattern; else null.
  internal.getterSite = function getterSite(file, line, column, key) {
    const s = internal.scanSource(file);
    const text = host.sourceText(file);
    if (!/^[\w$]+$/.test(key)) return null;
    const scope = ownCode(s, text, line, column);
    if (scope === null) return null;
    const { from, to, nested } = scope;
    const code = internal.maskLiterals(text.slice(from, to));
    const sites = [];
    const k = key.replace(/\$/g, '\\$');
    const re = new RegExp(`\\{([^{}]*)\\}\\s*=(?![=>])`, 'g');
    for (let m; (m = re.exec(code)) !== null;) {
      const start = from + m.index;
      if (nested.some((r) => r[0] <= start && start < r[1])) continue;
      const prop = new RegExp(`(^|,)\\s*(${k})\\s*(?::\\s*([\\w$]+))?\\s*(?=[,=]|$)`).exec(m[1]);
      if (!prop) continue;
      const name = prop.index + prop[0].indexOf(prop[2], prop[1].length);
      const target = prop[3] ? prop.index + prop[0].lastIndexOf(prop[3]) : name;
      sites.push(start + 1 + target);
    }
    return sites.length === 1 ? internal.lineColOf(s, sites[0]) : null;
  };

  // Where V8 places the call of a tagged template whose tag is the function `name` (at the template's
  // backtick): Boa keeps no position for it, and places the caller at the enclosing call (or, at a CommonJS
  // module's top level, at line 0). Searched on the caller's line, or in the code of the function a line-0 caller
  // stands for; only when there is exactly one such template. [line, column], or null.
  internal.taggedSite = function taggedSite(file, line, column, name) {
    if (!/^[\w$]+$/.test(name)) return null;
    const s = internal.scanSource(file);
    const text = host.sourceText(file);
    let from;
    let to;
    let nested = [];
    if (line >= 1) {
      if (!s || line > s.starts.length) return null;
      from = s.starts[line - 1];
      to = line < s.starts.length ? s.starts[line] : text.length;
    } else {
      const scope = ownCode(s, text, line, column);
      if (scope === null) return null;
      ({ from, to, nested } = scope);
    }
    const re = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*\``, 'g');
    const found = [];
    re.lastIndex = from;
    for (let m; (m = re.exec(text)) !== null && m.index < to;) {
      if (!nested.some((r) => r[0] <= m.index && m.index < r[1])) found.push(m.index + m[0].length - 1);
    }
    return found.length === 1 ? internal.lineColOf(s, found[0]) : null;
  };

  // Where V8 places a derived constructor's return without `super()` (class `name` in `file`): the position it
  // recorded last, taken from the body's last statement (a member call at its method's name, an initializer at
  // its start, a postfix update at its operator, anything else at its start), or the `(` after `constructor`
  // for an empty body. [line, column], or null.
  internal.ctorReturnPlace = function ctorReturnPlace(file, name) {
    const s = internal.scanSource(file);
    const text = host.sourceText(file);
    if (!s || typeof text !== 'string') return null;
    const c = s.ctors.find((k) => k.cls === name && k.end > k.start);
    if (!c) return null;
    const body = internal.maskLiterals(text.slice(c.start + 1, c.end - 1));
    // The last statement: after the last `;`, block end or line break at depth 0 that leaves code. A line break
    // ends a statement only where ASI would: not after an operator, nor before a token that continues the
    // expression (`.x`, `+ y`, `(`, `[`, `?`, ...), except the restricted `++`/`--`.
    const continues = (i) => {
      const before = body.slice(0, i).trimEnd();
      if (/[-+*/%=&|^<>!?:,.~]$/.test(before) && !/(?:\+\+|--)$/.test(before)) return true;
      const after = body.slice(i + 1).trimStart();
      return /^(?:[.([?:,*/%=&|^<>`]|[-+](?![-+]))/.test(after);
    };
    let depth = 0;
    let from = 0;
    let last = null;
    for (let i = 0; i <= body.length; i++) {
      const ch = body[i];
      const end = i === body.length || (depth === 0 && (ch === ';' || (ch === '\n' && !continues(i)))) || (ch === '}' && depth === 1);
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') depth--;
      if (!end) continue;
      const stop = ch === '}' ? i + 1 : i;
      if (body.slice(from, stop).trim() !== '') last = [from, stop];
      from = i + 1;
    }
    if (last === null) {
      const open = text.indexOf('(', c.keyword);
      return open >= 0 ? internal.lineColOf(s, open) : null;
    }
    const lead = body.slice(last[0]).search(/\S/);
    const at = last[0] + lead;
    const stmt = body.slice(at, last[1]);
    let k = 0;
    const init = /^(?:const|let|var)\s+[\w$]+\s*=\s*/.exec(stmt);
    const call = /^[\w$]+(?:\s*\.\s*[\w$]+)*\s*\.\s*([\w$]+)\s*\(/.exec(stmt);
    const update = /^[\w$.]+\s*(\+\+|--)/.exec(stmt);
    if (init) k = init[0].length;
    else if (call) k = call[0].lastIndexOf(call[1]);
    else if (update) k = update[0].length - 2;
    return internal.lineColOf(s, c.start + 1 + at + k);
  };
})
