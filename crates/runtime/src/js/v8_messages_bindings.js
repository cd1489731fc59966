//! V8's wording for errors about bindings and destructuring (v8_messages.js has the tables and the throw-site
//! helpers): the temporal dead zone (`Cannot access 'x' before initialization`, a const assigned before its
//! declaration ran), assignment to a constant, names not defined, destructuring null or undefined, and values
//! that are not iterable. Kept out of call-span instrumentation, like v8_messages.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const { EXACT, PATTERNS, moveTo, searchArea, maskedArea, region, moveToRegion, iterating, shownIterable, sites } = internal.v8Rules;
  const { tryBlockOf, functionScope } = internal;

  // The offset in a file's text (split into `lines`) of index `idx` of line `line` (1-based).
  function offsetIn(lines, line, idx) {
    let o = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) o += lines[i].length + 1;
    return o + idx;
  }
  // Whether `name`'s only `const` declarations in the file come after the site (so the assignment there ran
  // while it was uninitialized).
  function constDeclaredAfter(site, name) {
    const text = host.sourceText(site.file);
    if (typeof text !== 'string') return false;
    const at = offsetIn(text.split('\n'), site.at, site.p);
    const decl = new RegExp(`\\bconst\\s+${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    // Only a declaration in the function the assignment is in: an inner function may run after it.
    const scan = internal.scanSource(site.file);
    const innermost = (o) => {
      let inner = null;
      if (scan) for (const r of scan.fns) if (r[0] <= o && o < r[1] && (!inner || r[0] >= inner[0])) inner = r;
      return inner;
    };
    const scope = innermost(at);
    let before = false;
    let after = false;
    for (let d = decl.exec(text); d !== null; d = decl.exec(text)) {
      if (d.index < at) before = true;
      else if (innermost(d.index) === scope) after = true;
    }
    return after && !before;
  }
  // The use of a let/const/class binding before its declaration ran: a use that comes before the declaration
  // in the text, or inside the declaration's own initializer (`let a = a`). A caught error is looked for in
  // its `try` block.
  function uninitialized(err, site) {
    if (!site || !host.sourceText) return undefined;
    const source = host.sourceText(site.file);
    if (typeof source !== 'string') return undefined;
    // Declarations and uses are searched with string literals and comments blanked.
    const text = internal.maskLiterals ? internal.maskLiterals(source) : source;
    const lines = text.split('\n');
    const offsetOf = (line, idx) => offsetIn(lines, line, idx);
    const block = tryBlockOf(err, site);
    let offset = block ? offsetOf(block.from[0], block.from[1]) : offsetOf(site.at, site.p);
    // Boa may point into a member chain (`settings.mode`): the binding starts it.
    if (!block) while (offset > 0 && /[\w$.]/.test(text[offset - 1])) offset--;
    const end = block ? offsetOf(block.to[0], block.to[1]) : text.length;
    const decls = new Map();
    // A name, or a flat array or object pattern (`let [x, y] = ...`, `const { a, b: c } = ...`).
    const decl = /\b(?:let|const|class)\s+([A-Za-z_$][\w$]*|\[[^\][{}]*\]|\{[^{}[\]]*\})/g;
    // An initializer ends at `;` or at a line break, unless the next line goes on with `[` or `(` (no ASI there:
    // `let [x, y] = [a, b]` then `[x, y] = [y, x]` is one statement).
    const initEnd = (at) => {
      const re = /;|\n(?![ \t]*[[(`])/g;
      re.lastIndex = at;
      const stop = re.exec(text);
      return stop === null ? text.length : stop.index;
    };
    let d;
    // From the site's line: a declaration whose initializer holds the site counts too.
    decl.lastIndex = block ? offset : Math.min(offset, offsetOf(site.at, 0));
    while ((d = decl.exec(text)) !== null) {
      const start = d.index + d[0].length - d[1].length;
      const names = [];
      if (/^[[{]/.test(d[1])) {
        // Pattern elements: `...rest`, `name = default`, `key: name`; the bound name is the last identifier
        // before any default.
        let from = start + 1;
        for (const part of d[1].slice(1, -1).split(',')) {
          const target = part.split('=')[0];
          const m = /([A-Za-z_$][\w$]*)\s*$/.exec(target);
          if (m) names.push([m[1], from + m.index]);
          from += part.length + 1;
        }
      } else {
        names.push([d[1], start]);
      }
      const end = initEnd(start + d[1].length);
      for (const [name, at] of names) {
        if (!decls.has(name)) decls.set(name, []);
        decls.get(name).push({ at, initEnd: end });
      }
    }
    const use = /(^|[^\w$.])([A-Za-z_$][\w$]*)(?![\w$])(?!\s*:(?!:))/g;
    use.lastIndex = Math.max(0, offset - 1);
    // Only uses in the throwing function itself.
    const scope = functionScope(site, false);
    let u;
    while ((u = use.exec(text)) !== null && u.index < end) {
      const list = decls.get(u[2]);
      if (!list) continue;
      const pos = u.index + u[1].length;
      if (scope && ((scope.own && (pos < scope.own[0] || pos >= scope.own[1])) || scope.nested(pos))) continue;
      if (!list.some((x) => pos < x.at || (pos > x.at && pos < x.initEnd))) continue;
      if (list.some((x) => x.at === pos)) continue;
      // V8's position for the read (stack_places.js `v8UsePosition`), on its line.
      const ls = text.lastIndexOf('\n', pos - 1) + 1;
      const le = text.indexOf('\n', pos);
      const at = ls + internal.v8UsePosition(text.slice(ls, le < 0 ? undefined : le), pos - ls, u[2], true);
      const lineNo = text.slice(0, at).split('\n').length;
      const col = at - (text.lastIndexOf('\n', at - 1) + 1);
      moveTo(err, site, col, lineNo);
      return `Cannot access '${u[2]}' before initialization`;
    }
    return undefined;
  }
  // Boa says a binding of the module's top level read from a function before its declaration ran is not
  // defined; V8, that it cannot be accessed before initialization.
  // The local names an ES module's import declarations bind (read in an import cycle before the exporting
  // module ran, they are in V8's temporal dead zone).
  function importedNames(text) {
    const names = new Set();
    if (!/\bimport\b/.test(text)) return names;
    for (const m of text.matchAll(/\bimport\s+([\w$]+\s*,?\s*)?(\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*['"]/g)) {
      if (m[1]) names.add(m[1].replace(/[\s,]/g, ''));
      const clause = m[2] || '';
      if (clause.startsWith('*')) names.add(clause.replace(/^\*\s*as\s+/, ''));
      for (const part of clause.replace(/[{}]/g, '').split(',')) {
        const local = part.trim().split(/\s+as\s+/).pop();
        if (local) names.add(local.trim());
      }
    }
    return names;
  }
  // Whether `let|const|class name` appears at the file's top level (outside every brace and parenthesis: a
  // `for (let j ...)` or block's binding is gone outside it, and reading it is "not defined" for V8 too).
  function topLevelDeclared(text, esc) {
    const masked = internal.maskLiterals ? internal.maskLiterals(text) : text;
    let depth = 0;
    let from = 0;
    for (const m of masked.matchAll(new RegExp(`(?:^|[^\\w$.])(?:let|const|class)\\s+${esc}(?![\\w$])`, 'gm'))) {
      for (const kw = m.index + m[0].search(/let|const|class/); from < kw; from++) {
        const c = masked.charCodeAt(from);
        if (c === 0x7B || c === 0x28 || c === 0x5B) depth++;
        else if (c === 0x7D || c === 0x29 || c === 0x5D) depth--;
      }
      if (depth <= 0) return true;
    }
    return false;
  }
  // Whether `let|const|class name` is declared in a block that holds offset `at` (the reading function): a
  // closure in a block read the block's binding before its declaration ran.
  // The offset of that block's `{`, else undefined.
  function blockDeclared(text, esc, at) {
    const masked = internal.maskLiterals ? internal.maskLiterals(text) : text;
    for (const m of masked.matchAll(new RegExp(`(?:^|[^\\w$.])(?:let|const|class)\\s+${esc}(?![\\w$])`, 'gm'))) {
      // The innermost `{` open at the declaration, and its `}`.
      let depth = 0;
      let open = -1;
      for (let i = m.index; i >= 0; i--) {
        const c = masked[i];
        if (c === '}') depth++;
        else if (c === '{' && depth-- === 0) { open = i; break; }
      }
      if (open < 0 || open > at) continue;
      let close = masked.length;
      for (let i = open + 1, d = 0; i < masked.length; i++) {
        const c = masked[i];
        if (c === '{') d++;
        else if (c === '}' && d-- === 0) { close = i; break; }
      }
      if (at < close) return open;
    }
    return undefined;
  }
  // A read of `name` in a switch whose case block declares it with let, const or class, from a case other than
  // the declaring one (instrument/switch_tdz.rs keeps such a binding in the switch's environment, where Boa's
  // dead zone says "not defined"): the read's offset in the file, or -1. Boa places it at the switch's
  // statement, or at its function's `{`.
  function switchDeadZoneRead(text, site, esc) {
    const masked = internal.maskLiterals ? internal.maskLiterals(text) : text;
    const at = offsetIn(masked.split('\n'), site.at, site.p);
    // From a function's `{`, any switch in its body.
    let limit = at;
    if (masked[at] === '{') {
      let depth = 0;
      for (limit = at; limit < masked.length; limit++) {
        if (masked[limit] === '{') depth++;
        else if (masked[limit] === '}' && --depth === 0) break;
      }
    }
    const decl = new RegExp(`\\b(?:let|const|class)\\s+(?:${esc}(?![\\w$])|[[{](?:[^\\]}]*[^\\w$\\]}])?${esc}(?![\\w$]))`);
    const use = new RegExp(`(^|[^\\w$.])${esc}(?![\\w$])`, 'g');
    for (const m of masked.matchAll(/\bswitch\s*\(/g)) {
      // The case block: the first `{` after the discriminant's parentheses, to its matching `}`.
      let i = m.index + m[0].length;
      for (let depth = 1; i < masked.length && depth > 0; i++) {
        if (masked[i] === '(') depth++;
        else if (masked[i] === ')') depth--;
      }
      const open = masked.indexOf('{', i);
      if (open < 0 || (open > at && open > limit)) continue;
      // Its clauses at depth 1 (case/default labels start a new one).
      const clauses = [];
      let end = open + 1;
      for (let depth = 1; end < masked.length && depth > 0; end++) {
        const c = masked[end];
        if (c === '{') depth++;
        else if (c === '}') depth--;
        if (depth === 1 && /^(?:case|default)\b/.test(masked.slice(end, end + 8)) && !/[\w$]/.test(masked[end - 1])) clauses.push(end);
      }
      if (!(at < end || open < limit)) continue;
      clauses.push(end);
      const texts = clauses.slice(0, -1).map((s, k) => [s, masked.slice(s, clauses[k + 1])]);
      const declaring = texts.find(([, body]) => decl.test(body));
      if (!declaring) continue;
      for (const [s, body] of texts) {
        if (s === declaring[0]) continue;
        use.lastIndex = 0;
        const u = use.exec(body);
        if (u) return s + u.index + u[1].length;
      }
    }
    return -1;
  }
  function notDefined(err, site, name) {
    if (!site) return importNotReady(err, name);
    if (!host.sourceText) return undefined;
    const text = host.sourceText(site.file);
    if (typeof text !== 'string') return undefined;
    const esc = name.replace(/\$/g, '\\$');
    const read = switchDeadZoneRead(text, site, esc);
    if (read >= 0) {
      const line = text.slice(0, read).split('\n').length;
      sites.set(err, { file: site.file, line: site.line, from: site.column, toLine: line, to: read - text.lastIndexOf('\n', read - 1) });
      return `Cannot access '${name}' before initialization`;
    }
    const block = topLevelDeclared(text, esc) || importedNames(text).has(name) ? -1 : blockDeclared(text, esc, offsetIn(text.split('\n'), site.at, site.p));
    if (block === undefined) return undefined;
    // Boa points at the reading function's `{`: V8 at the name's first use from there on.
    const r = region(site, 40);
    // Searched with string literals blanked (masked from the line's start: the region may begin inside one).
    const masked = internal.maskLiterals ? internal.maskLiterals(site.src.slice(0, site.p) + r.text).slice(site.p) : r.text;
    const m = new RegExp(`(^|[^\\w$.])${esc}(?![\\w$])`).exec(masked);
    // (Past the reading function, at the declaration: a block's closure, whose first use is from the block's
    // start on, outside any declaration of the name.)
    if (block >= 0 && (!m || /\b(?:let|const|class)\s*$/.test(masked.slice(0, m.index + m[1].length)))) {
      const all = internal.maskLiterals ? internal.maskLiterals(text) : text;
      const use = new RegExp(`(^|[^\\w$.])${esc}(?![\\w$])`, 'g');
      use.lastIndex = block;
      for (let u = use.exec(all); u !== null; u = use.exec(all)) {
        const k = u.index + u[1].length;
        if (/\b(?:let|const|class)\s*$/.test(all.slice(Math.max(0, k - 8), k))) continue;
        const line = text.slice(0, k).split('\n').length;
        const ls = text.lastIndexOf('\n', k - 1) + 1;
        const le = text.indexOf('\n', k);
        const lineText = text.slice(ls, le < 0 ? undefined : le);
        // (V8 places a read followed by a property load at the property.)
        const prop = /^\s*\.\s*(?=[A-Za-z_$])/.exec(lineText.slice(k - ls + name.length));
        const col = prop ? k - ls + name.length + prop[0].length : internal.v8UsePosition(lineText, k - ls, name, true);
        sites.set(err, { file: site.file, line: site.line, from: site.column, toLine: line, to: col + 1 });
        break;
      }
      return `Cannot access '${name}' before initialization`;
    }
    if (m) {
      // V8's position for the read (stack_places.js `v8UsePosition`: `return name` at the `return`, `typeof
      // name` in a call's arguments at the call), on the read's line.
      const k = m.index + m[1].length;
      const nl = r.text.lastIndexOf('\n', k - 1);
      let at = k;
      if (nl >= 0) {
        const end = r.text.indexOf('\n', k);
        at = nl + 1 + internal.v8UsePosition(r.text.slice(nl + 1, end < 0 ? undefined : end), k - nl - 1, name, true);
      } else if (typeof site.src === 'string') {
        at = Math.max(0, internal.v8UsePosition(site.src, site.p + k, name, true) - site.p);
      }
      moveToRegion(err, site, r, at);
    }
    return `Cannot access '${name}' before initialization`;
  }
  // An imported binding read at a module's top level before the exporting module ran (an import cycle): Boa
  // keeps no position and says it is not defined. V8's TDZ error, at the first read after the imports.
  function importNotReady(err, name) {
    const top = internal.userFrames(err)[0];
    const fm = top && /^ {4}at <main> \((?:file:\/\/)?(.*?):\?:\?\)$/.exec(top);
    const text = fm && host.sourceText(fm[1]);
    if (typeof text !== 'string' || !importedNames(text).has(name)) return undefined;
    let masked = internal.maskLiterals ? internal.maskLiterals(text) : text;
    masked = masked.replace(/\bimport\b[^;'"]*?\bfrom\s*['"][^'"]*['"]/g, (m) => m.replace(/[^\n]/g, ' '))
      .replace(/\bimport\s*\{[^}]*\}/g, (m) => m.replace(/[^\n]/g, ' '));
    const m = new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).exec(masked);
    if (m) {
      const at = m.index + m[1].length;
      const line = text.slice(0, at).split('\n').length;
      sites.set(err, { file: fm[1], line: '?', from: '?', toLine: line, to: at - text.lastIndexOf('\n', at - 1) });
    }
    return `Cannot access '${name}' before initialization`;
  }
  // A nested pattern that met undefined notes its `{` or `[` just before Boa throws (instrument/patterns.rs:
  // its default `__ll$.dp(line, column)`).
  let nestedSeen = null;
  const calls = globalThis[Symbol.for('looplab.calls')];
  if (calls) {
    Object.defineProperty(calls, 'dp', {
      value: function dp(line, column) {
        const top = host.stackLines().find(internal.isUserFrame);
        const file = top && /(?:\(|at )(?:file:\/\/)?([^()]*?):\d+:\d+\)?$/.exec(top);
        nestedSeen = file ? { file: file[1], line: line - (internal.esmFiles.has(file[1]) ? 0 : 1), column } : null;
        return undefined;
      },
      enumerable: false,
    });
  }
  // V8 reads a nested object pattern's first key from the missing value ("Cannot read properties of
  // undefined (reading 'port')", at the key); an array pattern nested in an array one is not iterable (at its
  // `[`). undefined when no nested pattern noted itself, or for an array pattern in an object one (V8 names
  // the outer value there: `destructure` below).
  function nestedPattern(err, site, kind) {
    const seen = nestedSeen;
    nestedSeen = null;
    if (!seen || kind !== 'undefined') return undefined;
    const text = host.sourceLine(seen.file, seen.line);
    if (text === undefined) return undefined;
    const place = (column) => sites.set(err, site
      ? { file: site.file, line: site.line, from: site.column, toLine: seen.line, to: column + 1 }
      : { file: seen.file, line: '?', from: '?', toLine: seen.line, to: column + 1 });
    if (text[seen.column] === '{') {
      const key = /^\{\s*(?:([A-Za-z_$][\w$]*)|'([^'\\]*)'|"([^"\\]*)"|(\d+))/.exec(text.slice(seen.column));
      if (!key) return undefined;
      place(seen.column + key[0].length - (key[1] || key[2] || key[3] || key[4] || '').length - (key[1] || key[4] ? 0 : 1));
      return `Cannot read properties of undefined (reading '${key[1] || key[2] || key[3] || key[4]}')`;
    }
    // An array pattern: V8's message depends on the pattern around it.
    let i = seen.column - 1;
    while (i >= 0 && /\s/.test(text[i])) i--;
    if (text[i] === ':') return { place: () => place(seen.column) };
    place(seen.column);
    return 'undefined is not iterable (cannot read property Symbol(Symbol.iterator))';
  }
  // `const {a} = obj` with obj undefined: V8 names the first property and the source of the value.
  function destructure(err, site, kind) {
    const element = loopElement(err, site);
    if (element !== undefined) return element;
    const nested = nestedPattern(err, site, kind);
    if (typeof nested === 'string') return nested;
    if (!site) return internal.v8Params.destructureParam(err, kind);
    // (Where Boa kept no position, what nested functions and try blocks that caught nothing hold is masked.)
    const { from, r, text: rest } = site.vague ? maskedArea(err, site, 60) : searchArea(err, site, 20);
    // The first pattern in the area: a declaration's, a parameter default's, or an array assignment's.
    const m = [
      /\b(?:const|let|var)\s+(\{|\[)([^=]*?)[}\]]\s*=\s*([^;,)\n]+)/.exec(rest),
      /\(\s*(\{|\[)([^=]*?)[}\]]\s*=\s*([^;,)\n]+)/.exec(rest),
      /(?:^|[;{}]\s*|\n\s*)(\[)([^=\]]*?)\]\s*=(?![=>])\s*([^;,)\n]+)/.exec(rest),
    ].filter(Boolean).sort((a, b) => a.index - b.index)[0];
    // A pattern whose first property has a default (`const { a = 1 } = null`): V8 reads that property first.
    const withDefault = /\b(?:const|let|var)\s+\{\s*([A-Za-z_$][\w$]*)\s*=(?![=>])/.exec(rest);
    if (withDefault && (!m || withDefault.index <= m.index)) {
      moveToRegion(err, from, r, withDefault.index + withDefault[0].indexOf('{') + 1 + /^\s*/.exec(withDefault[0].slice(withDefault[0].indexOf('{') + 1))[0].length);
      return `Cannot read properties of ${kind} (reading '${withDefault[1]}')`;
    }
    if (!m) return `Cannot destructure '${kind}' as it is ${kind}.`;
    // The whole value expression (the pattern above stops at its first `)`).
    const valueAt = m.index + m[0].length - m[3].length;
    const src = internal.v8Source;
    const value = (src ? rest.slice(valueAt, src.exprEnd(rest, valueAt)) : m[3]).trim();
    const call = /^([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(/.exec(value);
    const whole = call && src && src.closeOf(value, call[0].length - 1) === value.length - 1;
    // A nested pattern over a literal object: the outer property was read, the inner one failed.
    const inner = m[1] === '{' && value[0] === '{' && /:\s*\{\s*([A-Za-z_$][\w$]*)/.exec(m[2]);
    if (inner) return `Cannot read properties of ${kind} (reading '${inner[1]}')`;
    // V8's column: the first property of an object pattern (its `{` when empty), the value of an array one.
    const first = /^\s*/.exec(m[2])[0].length;
    // (An array assignment's: its `=`.)
    const assigned = m[1] === '[' && !/^(?:const|let|var)\b|^\(/.test(m[0].trimStart());
    const col = assigned ? m.index + m[0].lastIndexOf('=', m[0].length - m[3].length)
      : m[1] === '[' ? m.index + m[0].length - m[3].length + (m[3].length - m[3].trimStart().length)
        : m.index + m[0].indexOf(m[1]) + (m[2].trim() ? 1 + first : 0);
    moveToRegion(err, from, r, col);
    // V8 names a called function's value as `f(...)`.
    // (A member chain with simple computed keys, `accounts[i]`, `m[name]`, as V8's CallPrinter prints it.)
    const shown = /^[\w$]+(?:\.[\w$]+|\[(?:[\w$.]+|'[^']*'|"[^"]*")\])*$|^\{\}$|^\[\]$/.test(value) ? value : whole ? `${call[1].replace(/\s+/g, '')}(...)` : kind;
    if (m[1] === '[') {
      // A declaration's bare name, or a plain function's call; anything else by its value.
      const declared = /^(?:const|let|var)\b/.test(m[0]);
      if (declared && /^[A-Za-z_$][\w$]*$/.test(value)) return `${value} is not iterable`;
      if (declared && whole && !call[1].includes('.')) return `${call[1]} is not a function or its return value is not iterable`;
      return `${kind === 'null' ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`;
    }
    if (nested) nested.place();
    const prop = nested ? ['', 'Symbol(Symbol.iterator)'] : /^\s*([A-Za-z_$][\w$]*)/.exec(m[2]);
    return prop
      ? `Cannot destructure property '${prop[1]}' of '${shown}' as it is ${kind}.`
      : `Cannot destructure '${shown}' as it is ${kind}.`;
  }
  // Calls whose result is always iterable.
  const ITERABLE_RESULTS = /(?:^|\.)(?:keys|values|entries|from|of|map|filter|slice|concat|split|flat|flatMap|sort|reverse|matchAll|toSorted|toReversed|splice|getOwnPropertyNames|fill)\s*\(/;
  // Whether the iterated `value` (source text) is a non-iterable of Boa's `type` as far as the source shows:
  // 2 it is, 1 it may be, 0 it is not.
  function mayBe(site, value, type) {
    if (value.includes('(')) return ITERABLE_RESULTS.test(value.slice(0, value.indexOf('(') + 1)) ? 0 : 1;
    const src = internal.v8Source;
    const v = src && /^[\w$.{]/.test(value) ? src.valueOf(site, value) : undefined;
    if (v === undefined) return 1;
    if (v.array !== undefined || /^new\s+(?:Array|Set|Map|String)\b/.test(v.text || '')) return 0;
    // An object literal, or an instance of a class, with an iterator method.
    const ITER_KEY = /\[\s*Symbol\.(?:asyncIterator|iterator)\s*\]/;
    if (ITER_KEY.test(v.literal || v.text || '')) return 0;
    const made = /^new\s+([A-Za-z_$][\w$]*)/.exec(v.text || '');
    const scan = made && internal.scanSource(site.file);
    const cls = scan && scan.classes.find((c) => c.name === made[1]);
    const text = cls && host.sourceText(site.file);
    if (typeof text === 'string' && ITER_KEY.test(text.slice(cls.body, cls.end))) return 0;
    return v.type === type ? 2 : 0;
  }
  // Among the for-of loops of a region (`maskedArea`'s), the one whose iterable was evaluated last
  // (source_places.js notes each, and whether it was iterable): { m, note }, m[1] the declaration keyword and
  // m[2] the binding, or undefined.
  function notedForOf(site, from, r, text) {
    if (!internal.iteratedAt) return undefined;
    const re = /\bfor\s*(?:await\s*)?\(\s*(?:(const|let|var)\s+)?([\w$]+|\[[^\]]*\]|\{[^}]*\})\s+of\s+/g;
    let best;
    for (let m; (m = re.exec(text)) !== null;) {
      const k = m.index + m[0].length;
      let i = r.starts.length - 1;
      while (i > 0 && r.starts[i] > k) i--;
      const note = internal.iteratedAt(site.file, r.nums[i], k - r.starts[i] + (i === 0 ? from.p : 0));
      if (note && (!best || note.seq > best.note.seq)) best = { m, note };
    }
    return best;
  }
  // An element a for-of's declared array pattern could not iterate (`for (const [k, v] of objects)`, Boa keeps
  // no position): V8 names the loop oddly, ".for is not iterable", at the pattern's `]`.
  function loopElement(err, site) {
    if (!site || !site.vague) return undefined;
    const { from, r, text } = maskedArea(err, site, 400);
    const loop = notedForOf(site, from, r, text);
    if (!loop || !loop.note.iterable || !loop.m[1] || loop.m[2][0] !== '[') return undefined;
    moveToRegion(err, from, r, loop.m.index + loop.m[0].indexOf(loop.m[2]) + loop.m[2].length - 1);
    return '.for is not iterable';
  }
  function notIterable(err, site, type) {
    if (!site) return internal.v8Params.paramNotIterable(err, type);
    const element = loopElement(err, site);
    if (element !== undefined) return element;
    // A built-in given a non-iterable (`new Map({})`, `Promise.all(5)`): V8 names the type (and a primitive).
    const builtin = internal.v8BuiltinIterable(err, site, type);
    if (builtin !== undefined) return builtin;
    // (Where Boa kept no position, what nested functions and try blocks that caught nothing hold is masked.)
    const { from, r, text: rest } = site.vague ? maskedArea(err, site, 400) : searchArea(err, site, 20);
    // The value's column, as V8 reports it.
    const named = (m) => {
      // A member's: its last name (`data.items` at `items`).
      moveToRegion(err, from, r, m.index + m[0].lastIndexOf(m[1]) + (m[1][0] === '{' ? 0 : m[1].lastIndexOf('.') + 1));
      return `${shownIterable(m[1])} is not ${/^for\s*await\b/.test(m[0]) ? 'async ' : ''}iterable`;
    };
    // What a call returned (`for (x of items())`, `[...o.list()]`, `const [a, b] = useState(0)`): V8 names the
    // callee, at its last name. (An array pattern over a method's result gets V8's default text: left to Boa's.)
    const called = (m, kind) => {
      const callee = m[1].slice(0, m[1].indexOf('(')).trim();
      if (kind === 3 && callee.includes('.')) return undefined;
      moveToRegion(err, from, r, m.index + m[0].lastIndexOf(m[1]) + callee.lastIndexOf('.') + 1);
      return `${callee} is not a function or its return value is not ${/^for\s*await\b/.test(m[0]) ? 'async ' : ''}iterable`;
    };
    // The first construct iterating a value that can be of Boa's `type` (not an array literal, not a name bound
    // to an array, not what Object.keys or .map returned).
    // (One the source shows to be of that type first, else the first that may be.)
    let found;
    let maybe;
    // (The loop whose iterable was noted last, when that value was not iterable: that one.)
    const loop = site.vague ? notedForOf(site, from, r, rest) : undefined;
    const own = loop && !loop.note.iterable ? iterating(rest.slice(loop.m.index)) : undefined;
    if (own && own.kind === 0 && own.m.index === 0) found = { kind: 0, m: Object.assign([...own.m], { index: own.m.index + loop.m.index }) };
    for (let at = 0, text = rest, f; found === undefined && (f = iterating(text)) !== undefined;) {
      const fit = mayBe(site, f.m[1], type);
      const placed = fit === 0 ? undefined : { kind: f.kind, m: Object.assign([...f.m], { index: f.m.index + at }) };
      if (fit === 2) { found = placed; break; }
      if (fit === 1 && maybe === undefined) maybe = placed;
      const skip = f.m.index + f.m[0].length;
      at += skip;
      text = text.slice(skip);
    }
    if (found === undefined) found = maybe;
    if (found && found.kind === 2) return 'Spread syntax requires ...iterable[Symbol.iterator] to be a function';
    if (found && found.m[1].includes('(')) return called(found.m, found.kind);
    if (found) return named(found.m);
    return undefined;
  }

  EXACT.set('access of uninitialized binding', (err, site) => {
    const said = uninitialized(err, site);
    return said !== undefined || site ? said : internal.v8Params.laterParameter(err);
  });
  // V8's column for a write of `name`: an assignment's operator, a postfix `++`/`--`, the name after a prefix one.
  function writeAt(err, site, name) {
    const r = region(site, 20);
    const id = name.replace(/\$/g, '\\$');
    const m = new RegExp(`(^|[^\\w$.])(?:${id}\\s*(=(?![=>])|[-+*/%&|^]=|\\*\\*=|<<=|>>>?=|&&=|\\|\\|=|\\?\\?=|\\+\\+|--)|(?:\\+\\+|--)\\s*(${id})(?![\\w$]))`).exec(r.text);
    if (m) moveToRegion(err, site, r, m.index + m[0].length - (m[2] || m[3]).length);
  }
  // First among the patterns, in this order.
  PATTERNS.unshift(
    [/^cannot mutate an immutable binding '(.*)'$/, (err, site, name) => {
      if (site) {
        writeAt(err, site, name);
        // A const assigned before its declaration ran (declared only further down): V8's TDZ ReferenceError.
        if (constDeclaredAfter(site, name)) {
          try { Object.setPrototypeOf(err, ReferenceError.prototype); } catch { /* keep the TypeError */ }
          return `Cannot access '${name}' before initialization`;
        }
      }
      return 'Assignment to constant variable.';
    }],
    // A write in a binding's dead zone that Boa checks (one kept in an environment: a switch's case binding).
    [/^cannot assign to uninitialized binding `(.*)`$/, (err, site, name) => {
      if (site) writeAt(err, site, name);
      return `Cannot access '${name}' before initialization`;
    }],
    [/^Cannot destructure '(null|undefined)' value$/, (err, site, kind) => destructure(err, site, kind)],
    [/^([A-Za-z_$][\w$]*) is not defined$/, notDefined],
    // A namespace object's binding read before its module ran (`ns.x` in an import cycle).
    [/^cannot get uninitialized import `(.*)`$/, (err, site, name) => {
      if (!(err instanceof ReferenceError)) { try { Object.setPrototypeOf(err, ReferenceError.prototype); } catch { /* keep */ } }
      return `Cannot access '${name}' before initialization`;
    }],
    [/^value with type `(\w+)` is not iterable$/, (err, site, type) => notIterable(err, site, type)],
  );
})
