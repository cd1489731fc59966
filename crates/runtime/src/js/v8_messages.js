//! V8's wording for the errors the engine throws: Boa says "cannot convert 'null' or 'undefined' to object"
//! where node says "Cannot read properties of undefined (reading 'x')". `internal.v8Message(err)` rewrites the
//! message of such an error in place, reading what Boa's text leaves out (the property, the callee, the class)
//! from the source at the throw site. It runs when user code catches an error (`catch (e)` clauses are
//! instrumented to call it), when a promise is rejected, when a stack is first read, and before an uncaught
//! error is printed. Kept out of call-span instrumentation, like frames.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const done = new WeakSet();
  const {
    chainBefore, callParen, siteOf, moveTo, region, moveToRegion, GLOBALS, notAFunction, notAConstructor,
    classWithoutNew, accesses, literalKey, seenNullish, RE_DOT_NAME, RE_CALL_IN_CHAIN, callEndsLineBefore,
    RE_UPDATE_AFTER, updateHit, seenAccess, componentStart, sites,
  } = internal.v8Sites;
  const { tryBlockOf, functionScope, neverNullish, nullish } = internal;

  function cannotConvert(err, site) {
    if (!site) return undefined;
    // A read inside an optional chain (`res.data?.items.length`), which Boa keeps no position for: the
    // instrumented read noted its place just before it threw (`__ll$.ocp` below), so its file is the site's;
    // a `.name`'s key is in the source, a computed one in `__ll$.ock`.
    const pos = calls ? calls.ocp : 0;
    if (pos > 0) {
      const line = Math.floor(pos / 100000) - (internal.esmFiles.has(site.file) ? 0 : 1);
      const column = pos % 100000;
      const text = host.sourceLine(site.file, line);
      const name = text === undefined ? null : RE_DOT_NAME.exec(text.slice(column));
      const key = name ? name[1] : keyShown(calls.ock);
      if (key !== undefined && (site.vague || line === site.line)) {
        calls.ocp = 0;
        calls.ock = undefined;
        const before = text === undefined ? null : chainBefore(text, column);
        moveTo(err, site, column, line);
        return `Cannot read properties of ${nullish({ ...site, line, at: line }, before ? before[0] : '')} (reading '${key}')`;
      }
    }
    const { src, p } = site;
    // A chain over several lines (`data.results\n  .filter(...)`): Boa points into its first line (or keeps
    // no position), the instrumented read saw the nullish object at a `.name` on a later one.
    const seen = internal.nullishSeen;
    if (seen && seen.file === site.file && (site.vague || (seen.line > site.at && seen.line <= site.at + 40))) {
      const at = host.sourceLine(site.file, seen.line);
      const m = at === undefined ? null : RE_DOT_NAME.exec(at.slice(seen.column));
      if (m) {
        internal.nullishSeen = null;
        // V8's column: the `.` in a chain with a call, else the name. (Where Boa kept no position, only the
        // line before tells: a call when it ends in one.)
        let between = site.vague ? '' : src.slice(p);
        for (let l = site.vague ? Math.max(1, seen.line - 1) : site.at + 1; l < seen.line; l++) between += `\n${host.sourceLine(site.file, l) || ''}`;
        between += `\n${at.slice(0, seen.column)}`;
        const called = site.vague ? /\)\s*$/.test(between) : RE_CALL_IN_CHAIN.test(between);
        moveTo(err, site, called ? seen.column : seen.column + m[0].length - m[1].length, seen.line);
        return `Cannot read properties of ${seen.kind} (reading '${m[1]}')`;
      }
    }
    // Object.keys(null) and friends.
    const statics = /\b(?:Object\.(keys|values|entries|assign|getOwnPropertyNames|getOwnPropertyDescriptors|getOwnPropertyDescriptor|getOwnPropertySymbols|getPrototypeOf|hasOwn)|String\.(raw))\s*\(/g;
    let st;
    while ((st = statics.exec(src)) !== null) {
      if (p >= st.index && p <= st.index + st[0].length) {
        internal.builtinFrame(err, `Function.${st[1] || st[2]}`);
        return 'Cannot convert undefined or null to object';
      }
    }
    const iterFrom = /\b(?:Array\.from|Promise\.(?:all|allSettled|any|race)|new\s+(?:Set|Map|WeakSet|WeakMap))\s*\(\s*(null|undefined)\s*[,)]/.exec(src);
    if (iterFrom) return `${iterFrom[1] === 'null' ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`;
    if (site.vague) return vagueAccess(err, site);
    const spread = spreadOfNullish(err, site);
    if (spread) return spread;
    const all = accesses(src, 0);
    if (!all.length) return undefined;
    // Boa points at the failing property's name (or inside its `[...]`); failing that, at the start of the
    // statement or of the function: then the access is the first after that point, or the last of its chain
    // when the chain is assigned to or called.
    const update = updateHit(site, p, all);
    // The instrumented read saw which object was nullish: its `.` or `[` on this line names the access (a
    // computed key of any form, `totals[row.region].sum`, included).
    let hit = update || seenAccess(site, all) || all.find((a) => p >= a.at && p < a.end);
    if (!hit) {
      const after = all.filter((a) => a.at >= p);
      if (!after.length) return undefined;
      let k = 0;
      while (k + 1 < after.length && after[k + 1].dot === after[k].end) k++;
      const rest = src.slice(after[k].end);
      hit = /^\s*(\(|=(?![=>]))/.test(rest) ? after[k] : after[0];
    }
    if (hit.name !== undefined) {
      // `obj[k]`: V8 names the key's value; the instrumented read handed it over, else known when `k` is bound
      // to a literal.
      const seen = internal.nullishSeen;
      const handed = seen && seen.file === site.file && seen.line === site.at && seen.column === hit.dot && 'key' in seen;
      hit = { ...hit, key: handed ? seen.key : literalKey(site.file, hit.name) };
      if (hit.key === undefined) return undefined;
    }
    const after = src.slice(hit.end);
    const setting = /^\s*=(?![=>])/.test(after);
    const chain = chainBefore(src, hit.dot);
    // `delete o.a.b` with `o.a` nullish: V8's ToObject of the base.
    if (chain && /(^|[^\w$.])delete\s*$/.test(src.slice(0, chain[1])) && !/^\s*(\?\.|[.[(])/.test(after)) {
      seenNullish(site, site.at, hit.dot);
      moveTo(err, site, componentStart(src, hit.dot));
      return 'Cannot convert undefined or null to object';
    }
    const base = chain ? chain[0] : '';
    const what = seenNullish(site, site.at, hit.dot) || nullish(site, base);
    // V8's column: the `=` of an assignment, the `.` in a chain with a call, the `[` of a subscript, else the name; a
    // compound assignment or update stays at the start of the target, where Boa points too.
    if (setting) moveTo(err, site, hit.end + after.indexOf('='));
    else if (update) {
      // (An object that is a call result: at the call's place, its callee's last name.)
      // (Mid-chain after a call: at the failing read's `.`, as for a plain read.)
      let start = update.midChain ? (RE_CALL_IN_CHAIN.test(base) ? hit.dot : hit.at) : componentStart(src, hit.dot);
      if (!update.midChain && src[start] === '(' && /[\w$]$/.test(src.slice(0, start).trimEnd())) start = componentStart(src, start);
      moveTo(err, site, start, site.at, true);
    }
    else if (RE_UPDATE_AFTER.test(after)) { /* Boa's */ }
    // (Noted even where Boa points already: a read inside an assignment's target must not be moved to its
    // operator, as stack.js calleeColumn moves a setter's caller.)
    else if (RE_CALL_IN_CHAIN.test(base) || base.includes('?.') || callEndsLineBefore(site, hit.dot)) moveTo(err, site, hit.dot, site.at, true);
    else moveTo(err, site, hit.at, site.at, true);
    if (!setting && hit.key === 'Symbol(Symbol.iterator)') {
      return `${what === 'null' ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`;
    }
    return setting
      ? `Cannot set properties of ${what} (setting '${hit.key}')`
      : `Cannot read properties of ${what} (reading '${hit.key}')`;
  }
  // Boa keeps no position for a method call's callee (`res.json()`) in some functions: take the first method
  // call after the function's start whose object is not a well-known global.
  // A for-of or array pattern over undefined fails the same way there: whichever comes first.
  // A caught error's search starts in its `try` block and ends at the catch clause; the candidates skip
  // objects that cannot be nullish (a global, `this`, a name bound once to a literal or `new`/`require()`).
  // Where to look for the failing operation: for a vague site of a caught error, its `try` block (the text
  // cut at the block's `}`), else from the site on. { block, from (the site moved to the search's start), r
  // (the region), text }.
  function searchArea(err, site, lines) {
    const block = site.vague ? tryBlockOf(err, site) : null;
    const from = block ? { ...site, at: block.from[0], p: block.from[1], src: host.sourceLine(site.file, block.from[0]) } : site;
    const r = region(from, lines);
    let text = r.text;
    if (block) {
      const stop = r.nums.indexOf(block.to[0]);
      if (stop >= 0) text = text.slice(0, r.starts[stop] + block.to[1] - (stop === 0 ? from.p : 0));
    }
    return { block, from, r, text };
  }
  // searchArea's text with what cannot have thrown blanked out: an error no catch clause of this function took
  // did not come from one of its `try` blocks; nor did it come from a function nested in this one.
  function maskedArea(err, site, lines) {
    const area = searchArea(err, site, lines);
    const { block, from, r } = area;
    let { text } = area;
    // Nor from past the end of this function.
    const scope = functionScope(site, site.vague && !block);
    if (scope) {
      const outside = (line, idx) => {
        const o = scope.off(line, idx);
        return scope.nested(o) || (scope.own !== null && o >= scope.own[1]);
      };
      let masked = '';
      let i = 0;
      for (let k = 0; k < text.length; k++) {
        while (i + 1 < r.starts.length && r.starts[i + 1] <= k) i++;
        const idx = k - r.starts[i] + (i === 0 ? from.p : 0);
        masked += text[k] !== '\n' && outside(r.nums[i], idx) ? ' ' : text[k];
      }
      text = masked;
    }
    return { ...area, text };
  }
  // `f(...x)` / `[...x]` with x nullish, where nothing else on the way can be: V8 names the spread value
  // (`x is not iterable (cannot read property undefined)` in a call, at the callee; `x is not iterable` in an
  // array, at x).
  function spreadOfNullish(err, site) {
    const iter = iterating(site.src.slice(site.p));
    if (!iter || (iter.kind !== 1 && iter.kind !== 2) || iter.m.index > 1) return undefined;
    const arg = iter.m[1];
    // `Math.max(...parse(s))` where parse returned nothing (most often undefined: a forgotten return).
    if (arg.includes('(') && iter.kind === 2) {
      // The frame stays at the called function; the uncaught header's caret goes under the spread call.
      moveTo(err, site, site.p + iter.m.index + iter.m[0].lastIndexOf(arg));
      const moved = sites.get(err);
      if (moved) moved.headerOnly = true;
      return `${calleeName(arg).callee}(...) is not iterable (cannot read property undefined)`;
    }
    if (arg.includes('(')) {
      moveTo(err, site, site.p + iter.m.index + iter.m[0].lastIndexOf(arg) + calleeName(arg).at);
      return calledNotIterable(arg);
    }
    const safe = (text) => GLOBALS.test(text) || text === 'this' || neverNullish(site, text);
    const argBase = arg.includes('.') ? arg.slice(0, arg.lastIndexOf('.')) : null;
    if (arg[0] === '{' || (argBase !== null && !safe(argBase))) return undefined;
    if (iter.kind === 2) {
      const chain = chainBefore(site.src, site.p + iter.m.index);
      const callee = chain ? chain[0] : '';
      const calleeBase = callee.includes('.') ? callee.slice(0, callee.lastIndexOf('.')) : null;
      if (!callee || (calleeBase !== null && !safe(calleeBase))) return undefined;
      // The frame stays at the callee; the uncaught header's caret goes under the spread value.
      moveTo(err, site, site.p + iter.m.index + iter.m[0].lastIndexOf(arg));
      const moved = sites.get(err);
      if (moved) moved.headerOnly = true;
      return `${arg} is not iterable (cannot read property ${nullish(site, arg)})`;
    }
    moveTo(err, site, site.p + iter.m.index + iter.m[0].lastIndexOf(arg));
    return `${arg} is not iterable`;
  }
  function vagueAccess(err, site) {
    const { from, r, text } = maskedArea(err, site, 40);
    const iter = iterating(text);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = r.nums[i];
      const src = i === 0 ? from.src.slice(0, from.p) + lines[0] : lines[i];
      for (const a of accesses(src, i === 0 ? from.p : 0)) {
        const off = r.starts[i] + a.at - (i === 0 ? from.p : 0);
        if (!/^\s*\(/.test(src.slice(a.end))) continue;
        // (A key of another expression has no known value here.)
        if (a.key === undefined && a.name !== undefined && !/^[A-Za-z_$][\w$]*$/.test(a.name)) continue;
        const chain = chainBefore(src, a.dot);
        if (!chain || GLOBALS.test(chain[0]) || chain[0] === 'this' || neverNullish(site, chain[0])) continue;
        if (iter && iter.m.index < off) break;
        moveTo(err, site, a.at, l);
        return `Cannot read properties of ${seenNullish(site, l, a.dot) || nullish(site, chain[0])} (reading '${a.key}')`;
      }
    }
    if (!iter || iter.kind === 2) return undefined;
    const value = iter.m[1];
    const called = value.includes('(');
    moveToRegion(err, from, r, iter.m.index + iter.m[0].lastIndexOf(value) +
      (called ? calleeName(value).at : value[0] === '{' ? 0 : value.lastIndexOf('.') + 1));
    return called ? calledNotIterable(value) : `${shownIterable(value)} is not iterable`;
  }
  // A call's callee (`o.get` of `o.get(x)`) and the offset of its last name (where V8 points).
  function calleeName(call) {
    const callee = call.slice(0, call.indexOf('(')).trim();
    return { callee, at: callee.lastIndexOf('.') + 1 };
  }
  const calledNotIterable = (call) => `${calleeName(call).callee} is not a function or its return value is not iterable`;
  // The first construct in `rest` that iterates a named value: for-of (kind 0), array spread (1), call spread
  // (2), array pattern (3).
  // (A for-of or array spread may iterate what a call returns: `for (const x of items())`.)
  function iterating(rest) {
    return [
      /\bfor\s*(?:await\s*)?\((?:const|let|var)?\s*[^;]*?\bof\s+([\w$.]+\s*\((?:[^()]|\([^()]*\))*\)|[\w$.]+|\{[^{}]*\})\s*\)/.exec(rest),
      /\[(?:[^[\]();]*,)?\s*\.\.\.([\w$.]+\s*\((?:[^()]|\([^()]*\))*\)|[\w$.]+|\{[^{}]*\})\s*[\],]/.exec(rest),
      /\(\s*\.\.\.([\w$.]+\s*\((?:[^()]|\([^()]*\))*\)|[\w$.]+|\{[^{}]*\})\s*\)/.exec(rest),
      /(?:const|let|var)\s+\[[^\]]*\]\s*=\s*([\w$.]+\s*\((?:[^()]|\([^()]*\))*\)|[\w$.]+|\{[^{}]*\})/.exec(rest),
    ].map((m, kind) => m && { m, kind }).filter(Boolean).sort((a, b) => a.m.index - b.m.index)[0];
  }
  // How V8 shows the iterated value: its name, `{}`, or `{(intermediate value)}` for an object literal.
  // (An awaited value, `const [a] = await p`, is an intermediate value.)
  const shownIterable = (v) => (v === 'await' ? '(intermediate value)'
    : v[0] !== '{' ? v : internal.v8Print ? internal.v8Print.expr(v) : '{(intermediate value)}');
  // The argument of the failing call as V8 shows a value, when the source gives it as a literal (or leaves it
  // out) or binds the name it passes once (v8_messages_more.js's valueOf). `slip`: a member read the source
  // cannot resolve (`utils.titleCase`) is taken as undefined, the usual slip behind a non-callable callback.
  const MEMBER_READ = /^(?:this|[A-Za-z_$][\w$]*)(?:\??\.[A-Za-z_$][\w$]*|(?:\?\.)?\[[^[\]]+\])+$/;
  function literalArg(site, slip) {
    if (!site) return undefined;
    const paren = site.src.indexOf('(', site.p);
    if (paren < 0) return undefined;
    const m = /^\(\s*(\)|-?\d+(?:\.\d+)?|-?Infinity|NaN|null|undefined|true|false|'([^']*)'|"([^"]*)")/.exec(site.src.slice(paren));
    if (m) {
      if (m[1] === ')') return 'undefined';
      if (m[2] !== undefined) return m[2];
      if (m[3] !== undefined) return m[3];
      return m[1];
    }
    const src = internal.v8Source;
    const arg = src && src.argsAt(site.src, paren)[0];
    if (!arg) return undefined;
    const v = src.valueOf(site, arg);
    if (v && v.type !== 'function' && v.type !== 'symbol') return v.shown;
    return !v && slip && MEMBER_READ.test(arg) ? 'undefined' : undefined;
  }
  // A rule whose message needs the call's literal argument: `make(value)` gives the text, or undefined.
  const withLiteral = (make, slip) => (err, site) => {
    const v = literalArg(site, slip);
    return v === undefined ? undefined : make(v);
  };
  const CALLBACK = (err, site, method) => {
    const v = literalArg(site, true);
    if (v === undefined) return undefined;
    internal.builtinFrame(err, `Array.${method}`);
    return `${v} is not a function`;
  };

  // Boa message -> V8 message: a string, or a function of (err, site, ...regexp groups).
  const EXACT = new Map([
    ["cannot convert 'null' or 'undefined' to object", cannotConvert],
    ['not a callable function', notAFunction],
    ['not a constructor', notAConstructor],
    ["class constructor cannot be invoked without 'new'", classWithoutNew],
    ['invalid array length', 'Invalid array length'],
    ['bad length for array', 'Invalid array length'],
    ["can't convert symbol to string", 'Cannot convert a Symbol value to a string'],
    ['BigInt division by zero', 'Division by zero'],
    ['argument must not be a bigint', 'Cannot convert a BigInt value to a number'],
    ['Array.prototype.reduce: called on an empty array and with no initial value', (err) => {
      internal.builtinFrame(err, 'Array.reduce');
      return 'Reduce of empty array with no initial value';
    }],
    ['Array.prototype.reduceRight: called on an empty array and with no initial value', (err) => {
      internal.builtinFrame(err, 'Array.reduceRight');
      return 'Reduce of empty array with no initial value';
    }],
    ['cannot serialize bigint to JSON', 'Do not know how to serialize a BigInt'],
    ["Object.defineProperty: expected 'this' to be an Object", 'Object.defineProperty called on non-object'],
    ['Proxy constructor called with non-object handler', 'Cannot create proxy with a non-object as target or handler'],
    ['Proxy constructor called with non-object target', 'Cannot create proxy with a non-object as target or handler'],
    ["can't set prototype of this object", '#<Object> is not extensible'],
    ['invalid escape character found', 'URI malformed'],
    ['invalid hexadecimal digit found', 'URI malformed'],
    ['invalid escaped character found', 'URI malformed'],
    ['non-terminated escape character found', 'URI malformed'],
    ['invalid UTF-8 encoding found', 'URI malformed'],
    ['Promise.resolve() called on a non-object', 'PromiseResolve called on non-object'],
    ['Promise executor is not callable', withLiteral((v) => `Promise resolver ${v} is not a function`, true)],
    ['precision must be an integer at least 1 and no greater than 100', 'toPrecision() argument must be between 1 and 100'],
    ['String.prototype.repeat: count must be non-negative', withLiteral((v) => `Invalid count value: ${v}`)],
    ['String.prototype.repeat: count must be finite', withLiteral((v) => `Invalid count value: ${v}`)],
    ['radix must be an integer at least 2 and no greater than 36', 'toString() radix argument must be between 2 and 36'],
    ["right-hand side of 'instanceof' is not callable", "Right-hand side of 'instanceof' is not callable"],
    ['argument must not be a symbol', 'Cannot convert a Symbol value to a number'],
    ['trying to encode an invalid string', 'URI malformed'],
    ['String.prototype.repeat: count must be less than infinity', withLiteral((v) => `Invalid count value: ${v}`)],
    ['Symbol.keyFor: sym is not a symbol', withLiteral((v) => `${v} is not a symbol`)],
    ['BigInt negative exponent', 'undefined must be positive'],
    ["'this' is not a number", (err, site) => {
      const m = site && /\bNumber\.prototype\.(\w+)/.exec(site.src);
      return m ? `Number.prototype.${m[1]} requires that 'this' be a Number` : undefined;
    }],
  ]);
  const PATTERNS = [
    [/^cannot convert (-?[\d.e+]+|NaN|Infinity|-Infinity) to a BigInt$/, (err, site, n) => `The number ${n} cannot be converted to a BigInt because it is not an integer`],
    [/^Object\.(create|setPrototypeOf): expected 'proto' to be an Object or null, got/, (err, site, fn) => {
      const m = site && new RegExp(`Object\\.${fn}\\s*\\(${fn === 'create' ? '' : '[^,]*,'}\\s*(-?\\d+(?:\\.\\d+)?|true|false|undefined|'[^']*'|"[^"]*")\\s*\\)`).exec(site.src);
      if (!m) return undefined;
      internal.builtinFrame(err, `Function.${fn}`);
      return `Object prototype may only be an Object or null: ${m[1].replace(/^['"]|['"]$/g, '')}`;
    }],
    [/^method `(.+)` called on incompatible receiver$/, (err, site, m) => `Method ${m} called on incompatible receiver #<Object>`],
    [/^codepoint `(-?\d+)` outside of Unicode range$/, (err, site, n) => `Invalid code point ${n}`],
    [/^cannot create a string longer than the maximum allowed length/, 'Invalid string length'],
    [/^WeakMap\.set: expected target argument of type `object`/, 'Invalid value used as weak map key'],
    [/^WeakRef: expected target argument of type `object`/, 'WeakRef: invalid target'],
    [/^WeakSet\.add: expected target argument of type `object`/, 'Invalid value used in weak set'],
    [/^right-hand side of 'instanceof' should be an object, got `object`/, "Right-hand side of 'instanceof' is not callable"],
    [/^right-hand side of 'instanceof' should be an object/, "Right-hand side of 'instanceof' is not an object"],
    [/^Array\.prototype\.(\w+): (?:Callbackfn is not callable|invalid callback function|`callback` must be callable|predicate is not callable|callback function is not callable|callback is not callable)/, CALLBACK],
    [/^cannot convert string '(.*)' to bigint primitive$/, (err, site, s) => `Cannot convert ${s} to a BigInt`],
    [/^cannot convert (undefined|null|a Symbol|\w+) to a BigInt$/, (err, site, v) => `Cannot convert ${v} to a BigInt`],
    [/^cannot assign to uninitialized global property `(.*)`$/, (err, site, name) => `${name} is not defined`],
    [/^target must be an object$/, (err, site) => {
      const m = site && (/Reflect\.(\w+)/.exec(site.src.slice(site.p)) || /Reflect\.(\w+)/.exec(site.src));
      return m ? `Reflect.${m[1]} called on non-object` : undefined;
    }],
  ];

  function translate(err, msg) {
    let rule = EXACT.get(msg);
    let groups = [];
    if (rule === undefined && !EXACT.has(msg)) {
      for (const [re, r] of PATTERNS) {
        const m = re.exec(msg);
        if (m) { rule = r; groups = m.slice(1); break; }
      }
    }
    if (typeof rule === 'string') return rule;
    // A syntax error of `eval` or `new Function` code has no fixed text: v8_messages_more.js re-reads the code.
    if (rule === undefined) return err instanceof SyntaxError ? internal.v8EvalSyntax(err, siteOf(err), msg) : undefined;
    return rule(err, siteOf(err), ...groups);
  }

  // `catchLine`/`catchColumn`: where the catch clause handing `err` over is (instrumented code passes them).
  internal.v8Message = function v8Message(err, catchLine, catchColumn) {
    if (err === null || typeof err !== 'object' || done.has(err)) return err;
    done.add(err);
    if (typeof catchLine === 'number') internal.noteCatch(err, catchLine, catchColumn);
    let msg;
    try {
      if (!(err instanceof Error)) return err;
      const own = Object.getOwnPropertyDescriptor(err, 'message');
      if (!own || !('value' in own) || typeof own.value !== 'string') return err;
      msg = own.value;
    } catch { return err; }
    // Boa's link error of an `import()` (an entry's is mapped when it fails): node's message and frames.
    if (err instanceof SyntaxError && (msg.startsWith('could not find export `') || msg.startsWith('could not resolve ambiguous export `')) && internal.hooks.esmLinkError) {
      try { return internal.hooks.esmLinkError(err, true); } catch { return err; }
    }
    let out;
    try { out = translate(err, msg); } catch { out = undefined; }
    if (internal.v8ThrowerFrame) {
      try { internal.v8ThrowerFrame(err, typeof out === 'string' ? out : msg, siteOf(err)); } catch { /* no frame */ }
    }
    if (typeof out !== 'string' || out === msg) return err;
    try {
      err.message = out;
      // A stack read before the rewrite keeps the old header: mend it.
      const st = Object.getOwnPropertyDescriptor(err, 'stack');
      if (st && typeof st.value === 'string' && st.value.includes(msg)) {
        err.stack = st.value.replace(msg, out);
      }
    } catch { /* a frozen error keeps Boa's text */ }
    return err;
  };
  // v8_messages_bindings.js and v8_messages_more.js add their rules to these tables and use these helpers.
  internal.v8Rules = { EXACT, PATTERNS, moveTo, searchArea, chainBefore, callParen, region, moveToRegion, iterating, shownIterable, literalArg, maskedArea, sites };
  // A `.catch` handler sees V8's message too (`await` in a `try` is covered by the catch clause, a promise
  // rejected before it had a handler by the rejection tracker). Only `catch` is wrapped: wrapping `then` cost
  // 8-15% on a promise-heavy benchmark, so `.then(ok, fail)` subscribed before the rejection keeps Boa's text.
  const catchMethod = Promise.prototype.catch;
  const v8Message = internal.v8Message;
  const patchedCatch = {
    catch(onRejected) {
      if (typeof onRejected === 'function') {
        const handler = onRejected;
        onRejected = (reason) => handler(v8Message(reason));
      }
      return catchMethod.call(this, onRejected);
    },
  }.catch;
  Object.defineProperty(Promise.prototype, 'catch', { value: patchedCatch, writable: true, configurable: true, enumerable: false });
  // Instrumented `catch (e)` clauses call `__ll$.m(e)`.
  const calls = globalThis[Symbol.for('looplab.calls')];
  // They also give the error its async frames (async_stack.js) while the awaiting functions are where they were.
  const caught = function m(err, line, column) {
    internal.receiverSnap(err);
    if (internal.asyncSnap) internal.asyncSnap(err);
    v8Message(err, line, column);
    internal.ownStack(err);
    return err;
  };
  if (calls) Object.defineProperty(calls, 'm', { value: caught, enumerable: false });
  // Runtime code that catches a user function's error and hands it back to user code (assert.throws and
  // assert.rejects) does what a catch clause does.
  internal.userCatch = caught;
  // Instrumented `throw E` statements call `__ll$.t(E, line, column)`: the last value thrown and where, in the
  // user's coordinates (process.js shows it above an uncaught error, as V8 does).
  internal.lastThrow = null;
  const noteThrow = function t(value, line, column) {
    internal.receiverSnap(value);
    if (internal.asyncSnap) internal.asyncSnap(value);
    const top = host.stackLines().find(internal.isUserFrame);
    const file = top && /\((?:file:\/\/)?(.*):\d+:\d+\)$/.exec(top);
    if (file) internal.lastThrow = { value, file: file[1], line: line - (internal.esmFiles.has(file[1]) ? 0 : 1), column };
    return value;
  };
  if (calls) Object.defineProperty(calls, 't', { value: noteThrow, enumerable: false });
  // Instrumented property reads call `__ll$.n(value, line, column)` when their object is nullish, just before
  // the read throws (instrument/nullish.rs): which of the two it was and where the `.` or `[` is, in the
  // user's coordinates. Boa's message does not say; `seenNullish` hands it to the message rules.
  internal.nullishSeen = null;
  // A computed read whose key reads the same again (`grid[r]`, `db[table]`) hands the key too: V8 names it.
  const keyShown = (key) => (typeof key === 'symbol' ? key.toString() : key !== null && typeof key === 'object' ? undefined : String(key));
  const noteNullish = function n(value, line, column, key) {
    calls.ocp = 0;
    const top = host.stackLines().find(internal.isUserFrame);
    const file = top && /(?:\(|at )(?:file:\/\/)?([^()]*?):\d+:\d+\)?$/.exec(top);
    if (file) {
      internal.nullishSeen = { file: file[1], line: line - (internal.esmFiles.has(file[1]) ? 0 : 1), column, kind: value === null ? 'null' : 'undefined' };
      if (arguments.length > 3 && typeof key !== 'function') {
        const shown = keyShown(key);
        if (shown !== undefined) internal.nullishSeen.key = shown;
      }
    }
    return value;
  };
  // A property read after an optional chain's `?.` notes its place first (`a?.b[(__ll$.ocp=POS,"c")]`, the
  // instrumented file's line × 100000 + column; a computed key in `ock`): should the read throw,
  // `cannotConvert` takes them from here.
  if (calls) {
    Object.defineProperty(calls, 'ocp', { value: 0, writable: true, enumerable: false });
    Object.defineProperty(calls, 'ock', { value: undefined, writable: true, enumerable: false });
    Object.defineProperty(calls, 'n', { value: noteNullish, enumerable: false });
    Object.defineProperty(calls, 'v', { value: undefined, writable: true, enumerable: false });
  }
})
