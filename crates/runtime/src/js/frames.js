//! Where node's frames come from, kept out of call-span instrumentation (so flame charts and virtual time do not
//! see them): the trampolines the Rust loop calls timer, immediate and nextTick callbacks through, whose frames
//! bootstrap.js's `mapFrames` turns into node's (`listOnTimeout` ...); and the sites of node 20.20's lib/fs.js
//! that a synchronous fs error shows above the caller's frames (`at Object.openSync (node:fs:573:18)` ...) and,
//! uncaught, as its source line (`node:fs:573` / `  return binding.open(`) instead of the user's line.
(function (internal) {
  'use strict';
  // Callbacks of the timers, check and nextTick queues run through these (`callQueued`, from the Rust loop).
  function __ll_timer0(f, t) { return f.call(t); }
  function __ll_timerArgs(f, t, args) { return f.apply(t, args); }
  function __ll_immediate0(f, t) { return f.call(t); }
  function __ll_immediateArgs(f, t, args) { return f.apply(t, args); }
  function __ll_tick0(f, t) { return f.call(t); }
  function __ll_tick1(f, t, args) { return f.apply(t, args); }
  function __ll_tick2(f, t, args) { return f.apply(t, args); }
  function __ll_tick3(f, t, args) { return f.apply(t, args); }
  function __ll_tick4(f, t, args) { return f.apply(t, args); }
  function __ll_tickN(f, t, args) { return f.apply(t, args); }
  const TICKS = [__ll_tick0, __ll_tick1, __ll_tick2, __ll_tick3, __ll_tick4];
  internal.hooks.callQueued = function callQueued(queue, f, t, args) {
    const n = args.length;
    if (queue === 'timers') return n === 0 ? __ll_timer0(f, t) : __ll_timerArgs(f, t, args);
    if (queue === 'check') return n === 0 ? __ll_immediate0(f, t) : __ll_immediateArgs(f, t, args);
    return n < TICKS.length ? TICKS[n](f, t, args) : __ll_tickN(f, t, args);
  };
  const fs = internal.modules.fs;
  // [syscall the error names, frames, arrow]; `utf8` variants are node's fast path for string data/encoding.
  const open = ['open', ['    at Object.openSync (node:fs:573:18)'], 'node:fs:573\n  return binding.open(\n                 ^\n'];
  const SITES = {
    readFileSync: (args) => (isUtf8(args[1])
      ? ['open', ['    at Object.readFileSync (node:fs:448:20)'],
        'node:fs:448\n    return binding.readFileUtf8(path, stringToFlags(options.flag));\n                   ^\n']
      : ['open', [open[1][0], '    at Object.readFileSync (node:fs:452:35)'], open[2]]),
    writeFileSync: (args) => (typeof args[1] === 'string' && isUtf8(args[2], true) ? writeUtf8 : null),
    appendFileSync: (args) => (typeof args[1] === 'string' && isUtf8(args[2], true)
      ? ['open', [writeUtf8[1][0], '    at Object.appendFileSync (node:fs:2461:6)'], writeUtf8[2]] : null),
    openSync: () => open,
    readdirSync: () => ['scandir', ['    at Object.readdirSync (node:fs:1521:26)'],
      'node:fs:1521\n  const result = binding.readdir(\n                         ^\n'],
    statSync: () => ['stat', ['    at Object.statSync (node:fs:1681:25)'],
      'node:fs:1681\n  const stats = binding.stat(\n                        ^\n'],
    lstatSync: () => ['lstat', ['    at Object.lstatSync (node:fs:1656:25)'],
      'node:fs:1656\n  const stats = binding.lstat(\n                        ^\n'],
    mkdirSync: () => ['mkdir', ['    at Object.mkdirSync (node:fs:1386:26)'],
      'node:fs:1386\n  const result = binding.mkdir(\n                         ^\n'],
    unlinkSync: () => ['unlink', ['    at Object.unlinkSync (node:fs:1889:11)'],
      'node:fs:1889\n  binding.unlink(path);\n          ^\n'],
    renameSync: () => ['rename', ['    at Object.renameSync (node:fs:1032:11)'], 'node:fs:1032\n  binding.rename(\n          ^\n'],
    rmdirSync: () => ['rmdir', ['    at Object.rmdirSync (node:fs:1214:11)'],
      'node:fs:1214\n  binding.rmdir(pathModule.toNamespacedPath(path));\n          ^\n'],
    accessSync: () => ['access', ['    at Object.accessSync (node:fs:244:11)'],
      'node:fs:244\n  binding.access(pathModule.toNamespacedPath(path), mode);\n          ^\n'],
    copyFileSync: () => ['copyfile', ['    at Object.copyFileSync (node:fs:3047:11)'], 'node:fs:3047\n  binding.copyFile(\n          ^\n'],
  };
  const writeUtf8 = ['open', ['    at Object.writeFileSync (node:fs:2380:20)'],
    'node:fs:2380\n    return binding.writeFileUtf8(\n                   ^\n'];
  function isUtf8(options, byDefault = false) {
    const enc = typeof options === 'string' ? options : options && typeof options === 'object' ? options.encoding : undefined;
    if (enc === undefined || enc === null) return byDefault;
    return enc === 'utf8' || enc === 'utf-8';
  }
  for (const name of Object.keys(SITES)) {
    const inner = fs[name];
    const site = SITES[name];
    const outer = { [name](...args) {
      try {
        return inner.apply(this, args);
      } catch (err) {
        const where = err !== null && typeof err === 'object' && typeof err.errno === 'number' ? site(args) : null;
        if (where && err.syscall === where[0]) place(err, where[1], where[2]);
        throw err;
      }
    } }[name];
    Object.defineProperty(outer, 'length', { value: inner.length });
    fs[name] = outer;
  }
  // A light scan of a source file (comments, strings and templates skipped): the ranges of its function
  // bodies (braced or concise arrow) and `try` blocks, as [start, end) offsets, and where its top level first
  // awaits. Used to
  // tell an ES module's frames apart (node shows no ModuleJob.run once the top level has resumed from an
  // await) and to keep v8_messages.js's search for a failing call inside the throwing function.
  const scans = new Map();
  const host = internal.host;
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
  internal.methodFrameName = function methodFrameName(file, line, column) {
    const s = internal.scanSource(file);
    if (!s || line < 1 || line > s.starts.length) return null;
    const at = s.starts[line - 1] + column - 1;
    let inner = null;
    for (const r of s.fns) if (r[0] <= at && at < r[1] && (!inner || r[0] >= inner[0])) inner = r;
    const m = inner && inner[2];
    if (!m || !m.cls) return null;
    if (m.accessor) return `${m.accessor} ${m.name} [as ${m.name}]`;
    return m.name.startsWith('#') ? m.name : `${m.cls}.${m.name}`;
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
    // Open brackets: { ch, fn } with fn true for a function body; arrows: concise bodies being read.
    const stack = [];
    const arrows = [];
    let firstAwait = null;
    let line = 1;
    let lineStart = 0;
    const closeArrows = (i, depth) => {
      while (arrows.length && arrows[arrows.length - 1].depth >= depth) fns.push([arrows.pop().start, i]);
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
      if (c === '"' || c === "'" || c === '`') {
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
        if (cls) entry.cls = cls[3] || '';
        const parent = stack[stack.length - 1];
        if (fn && parent && parent.cls !== undefined) {
          const m = /(?:^|[\s;{}])(static\s+)?(async\s+)?(?:(get|set)\s+)?\*?\s*(#?[\w$]+)\s*\([^()]*\)$/.exec(before);
          if (m && m[4] !== 'constructor') entry.method = { cls: parent.cls, name: m[4], accessor: m[3] };
        }
        stack.push(entry);
        continue;
      }
      if (c === '}') {
        closeArrows(i, stack.length);
        const open = stack.pop();
        if (open && open.fn) fns.push(open.method ? [open.start, i + 1, open.method] : [open.start, i + 1]);
        if (open && open.tried) tries.push([open.start, i + 1]);
        continue;
      }
      if (c === 'a' && firstAwait === null && text.startsWith('await', i) && !/[\w$.]/.test(text[i - 1] || '') &&
          !/[\w$]/.test(text[i + 5] || '') && !arrows.length && !stack.some((b) => b.fn)) {
        firstAwait = { line, col: i - lineStart + 1 };
      }
    }
    closeArrows(text.length, 0);
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    return { fns, tries, firstAwait, starts };
  }
  // The stack before any placement: appendFileSync's frames replace those of the writeFileSync it calls.
  const kBefore = Symbol('stackBeforeSites');
  function place(err, frames, arrow) {
    if (!Object.prototype.hasOwnProperty.call(err, kBefore)) {
      Object.defineProperty(err, kBefore, { value: String(err.stack), configurable: true, enumerable: false });
    }
    const lines = err[kBefore].split('\n');
    lines.splice(1, 0, ...frames);
    const limit = Error.stackTraceLimit;
    const kept = typeof limit === 'number' && limit >= 0 ? lines.slice(0, limit + 1) : lines;
    Object.defineProperty(err, 'stack', { value: kept.join('\n'), writable: true, configurable: true, enumerable: false });
    Object.defineProperty(err, internal.kArrow, { value: arrow, writable: true, configurable: true, enumerable: false });
  }
})
