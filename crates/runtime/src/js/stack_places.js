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
  internal.referenceLoc = function referenceLoc(err, file, line, column) {
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
        if (underTypeof(here, at)) continue;
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
        if (!underTypeof(src, at)) return useAt(file, l, src, at, m[1]);
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
    const lead = /(?:^|[;{})]|\belse)\s*(?:(return|throw)\s+|(if|while|switch)\s*\(\s*)$/.exec(src.slice(0, at));
    if (lead) return { file, line, column: lead.index + lead[0].search(/\b(return|throw|if|while|switch)\b/) + 1 };
    return { file, line, column: at + 1 };
  }
  // Boa keeps no position for an undeclared name read at a module's top level (`?:?`, or a stale one): V8's
  // is the name's first use in the file.
  function withReferenceLoc(err, lines) {
    const top = lines.length ? /^(\s+at (?:(.*?) \()?)(.*):(\d+|\?):(\d+|\?)(\)?)$/.exec(lines[0]) : null;
    if (!top) return lines;
    const file = top[3].replace(/^file:\/\//, '');
    const topLevel = top[4] === '?' || top[2] === undefined || top[2] === 'Object.<anonymous>';
    // (At top level, a use on the line Boa gave is taken first: a guarded `typeof x !== 'undefined' ? x : d`
    // above it is a use that never ran.)
    const onLine = topLevel && top[4] !== '?' && +top[4] > 0 ? internal.referenceLoc(err, file, +top[4], +top[5]) : null;
    const loc = onLine || internal.referenceLoc(err, file, topLevel ? 0 : +top[4], topLevel ? 0 : +top[5]);
    const shown = top[4] === '?' && internal.esmFiles.has(file) ? `file://${file}` : top[3];
    if (loc) lines[0] = `${top[1]}${shown}:${loc.line}:${loc.column}${top[6]}`;
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
