//! Reading the user's source for error shaping, kept out of call-span instrumentation like frames.js and
//! v8_messages.js: a light scan of a file (function bodies, `try` blocks, the first top-level await, class
//! methods), the `try` block a caught error came from, the function that threw, and whether a name can be
//! null or undefined. frames.js and stack.js name frames with it; v8_messages.js searches with it.
(function (internal) {
  'use strict';
  // A light scan of a source file (comments, strings and templates skipped): the ranges of its function
  // bodies (braced or concise arrow) and `try` blocks, as [start, end) offsets, and where its top level first
  // awaits. Used to
  // tell an ES module's frames apart (node shows no ModuleJob.run once the top level has resumed from an
  // await) and to keep v8_messages.js's search for a failing call inside the throwing function.
  const scans = new Map();
  const host = internal.host;
  // A source whose text changed (v8_messages_eval.js's eval code) is scanned again.
  internal.forgetScan = (file) => scans.delete(file);
  internal.scanSource = function scanSource(file) {
    if (!scans.has(file)) {
      const text = host.sourceText(file);
      scans.set(file, typeof text === 'string' ? scan(text) : null);
    }
    return scans.get(file);
  };
  // V8's name for a frame Boa leaves unnamed at (line, column) of `file`: a class method's `Class.method`
  // (the class that defines it: V8 names the receiver's), `get x [as x]` for an accessor, `#m` for a private
  // method; null for anything else.
  // `text` with the insides of its string literals, template text and comments blanked (same length, so
  // indices still match): a name searched for in code is not found inside `'x is'` or a comment.
  internal.maskLiterals = function maskLiterals(text) {
    let out = '';
    let i = 0;
    const braces = [];
    while (i < text.length) {
      const c = text[i];
      if (c === '/' && text[i + 1] === '/') {
        let k = text.indexOf('\n', i);
        if (k < 0) k = text.length;
        out += ' '.repeat(k - i);
        i = k;
      } else if (c === '/' && text[i + 1] === '*') {
        let k = text.indexOf('*/', i + 2);
        k = k < 0 ? text.length : k + 2;
        out += text.slice(i, k).replace(/[^\n]/g, ' ');
        i = k;
      } else if (c === '"' || c === "'" || c === '`' || (c === '}' && braces.length && braces[braces.length - 1] === 0)) {
        // A string, or a template's text (also resuming after a `${...}`).
        const q = c === '}' ? '`' : c;
        if (c === '}') braces.pop();
        out += c;
        i++;
        while (i < text.length && text[i] !== q && !(q !== '`' && text[i] === '\n')) {
          if (q === '`' && text[i] === '$' && text[i + 1] === '{') break;
          if (text[i] === '\\') { out += ' '; i++; }
          out += text[i] === '\n' ? '\n' : ' ';
          i++;
        }
        if (q === '`' && text[i] === '$') {
          out += '${';
          i += 2;
          braces.push(0);
        } else if (i < text.length) {
          out += text[i];
          i++;
        }
      } else {
        if (braces.length) {
          if (c === '{') braces[braces.length - 1]++;
          else if (c === '}') braces[braces.length - 1]--;
        }
        out += c;
        i++;
      }
    }
    return out;
  };
  internal.methodFrameName = function methodFrameName(file, line, column) {
    const s = internal.scanSource(file);
    if (!s || line < 1 || line > s.starts.length) return null;
    const at = s.starts[line - 1] + column - 1;
    let inner = null;
    for (const r of s.fns) if (r[0] <= at && at < r[1] && (!inner || r[0] >= inner[0])) inner = r;
    const m = inner && inner[2];
    if (!m || !m.cls) return null;
    // (A private accessor is no property: no `[as #x]`.)
    if (m.accessor) return m.name.startsWith('#') ? `${m.accessor} ${m.name}` : `${m.accessor} ${m.name} [as ${m.name}]`;
    return m.name.startsWith('#') || m.name[0] === '[' ? m.name : `${m.cls}.${m.name}`;
  };
  // V8 names a class constructor's frame `new X` however it was reached (`new X()` or a subclass's `super()`).
  // The class whose constructor holds `line:column` of `file` directly (not in a function nested in it), or
  // whose `constructor` keyword is there (where Boa places a `super()` call's caller): { cls, at } with `at`
  // the [line, column] of the body's first `super(` in that case, else null.
  internal.constructorAt = function constructorAt(file, line, column) {
    const s = internal.scanSource(file);
    if (!s || !s.ctors.length || line < 1 || line > s.starts.length) return null;
    const at = s.starts[line - 1] + column - 1;
    for (const c of s.ctors) {
      if (!c.cls || c.end < 0) continue;
      if (at === c.keyword) {
        const text = host.sourceText(file);
        const m = /\bsuper\s*\(/.exec(text.slice(c.start, c.end));
        return { cls: c.cls, at: m ? lineCol(s, c.start + m.index) : null };
      }
      if (c.start < at && at < c.end) {
        let inner = null;
        for (const r of s.fns) if (r[0] <= at && at < r[1] && (!inner || r[0] >= inner[0])) inner = r;
        return inner && inner[0] === c.start ? { cls: c.cls, at: null } : null;
      }
    }
    return null;
  };
  // A class named `name` in `file` that has no constructor of its own (V8 places its implicit one at the
  // `class` keyword): [line, column], or null.
  internal.implicitConstructorAt = function implicitConstructorAt(file, name) {
    const s = internal.scanSource(file);
    if (!s) return null;
    const c = s.classes.find((k) => k.name === name && !s.ctors.some((x) => x.start > k.start && x.end <= k.end && x.cls === name));
    if (!c) return null;
    const text = host.sourceText(file);
    const k = text.lastIndexOf('class', c.start);
    return k >= 0 ? lineCol(s, k) : null;
  };
  internal.lineColOf = (s, index) => lineCol(s, index);
  function lineCol(s, index) {
    let l = 0;
    while (l + 1 < s.starts.length && s.starts[l + 1] <= index) l++;
    return [l + 1, index - s.starts[l] + 1];
  }
  // A user class's source text for `Function.prototype.toString` (Boa prints classes as native code): the
  // class of that name (or bound to it) in the files compiled so far whose methods the constructor has, or
  // undefined. Only classes have a read-only `prototype` among user functions.
  const hasOwn = (o, k) => o !== null && o !== undefined && Object.prototype.hasOwnProperty.call(o, k);
  internal.classSource = function classSource(fn) {
    const desc = Object.getOwnPropertyDescriptor(fn, 'prototype');
    if (!desc || desc.writable || typeof host.sourceFiles !== 'function') return undefined;
    const name = typeof fn.name === 'string' ? fn.name : '';
    for (const file of host.sourceFiles()) {
      const s = internal.scanSource(file);
      if (!s) continue;
      for (const c of s.classes) {
        if (c.name !== name || !c.methods.every((m) => hasOwn(m.isStatic ? fn : desc.value, m.name))) continue;
        return host.sourceText(file).slice(c.start, c.end);
      }
    }
    return undefined;
  };
  // Where an ES module's top level first awaits (1-based line and column), or null.
  internal.firstTopLevelAwait = function firstTopLevelAwait(file) {
    const s = internal.scanSource(file);
    return s && s.firstAwait;
  };
  const BLOCK_WORDS = /^(if|for|while|switch|catch|with)$/;
  function scan(text) {
    const fns = [];
    const tries = [];
    const classes = [];
    // Class constructors: { keyword (the index of `constructor`), start (its body's `{`), end, cls }.
    const ctors = [];
    // Open brackets: { ch, fn } with fn true for a function body; arrows: concise bodies being read.
    const stack = [];
    const arrows = [];
    let firstAwait = null;
    let line = 1;
    let lineStart = 0;
    const closeArrows = (i, depth) => {
      while (arrows.length && arrows[arrows.length - 1].depth >= depth) fns.push([arrows.pop().start, i]);
    };
    // A template's text from `k` on: the index of its closing backtick, or of the `{` of a `${` (whose code the
    // scan reads, as a bracket that ends the interpolation).
    const templateFrom = (k) => {
      for (; k < text.length && text[k] !== '`'; k++) {
        if (text[k] === '\\') k++;
        else if (text[k] === '\n') { line++; lineStart = k + 1; }
        else if (text[k] === '$' && text[k + 1] === '{') {
          stack.push({ ch: '$', fn: false });
          return k + 1;
        }
      }
      return k;
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') {
        closeArrows(i, stack.length);
        line++;
        lineStart = i + 1;
        continue;
      }
      if (c === '/' && text[i + 1] === '/') { const e = text.indexOf('\n', i); if (e < 0) break; i = e - 1; continue; }
      if (c === '/' && text[i + 1] === '*') {
        const e = text.indexOf('*/', i + 2);
        if (e < 0) break;
        for (let k = i; k < e; k++) if (text[k] === '\n') { line++; lineStart = k + 1; }
        i = e + 1;
        continue;
      }
      if (c === '`') {
        i = templateFrom(i + 1);
        continue;
      }
      if (c === '}' && stack.length && stack[stack.length - 1].ch === '$') {
        // The end of a template's `${...}`: its text goes on.
        closeArrows(i, stack.length);
        stack.pop();
        i = templateFrom(i + 1);
        continue;
      }
      if (c === '"' || c === "'") {
        let k = i + 1;
        while (k < text.length && text[k] !== c) {
          if (text[k] === '\\') k++;
          else if (text[k] === '\n') { line++; lineStart = k + 1; }
          k++;
        }
        i = k;
        continue;
      }
      if (c === '=' && text[i + 1] === '>') {
        let k = i + 2;
        while (text[k] === ' ' || text[k] === '\t') k++;
        if (text[k] !== '{') arrows.push({ start: k, depth: stack.length });
        i++;
        continue;
      }
      if (c === ';' || c === ',') { closeArrows(i, stack.length); continue; }
      if (c === '(' || c === '[') { stack.push({ ch: c, fn: false }); continue; }
      if (c === ')' || c === ']') { closeArrows(i, stack.length); stack.pop(); continue; }
      if (c === '{') {
        const before = text.slice(Math.max(0, i - 300), i).trimEnd();
        let fn = /=>$/.test(before);
        if (!fn && before.endsWith(')')) {
          let depth = 0;
          let k = before.length - 1;
          for (; k >= 0; k--) { if (before[k] === ')') depth++; else if (before[k] === '(' && --depth === 0) break; }
          const word = /([\w$]+)\s*$/.exec(before.slice(0, Math.max(0, k)));
          fn = !(word && BLOCK_WORDS.test(word[1]));
        }
        const entry = { ch: c, fn, start: i, tried: /(^|[^\w$.])try$/.test(before) };
        const cls = /(^|[^\w$.])class(\s+([\w$]+))?(\s+extends\s+[^{]*)?$/.exec(before);
        if (cls) {
          entry.cls = cls[3] || '';
          entry.classStart = Math.max(0, i - 300) + cls.index + cls[1].length;
          // An anonymous class takes the name it is bound to (`const X = class {}`, `{ X: class {} }`).
          const bound = /([\w$]+)\s*[=:]\s*$/.exec(text.slice(Math.max(0, entry.classStart - 100), entry.classStart));
          entry.bound = cls[3] || (bound ? bound[1] : '');
          entry.methods = [];
        }
        const parent = stack[stack.length - 1];
        if (fn && parent && parent.cls !== undefined) {
          // (A well-known symbol's key is the method's name too, `[Symbol.iterator]`.)
          const m = /(?:^|[\s;{}])(static\s+)?(async\s+)?(?:(get|set)\s+)?\*?\s*(#?[\w$]+|\[\s*Symbol\.[\w$]+\s*\])\s*\([^()]*\)$/.exec(before);
          if (m && m[4][0] === '[') m[4] = `[${m[4].slice(1, -1).trim()}]`;
          if (m && m[4] === 'constructor' && !m[1] && !m[3]) {
            const base = Math.max(0, i - 300) + m.index;
            entry.ctor = { keyword: base + m[0].indexOf('constructor', 1), start: i, end: -1, cls: parent.bound || parent.cls };
            ctors.push(entry.ctor);
          }
          if (m && m[4] !== 'constructor' && !(m[4][0] === '[' && m[3])) {
            entry.method = { cls: parent.cls, name: m[4], accessor: m[3] };
            if (!m[4].startsWith('#') && m[4][0] !== '[') parent.methods.push({ name: m[4], isStatic: !!m[1] });
          }
        }
        stack.push(entry);
        continue;
      }
      if (c === '}') {
        closeArrows(i, stack.length);
        const open = stack.pop();
        if (open && open.fn) fns.push(open.method ? [open.start, i + 1, open.method] : [open.start, i + 1]);
        if (open && open.tried) tries.push([open.start, i + 1]);
        if (open && open.ctor) open.ctor.end = i + 1;
        if (open && open.cls !== undefined) {
          classes.push({ name: open.bound, own: open.cls, start: open.classStart, body: open.start, end: i + 1, methods: open.methods });
        }
        continue;
      }
      if (c === 'a' && firstAwait === null && text.startsWith('await', i) && !/[\w$.]/.test(text[i - 1] || '') &&
          !/[\w$]/.test(text[i + 5] || '') && !arrows.length && !stack.some((b) => b.fn)) {
        // Its operand runs before the module suspends there: the statement's end (a `;` or line end outside
        // brackets) bounds what still runs under node's module job. A `for await` loop's calls of `next()`
        // (whose frames V8 places at its binding, after the `await`) run resumed, but for the first.
        const forAwait = /\bfor\s*$/.test(text.slice(Math.max(0, i - 8), i));
        let k = forAwait ? i : i + 5;
        let depth = 0;
        for (; !forAwait && k < text.length; k++) {
          const ch = text[k];
          if (ch === '"' || ch === "'" || ch === '`') {
            for (k++; k < text.length && text[k] !== ch; k++) if (text[k] === '\\') k++;
          } else if (ch === '(' || ch === '[' || ch === '{') depth++;
          else if (ch === ')' || ch === ']' || ch === '}') depth--;
          else if (depth <= 0 && (ch === ';' || ch === '\n')) break;
        }
        const endLine = line + (text.slice(i, k).match(/\n/g) || []).length;
        const endCol = k - (text.lastIndexOf('\n', k - 1) + 1) + 1;
        firstAwait = { line, col: i - lineStart + 1, endLine, endCol };
      }
    }
    closeArrows(text.length, 0);
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    return { fns, tries, classes, ctors, firstAwait, starts };
  }
  // The catch clause an error was handed to: err -> { line, column } (Boa's coordinates, in the catching file).
  const catches = new WeakMap();
  // The `try` block whose catch clause caught `err`, when it is in `site`'s file after the site: { from, to }
  // as (line, index) pairs in the user's coordinates, or null.
  internal.noteCatch = (err, line, column) => catches.set(err, { line, column });
  internal.caughtByClause = (err) => err !== null && typeof err === 'object' && catches.has(err);
  // The catching function is the throwing one: the same frames of user code.
  function caughtWhereThrown(err, file) {
    const frames = host.stackLines().filter(internal.isUserFrame);
    const thrown = internal.userFrames(err);
    const fn = (l) => /^ {4}at (.*?) \(/.exec(l || '')?.[1];
    if (!frames.length || !frames[0].includes(`${file}:`) || frames.length !== thrown.length) return false;
    const [a, b] = [fn(frames[0]), fn(thrown[0])];
    // The top level and an anonymous function a builtin called (`arr.forEach(() => ...)`) have no name of
    // their own; Boa's frames of the error call them `__looplab_main__` and `<main>`.
    const anon = (n) => n === undefined || n === '<main>' || n === '__looplab_main__' || n === 'Object.<anonymous>';
    return a === b || (anon(a) && anon(b));
  }
  // The try block of the clause that caught `err` in `file`: { from, to, clause } as (line, index) pairs in
  // the user's coordinates (`clause`: the catch binding), or null.
  function blockOfCatch(c, file) {
    const esm = internal.esmFiles.has(file);
    const line = c.line - (esm ? 0 : 1);
    const text = host.sourceText(file);
    if (typeof text !== 'string') return null;
    const lines = text.split('\n');
    // Back from the clause's binding to `catch`, then over the try block's braces to its `{`.
    let l = line - 1;
    let i = Math.min(c.column - 1, (lines[l] || '').length);
    let depth = 0;
    let seen = false;
    for (; l >= 0; l--, i = l >= 0 ? (lines[l] || '').length : 0) {
      const s = lines[l] || '';
      for (let k = i - 1; k >= 0; k--) {
        if (s[k] === '}') { depth++; seen = true; } else if (s[k] === '{' && seen && --depth === 0) {
          return { from: [l + 1, k], to: [line, Math.max(0, c.column - 1)], clause: [line, c.column - 1] };
        }
      }
    }
    return null;
  }
  // The try block of the clause that caught `err` where it was thrown, in `file` ({ from, to } as above), or null.
  // `topLevel`: the error was thrown by the module's top level, so a clause there (in no function) caught it
  // wherever its stack is read.
  internal.catchBlockOf = function catchBlockOf(err, file, topLevel) {
    const c = catches.get(err);
    if (!c) return null;
    const b = blockOfCatch(c, file);
    if (b === null) return null;
    if (caughtWhereThrown(err, file)) return b;
    const s = topLevel ? internal.scanSource(file) : null;
    if (!s || b.clause[0] < 1 || b.clause[0] > s.starts.length) return null;
    const o = s.starts[b.clause[0] - 1] + b.clause[1];
    return s.fns.some((r) => r[0] <= o && o < r[1]) ? null : b;
  };
  internal.tryBlockOf = function tryBlockOf(err, site) {
    const c = catches.get(err);
    if (!c || !site || !caughtWhereThrown(err, site.file)) return null;
    const b = blockOfCatch(c, site.file);
    if (!b || b.from[0] < site.at || (b.from[0] === site.at && b.from[1] < site.p)) return null;
    return { from: b.from, to: b.to };
  };
  // Boa makes some errors' objects only when a catch clause takes them (`null[k]`): their position is then in
  // the clause, not where the operation failed. For such an error, the start of its try block ({ line, index },
  // user coordinates) to search from instead; else null.
  internal.siteInCatch = function siteInCatch(err, s) {
    const c = catches.get(err);
    if (!c || !s || !caughtWhereThrown(err, s.file)) return null;
    const b = blockOfCatch(c, s.file);
    if (!b) return null;
    const [cl, ci] = b.clause;
    if (s.line < cl || (s.line === cl && s.column - 1 <= ci)) return null;
    return { line: b.from[0], index: b.from[1] };
  };
  // null or undefined? Boa's message does not say. node reads `null` far less often; it is chosen when the source
  // shows it: a `null` literal, `.match()`/`.exec()`, or a variable the file assigns `null`.
  // Whether the file's function `name` (a declaration, a function or arrow bound to the name, or a method)
  // returns null on some path: `return null`, `return x ? y : null`, an arrow whose body is such an expression.
  function returnsNull(text, name) {
    const id = name.replace(/\$/g, '\\$');
    const heads = [
      new RegExp(`\\bfunction\\s*\\*?\\s*${id}\\s*\\(`, 'g'),
      new RegExp(`\\b${id}\\s*[=:]\\s*(?:async\\s+)?(?:function\\b[^(]*\\(|\\([^()]*\\)\\s*=>|[\\w$]+\\s*=>)`, 'g'),
      new RegExp(`(?:^|[\\s;{}])(?:static\\s+)?(?:async\\s+)?${id}\\s*\\([^()]*\\)\\s*\\{`, 'g'),
    ];
    const NULL_RETURN = /\breturn\s+(?:null\b|[^;\n]*(?:[?:]|\?\?|\|\|)\s*null\b)/;
    for (const re of heads) {
      for (const m of text.matchAll(re)) {
        let i = m.index + m[0].length;
        // An arrow with an expression body: that expression is what it returns.
        if (/=>$/.test(m[0])) {
          const rest = text.slice(i).trimStart();
          if (!rest.startsWith('{')) {
            const expr = rest.split(/[;\n]/)[0];
            if (/^null\b|(?:[?:]|\?\?|\|\|)\s*null\b/.test(expr)) return true;
            continue;
          }
          i = text.indexOf('{', i);
        } else if (text[i - 1] !== '{') {
          // Past the parameters to the body.
          let depth = 1;
          for (; i < text.length && depth > 0; i++) {
            if (text[i] === '(') depth++;
            else if (text[i] === ')') depth--;
          }
          i = text.indexOf('{', i);
        } else {
          i -= 1;
        }
        if (i < 0) continue;
        let depth = 0;
        let k = i;
        for (; k < text.length; k++) {
          if (text[k] === '{') depth++;
          else if (text[k] === '}' && --depth === 0) break;
        }
        if (NULL_RETURN.test(text.slice(i, k))) return true;
      }
    }
    return false;
  }
  internal.nullish = function nullish(site, base) {
    const b = base.trim();
    if (b === 'null') return 'null';
    if (/\.(match|exec)\(.*\)$/.test(b)) return 'null';
    // `this` of a function or method the file calls with a null receiver (`C.prototype.m.call(null)`).
    if (b === 'this' && host.sourceText && site.line >= 1) {
      const text = internal.maskLiterals(String(host.sourceText(site.file) || ''));
      const scope = internal.functionScope(site);
      const head = scope && scope.own ? /([A-Za-z_$][\w$]*)\s*\([^()]*\)\s*(?:=>\s*)?$/.exec(text.slice(Math.max(0, scope.own[0] - 200), scope.own[0])) : null;
      if (head && new RegExp(`\\b${head[1].replace(/\$/g, '\\$')}\\s*\\.\\s*(?:call|apply|bind)\\s*\\(\\s*null\\s*[,)]`).test(text)) return 'null';
    }
    // A call of the file's own function that returns null on some path (`findUser(2).name`).
    const called = /(?:^|([A-Za-z_$][\w$]*)\s*\.\s*)([A-Za-z_$][\w$]*)\s*\([^()]*\)$/.exec(b);
    if (called && host.sourceText) {
      const text = internal.maskLiterals(String(host.sourceText(site.file) || ''));
      // A built-in receiver's method: URLSearchParams' and Headers' `get` give null, a Map's undefined.
      const made = called[1] && new RegExp(`\\b${called[1].replace(/\$/g, '\\$')}\\s*=\\s*new\\s+([A-Za-z_$][\\w$]*)`).exec(text);
      if (made && !new RegExp(`\\bclass\\s+${made[1]}\\b`).test(text)) {
        if (/^(URLSearchParams|Headers)$/.test(made[1]) && called[2] === 'get') return 'null';
      } else if (returnsNull(text, called[2])) return 'null';
    }
    if (/^[A-Za-z_$][\w$]*$/.test(b) && host.sourceText) {
      let text = host.sourceText(site.file);
      const name = `(^|[^\\w$.])${b.replace(/\$/g, '\\$')}\\s*=\\s*`;
      // The function the access is in, when it assigns the name itself: only its own assignments count (another
      // function's `o = null` says nothing of this `o`).
      const scope = typeof text === 'string' && site.line >= 1 ? internal.functionScope(site) : null;
      if (scope && scope.own) {
        const body = text.slice(scope.own[0], scope.own[1]);
        if (new RegExp(`${name}(?![=>])`).test(body)) text = body;
      }
      if (typeof text === 'string' && (new RegExp(`${name}null\\b`).test(text) ||
          new RegExp(`${name}[^;\\n]*(\\.(match|exec)\\(|(\\?\\?|\\|\\||[?:])\\s*null\\b)`).test(text))) return 'null';
      // `const u = findUser(2)` where the file's findUser returns null on some path.
      const from = typeof text === 'string' && new RegExp(`${name}(?:await\\s+)?(?:[\\w$]+\\.)*([A-Za-z_$][\\w$]*)\\s*\\(`).exec(text);
      if (from && returnsNull(internal.maskLiterals(String(host.sourceText(site.file) || '')), from[from.length - 1])) return 'null';
    }
    // `a.b.c` where the file gives `c` the value null (`c: null`, `.c = null`).
    const prop = /[.]([A-Za-z_$][\w$]*)$|\[\s*['"]([^'"]+)['"]\s*\]$/.exec(b);
    if (prop && host.sourceText) {
      const text = host.sourceText(site.file);
      const key = (prop[1] || prop[2]).replace(/\$/g, '\\$');
      if (typeof text === 'string' && new RegExp(`((^|[^\\w$.])${key}|['"]${key}['"])\\s*:\\s*null\\b|\\.${key}\\s*=\\s*null\\b`).test(text)) return 'null';
    }
    return 'undefined';
  }
  // The function that threw (whose `{` Boa pointed at; none at the module's top level) as file offsets:
  // { own: [start, end) or null, nested(offset): in a function inside it (or a `try` block, with skipTries),
  // off(line, index) }.
  internal.functionScope = function functionScope(site, skipTries) {
    const sc = internal.scanSource && internal.scanSource(site.file);
    if (!sc) return null;
    const off = (line, idx) => (line - 1 < sc.starts.length ? sc.starts[line - 1] : Infinity) + idx;
    let own = null;
    if (site.line >= 1) {
      const at = off(site.at, site.p);
      for (const r of sc.fns) if (r[0] <= at && at < r[1] && (!own || r[0] >= own[0])) own = r;
    }
    const inner = sc.fns.concat(skipTries ? sc.tries : []).filter((r) => r !== own && (!own || (r[0] > own[0] && r[1] <= own[1])));
    return { own, off, nested: (o) => inner.some((r) => r[0] <= o && o < r[1]) };
  }
  // A name the file binds once, to a value that cannot be null or undefined: `const a = [1]`, `= new X()`,
  // `= require('fs')`, a string, number, object, function or class.
  internal.neverNullish = function neverNullish(site, base) {
    if (!/^[A-Za-z_$][\w$]*$/.test(base)) return /^(['"`\d\[{]|new\b)/.test(base);
    const text = host.sourceText(site.file);
    if (typeof text !== 'string') return false;
    const name = base.replace(/\$/g, '\\$');
    const decl = new RegExp(`\\b(const|let|var)\\s+${name}\\s*=\\s*(\\S)`, 'g');
    const m = decl.exec(text);
    if (!m || decl.exec(text)) return false;
    if (new RegExp(`(^|[^\\w$.])${name}\\s*=(?![=>])`, 'g').test(text.slice(m.index + m[0].length))) return false;
    const start = m.index + m[0].length - 1;
    const rest = text.slice(start, start + 40);
    if (/^(function\b|class\b|async\b|\(\s*\)\s*=>|[\w$]+\s*=>)/.test(rest)) return true;
    if (!/^(\[|\{|'|"|`|\d|new\s|require\s*\()/.test(rest)) return false;
    // The literal (or `new X(...)`, `require(...)`) must be the whole value: `[1, 2].find(f)` may be undefined.
    let i = start;
    const word = /^(new\s+[\w$.]+\s*|require\s*)/.exec(rest);
    if (word) i += word[0].length;
    const open = text[i];
    const close = { '[': ']', '{': '}', '(': ')' }[open];
    if (close) {
      let depth = 0;
      for (; i < text.length; i++) {
        const c = text[i];
        if (c === "'" || c === '"' || c === '`') { i = text.indexOf(c, i + 1); if (i < 0) return false; continue; }
        if (c === open) depth++;
        else if (c === close && --depth === 0) break;
      }
      i++;
    } else if (open === "'" || open === '"' || open === '`') {
      i = text.indexOf(open, i + 1) + 1;
      if (i <= 0) return false;
    } else {
      while (i < text.length && /[\w.]/.test(text[i])) i++;
    }
    // ... or followed by calls of methods that always return a value (`[3, 1].sort()`, `'a,b'.split(',')`).
    for (;;) {
      const call = /^\s*\.\s*(map|filter|slice|concat|sort|reverse|split|join|trim|trimStart|trimEnd|toUpperCase|toLowerCase|replace|replaceAll|padStart|padEnd|repeat|flat|flatMap|fill|keys|values|entries|toSorted|toReversed|toString)\s*\(/.exec(text.slice(i, i + 60));
      if (!call) break;
      let depth = 0;
      let k = i + call[0].length - 1;
      for (; k < text.length; k++) {
        if (text[k] === '(') depth++;
        else if (text[k] === ')' && --depth === 0) break;
      }
      i = k + 1;
    }
    return /^\s*([;,)\n]|$)/.test(text.slice(i, i + 20));
  }
})
