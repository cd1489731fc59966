//! More of V8's wording for engine errors (v8_messages.js has the tables and the throw-site helpers): V8's
//! CallPrinter over source text (`obj[(k + 1)]`, `[1,2].map`, `(intermediate value)`), values the source shows
//! (a literal, or the one initializer a name is bound to) printed as V8's messages print them, and the rules
//! for iterables, receivers, proxies and strict assignments (classes and private members are in
//! v8_messages_classes.js, RegExp, `eval` and `new Function` in v8_messages_syntax.js). Kept out of call-span instrumentation, like v8_messages.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const { EXACT, PATTERNS, moveTo, searchArea, chainBefore, callParen } = internal.v8Rules;
  const esc = (s) => s.replace(/[^\w\s]/g, '\\$&');

  // ---- Source text helpers ----
  // The index just past the string or template literal opening at `i`.
  function skipString(text, i) {
    const q = text[i];
    let k = i + 1;
    while (k < text.length && text[k] !== q) k += text[k] === '\\' ? 2 : 1;
    return k;
  }
  // The index of the bracket closing the one at `i`, or -1.
  function closeOf(text, i) {
    let depth = 0;
    for (let k = i; k < text.length; k++) {
      const c = text[k];
      if (c === '"' || c === "'" || c === '`') { k = skipString(text, k); continue; }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return k;
    }
    return -1;
  }
  // Where the expression starting at `from` ends: a `,`, `;`, line end or closing bracket at depth 0.
  function exprEnd(text, from) {
    let depth = 0;
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (c === '"' || c === "'" || c === '`') { i = skipString(text, i); continue; }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') { if (depth === 0) return i; depth--; }
      else if (depth === 0 && (c === ',' || c === ';' || c === '\n')) return i;
    }
    return text.length;
  }
  // `text` split at its top-level commas (empty trailing items dropped).
  function splitTop(text) {
    const out = [];
    let from = 0;
    while (from <= text.length) {
      const end = exprEnd(text, from);
      const item = text.slice(from, end).trim();
      if (item) out.push(item);
      if (end >= text.length || text[end] !== ',') break;
      from = end + 1;
    }
    return out;
  }
  const unescape = (body) => body.replace(/\\(u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|[^])/g, (m, e) => {
    if (e[0] === 'u' || e[0] === 'x') return String.fromCodePoint(parseInt(e.replace(/[ux{}]/g, ''), 16));
    return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' }[e] || e;
  });
  const stripParens = (s) => {
    s = s.trim();
    while (s[0] === '(' && closeOf(s, 0) === s.length - 1) s = s.slice(1, -1).trim();
    return s;
  };
  // The arguments of the call whose `(` is at `open` in `src`.
  function argsAt(src, open) {
    const close = closeOf(src, open);
    return splitTop(src.slice(open + 1, close < 0 ? src.length : close));
  }
  // The arguments of the first call of `callee` (a regexp source) in the site's line, from the site on if
  // there is one there.
  function callArgs(site, callee) {
    const re = new RegExp(`${callee}\\s*\\(`, 'g');
    let m;
    let best = null;
    while ((m = re.exec(site.src)) !== null) {
      best = m;
      if (m.index + m[0].length > site.p) break;
    }
    return best && { m: best, args: argsAt(site.src, best.index + best[0].length - 1) };
  }

  // ---- V8's CallPrinter ----
  const BINARY = [[','], ['??'], ['||'], ['&&'], ['|'], ['^'], ['&'], ['===', '!==', '==', '!='],
    ['<=', '>=', '<', '>', 'instanceof', 'in'], ['>>>', '<<', '>>'], ['+', '-'], ['*', '/', '%'], ['**']];
  const PREC = new Map();
  BINARY.forEach((ops, p) => ops.forEach((op) => PREC.set(op, p)));
  const OPS = [...PREC.keys()].filter((o) => /\W/.test(o)).sort((a, b) => b.length - a.length);
  const FOLD = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b, '%': (a, b) => a % b, '**': (a, b) => a ** b };
  // Splits an expression into operands and binary operators at depth 0: [{ atom }, { op }, ...], or null
  // (a conditional, an assignment, an arrow).
  function tokens(s) {
    const out = [];
    let i = 0;
    let atom = '';
    const flush = () => { if (atom.trim()) out.push({ atom: atom.trim() }); atom = ''; };
    while (i < s.length) {
      const c = s[i];
      if (c === '"' || c === "'" || c === '`') { const e = skipString(s, i); atom += s.slice(i, e + 1); i = e + 1; continue; }
      if (c === '(' || c === '[' || c === '{') { const e = closeOf(s, i); if (e < 0) return null; atom += s.slice(i, e + 1); i = e + 1; continue; }
      if (/[\w$]/.test(c)) {
        const w = /^[\w$.]+/.exec(s.slice(i))[0];
        if ((w === 'in' || w === 'instanceof') && atom.trim()) { flush(); out.push({ op: w }); i += w.length; continue; }
        atom += w; i += w.length; continue;
      }
      if (c === '?' && s[i + 1] === '.') { atom += '?.'; i += 2; continue; }
      if ((c === '?' && s[i + 1] !== '?') || (c === '=' && s[i + 1] === '>')) return null;
      const op = OPS.find((o) => s.startsWith(o, i));
      // An operator after an operand is binary; before one, a sign or `!`.
      if (op && atom.trim() && !/^(typeof|void|delete|await|!|~)$/.test(atom.trim())) { flush(); out.push({ op }); i += op.length; continue; }
      if (c === '=' ) return null;
      atom += c; i++;
    }
    flush();
    return out;
  }
  // A binary expression's tree as V8 prints it: `(a + b)`, `((k * 2) + 1)`, `(a + b + c)` for a chain of one
  // operator; number operands folded (`1 + 2` is 3).
  function printBinary(list) {
    const operands = [];
    const ops = [];
    const reduce = () => {
      const op = ops.pop();
      const b = operands.pop();
      const a = operands.pop();
      if (typeof a.num === 'number' && typeof b.num === 'number' && FOLD[op]) {
        const v = FOLD[op](a.num, b.num);
        operands.push({ num: v, text: String(v) });
      } else if (a.op === op && !a.closed && op !== '**') {
        operands.push({ op, items: [...a.items, b] });
      } else {
        operands.push({ op, items: [a, b] });
      }
    };
    for (const t of list) {
      if (t.atom !== undefined) {
        const text = printExpr(t.atom);
        if (text === undefined) return undefined;
        operands.push(/^-?[\d.]+(e[-+]?\d+)?$/.test(text) ? { num: Number(text), text } : { text });
      } else {
        const p = PREC.get(t.op);
        while (ops.length && (PREC.get(ops[ops.length - 1]) > p || (PREC.get(ops[ops.length - 1]) === p && t.op !== '**'))) reduce();
        ops.push(t.op);
      }
    }
    while (ops.length) reduce();
    const show = (n) => (n.items ? `(${n.items.map(show).join(` ${n.op} `)})` : n.text);
    return operands.length === 1 ? show(operands[0]) : undefined;
  }
  // An expression's source text as V8's CallPrinter prints it, or undefined.
  function printExpr(text) {
    const s = stripParens(text);
    if (!s) return undefined;
    const str = /^(['"])((?:(?!\1)[^\\]|\\.)*)\1$/.exec(s);
    if (str) return `"${unescape(str[2])}"`;
    if (/^(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$|^0[xob][\da-f]+$/i.test(s)) return String(Number(s));
    if (/^(async\b|function\b|class\b|new\b)|^(\([^()]*\)|[\w$]+)\s*=>/.test(s)) return '(intermediate value)';
    if (s[0] === '{' && closeOf(s, 0) === s.length - 1) {
      return `{${'(intermediate value)'.repeat(splitTop(s.slice(1, -1)).length)}}`;
    }
    if (s[0] === '[' && closeOf(s, 0) === s.length - 1) {
      const items = splitTop(s.slice(1, -1)).map(printExpr);
      return items.includes(undefined) ? undefined : `[${items.join(',')}]`;
    }
    if (/^[\w$.]+\s*(\+\+|--)$|^(\+\+|--)\s*[\w$.]+$/.test(s)) return `(${s.replace(/\s+/g, '')})`;
    // A template literal: its substitutions, printed one after another.
    if (s[0] === '`' && skipString(s, 0) === s.length - 1) {
      const subs = [];
      for (let i = 1; i < s.length - 1; i++) {
        if (s[i] === '\\') { i++; continue; }
        if (s[i] === '$' && s[i + 1] === '{') {
          const close = closeOf(s, i + 1);
          if (close < 0) return undefined;
          subs.push(printExpr(s.slice(i + 2, close)));
          i = close;
        }
      }
      if (!subs.length) return `"${s.slice(1, -1)}"`;
      return subs.includes(undefined) ? undefined : subs.join('');
    }
    const unary = /^(typeof\s+|void\s+|delete\s+|!|~|-|\+)([^]*)$/.exec(s);
    if (unary && !/^-\s*[\d.]/.test(s)) {
      const inner = printExpr(unary[2]);
      return inner === undefined ? undefined : `(${unary[1].trim()}${/\w$/.test(unary[1].trim()) ? ' ' : ''}${inner})`;
    }
    if (/^-\s*[\d.]/.test(s) && !/[^\d.e-]/i.test(s.slice(1).trim())) return String(Number(s.replace(/\s/g, '')));
    const list = tokens(s);
    if (list === null) return /\?/.test(s) && !/\?\./.test(s) ? '(intermediate value)'.repeat(3) : undefined;
    if (list.length > 1) return printBinary(list);
    if (/^[A-Za-z_$][\w$]*$/.test(s) || /^(true|false|null|this)$/.test(s)) return s;
    const chain = chainBefore(s, s.length);
    return chain && chain[1] === 0 ? chain[0] : undefined;
  }
  // A subscript's key: a string literal as `.name`, a number as `[n]`, anything else printed in brackets.
  function printKey(inner) {
    const s = stripParens(inner);
    const str = /^(['"])((?:(?!\1)[^\\]|\\.)*)\1$|^`([^`$\\]*)`$/.exec(s);
    if (str) return `.${str[3] !== undefined ? str[3] : unescape(str[2])}`;
    const shown = printExpr(inner);
    return shown === undefined ? undefined : `[${shown}]`;
  }
  internal.v8Print = { expr: printExpr, key: printKey };

  // ---- Values the source shows ----
  // The text a name is bound to when the file binds it once: a `const`/`let`/`var` initializer, or the
  // function or class declaration itself.
  // Of several, the last one before offset `near` (the use), if given.
  function bindingOf(file, name, near) {
    const text = host.sourceText(file);
    if (typeof text !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    const id = esc(name);
    const re = new RegExp(`(?:^|[^\\w$.])(?:(?:const|let|var)\\s+${id}\\s*=(?![=>])\\s*|((?:async\\s+)?function\\s*\\*?\\s*${id}\\s*\\(|class\\s+${id}(?![\\w$])))`, 'g');
    let found = [...text.matchAll(re)];
    if (found.length > 1 && near !== undefined) found = found.filter((f) => f.index < near).slice(-1);
    if (found.length !== 1) return undefined;
    const m = found[0];
    const at = m[1] ? m.index + m[0].length - m[1].length : m.index + m[0].length;
    if (m[1]) {
      const open = text.indexOf('{', at);
      const close = open < 0 ? -1 : closeOf(text, open);
      return close < 0 ? undefined : text.slice(at, close + 1);
    }
    return text.slice(at, exprEnd(text, at)).trim();
  }
  // A site's offset in its file; with `lineEnd`, the end of its line (a binding earlier on the line counts).
  function nearOf(where, lineEnd) {
    if (typeof where === 'string' || where.at === undefined) return undefined;
    const scan = internal.scanSource(where.file);
    const start = scan && scan.starts[where.at - 1];
    if (start === undefined) return undefined;
    return lineEnd ? start + where.src.length : start + where.p;
  }
  const NATIVE_ROOTS = /^(Math|JSON|Object|Array|Reflect|Number|String|Symbol|Promise|Date|Function|Map|Set|RegExp|BigInt|Boolean)((?:\.[\w$]+)+)$/;
  // What an expression's value is, as far as its text (or the one binding of a name) shows: { type, shown }
  // with `shown` as V8's messages print a value (NoSideEffectsToString: `#<Map>`, `[object Array]`, a
  // function's source), plus `array` (its items' text), `proxy`, `arrow`; undefined when unknown.
  function valueOf(where, expr, depth = 0) {
    const file = typeof where === 'string' ? where : where.file;
    const s = stripParens(expr);
    if (/^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$|^-?0[xob][\da-f]+$|^-?Infinity$|^NaN$/i.test(s)) return { type: 'number', shown: String(Number(s)) };
    if (/^-?\d+n$/.test(s)) return { type: 'bigint', shown: s.slice(0, -1) };
    if (s === 'true' || s === 'false') return { type: 'boolean', shown: s };
    if (s === 'null') return { type: 'null', shown: 'null' };
    if (s === 'undefined' || s === 'void 0') return { type: 'undefined', shown: 'undefined' };
    const str = /^(['"])((?:(?!\1)[^\\]|\\.)*)\1$|^`([^`$\\]*)`$/.exec(s);
    if (str) return { type: 'string', shown: str[3] !== undefined ? str[3] : unescape(str[2]) };
    const sym = /^Symbol\(\s*(?:'([^']*)'|"([^"]*)")?\s*\)$/.exec(s);
    if (sym) return { type: 'symbol', shown: `Symbol(${sym[1] || sym[2] || ''})` };
    if (/^(async\s+)?(\([^()]*\)|[\w$]+)\s*=>/.test(s)) return { type: 'function', shown: s, arrow: true };
    if (/^(async\s+)?function\b/.test(s)) return { type: 'function', shown: s, arrow: /^async|^function\s*\*/.test(s) };
    if (/^class\b/.test(s)) return { type: 'function', shown: s };
    if (s[0] === '[' && closeOf(s, 0) === s.length - 1) return { type: 'object', shown: '[object Array]', array: splitTop(s.slice(1, -1)) };
    if (s[0] === '{' && closeOf(s, 0) === s.length - 1) return { type: 'object', shown: '#<Object>', literal: s };
    // A proxy shows as its target.
    if (/^new\s+Proxy\s*\(/.test(s) && depth < 4) {
      const target = argsAt(s, s.indexOf('('))[0];
      const t = target && valueOf(where, target, depth + 1);
      return { type: 'object', shown: t && t.type === 'object' ? t.shown : '#<Object>', proxy: true, text: s };
    }
    const made = /^new\s+([A-Za-z_$][\w$]*)/.exec(s);
    if (made) {
      const shown = made[1] === 'Array' ? '[object Array]' : made[1] === 'Object' ? '#<Object>' : `#<${made[1]}>`;
      return { type: 'object', shown, text: s };
    }
    const wrap = /^Object\.(freeze|seal|preventExtensions)\s*\(/.exec(s);
    if (wrap && depth < 4) return valueOf(where, argsAt(s, wrap[0].length - 1)[0] || '', depth + 1);
    const native = NATIVE_ROOTS.exec(s);
    if (native) {
      let v = globalThis[native[1]];
      for (const k of native[2].slice(1).split('.')) {
        const d = v !== null && v !== undefined ? Object.getOwnPropertyDescriptor(v, k) : undefined;
        v = d && 'value' in d ? d.value : undefined;
      }
      if (typeof v === 'function') return { type: 'function', shown: `function ${v.name}() { [native code] }`, native: v };
      return undefined;
    }
    if (/^[A-Za-z_$][\w$]*$/.test(s) && depth < 4) {
      const b = bindingOf(file, s, nearOf(where, true));
      if (b !== undefined) return valueOf(where, b, depth + 1);
    }
    // `o.k` with `o` bound to an object literal that has `k: value` (or `k` shorthand).
    const member = /^([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)$/.exec(s);
    if (member && depth < 4) {
      const base = valueOf(where, member[1], depth + 1);
      const items = base && base.literal ? splitTop(base.literal.slice(1, -1)) : [];
      for (const item of items) {
        const key = esc(member[2]);
        const kv = new RegExp(`^(?:${key}|'${key}'|"${key}")\\s*(?::\\s*([^]*))?$`).exec(item);
        if (kv) return valueOf(where, kv[1] === undefined ? member[2] : kv[1], depth + 1);
      }
    }
    return undefined;
  }
  internal.v8ValueOf = valueOf;

  // ---- Iterables ----
  const NOT_ITERABLE = 'is not iterable (cannot read property Symbol(Symbol.iterator))';
  const ITERABLE_TAKERS = '\\b(?:new\\s+(Set|Map|WeakMap|WeakSet)|(Promise)\\.(all|allSettled|race|any)|(Object)\\.(fromEntries))';
  // `new Map({})`, `new Set(5)`, `Promise.all(true)`: V8 names the type, and the value of a number or boolean.
  internal.v8BuiltinIterable = function builtinIterable(err, site, type) {
    const call = callArgs(site, ITERABLE_TAKERS);
    if (!call) return undefined;
    const { m, args } = call;
    // No argument, or an iterable one: not the call that failed.
    const v = args.length ? valueOf(site, args[0]) : undefined;
    if (!args.length || (v && (v.array || v.type === 'string'))) return undefined;
    if (type === 'number' || type === 'boolean') {
      if (!v || v.type !== type) return undefined;
      internal.builtinFrame(err, m[1] ? `new ${m[1]}` : `Function.${m[3] || m[5]}`);
      return `${type} ${v.shown} ${NOT_ITERABLE}`;
    }
    internal.builtinFrame(err, m[1] ? `new ${m[1]}` : `Function.${m[3] || m[5]}`);
    return `${type} ${NOT_ITERABLE}`;
  };
  // Promise.all/allSettled/race reject with the error, which carries no frame of the caller's to read the
  // source at: they say V8's words themselves (the iterator method is read once more, before the built-in does).
  for (const name of ['all', 'allSettled', 'race']) {
    const orig = Promise[name];
    internal.hidden(Promise, name, { [name](iterable) {
      let shown;
      if (iterable === null || iterable === undefined) shown = iterable === null ? 'object null' : 'undefined';
      else if (typeof iterable[Symbol.iterator] !== 'function') {
        const type = typeof iterable;
        shown = type === 'number' || type === 'boolean' ? `${type} ${iterable}` : type;
      }
      if (shown === undefined) return orig.call(this, iterable);
      const fail = () => {
        const e = new TypeError(`${shown} ${NOT_ITERABLE}`);
        internal.builtinFrame(e, `Function.${name}`);
        throw e;
      };
      return orig.call(this, { [Symbol.iterator]: fail });
    } }[name]);
  }
  // `new Map([1])`, `Object.fromEntries(['a'])`: the first item that is not an object.
  EXACT.set('cannot get key and value from primitive item of `iterable`', (err, site) => {
    const call = site && callArgs(site, '\\b(?:new\\s+(Map|WeakMap)|Object\\.(fromEntries))');
    const list = call && call.args.length ? valueOf(site, call.args[0]) : undefined;
    if (!list || !list.array) return undefined;
    internal.builtinFrame(err, call.m[1] ? `new ${call.m[1]}` : 'Function.fromEntries');
    for (const item of list.array) {
      const v = valueOf(site, item);
      if (!v) return undefined;
      if (v.type !== 'object' && v.type !== 'function') return `Iterator value ${v.shown} is not an entry object`;
    }
    return undefined;
  });
  EXACT.set('cannot convert null or undefined to Object', (err, site) => {
    if (!site || !/\bObject\.fromEntries\s*\(/.test(site.src)) return undefined;
    internal.builtinFrame(err, 'Function.fromEntries');
    return 'undefined is not iterable';
  });

  // ---- Receivers ----
  // The receiver of the failing method call in the site's line: the first argument of `.call(`/`.apply(`, else
  // the object before `.method(`; as V8 prints it, or undefined.
  function receiverOf(site, method) {
    if (!site) return undefined;
    const call = new RegExp(`\\.${esc(method)}\\s*\\.\\s*(?:call|apply)\\s*\\(`).exec(site.src);
    if (call) {
      const args = argsAt(site.src, call.index + call[0].length - 1);
      const v = args.length ? valueOf(site, args[0]) : { type: 'undefined', shown: 'undefined' };
      return v && v.shown;
    }
    const dot = new RegExp(`\\.\\s*${esc(method)}\\s*\\(`).exec(site.src);
    const chain = dot && chainBefore(site.src, dot.index);
    if (!chain) return undefined;
    const v = valueOf(site, site.src.slice(chain[1], dot.index));
    return v && v.shown;
  }
  // The name of the method called at the site.
  function calleeName(site) {
    const paren = callParen(site.src, site.p);
    const chain = paren < 0 ? null : chainBefore(site.src, paren);
    const m = chain && /([\w$]+)$/.exec(chain[0].replace(/\.(call|apply)$/, ''));
    return m ? m[1] : undefined;
  }
  PATTERNS.unshift([/^method `(.+)` called on incompatible receiver$/, (err, site, m) => {
    const r = receiverOf(site, m.split('.').pop());
    return `Method ${m} called on incompatible receiver ${r === undefined ? '#<Object>' : r}`;
  }]);
  // Date's getters (V8's CSA builtins) say "this is not a Date object."; its other methods name the receiver.
  EXACT.set("'this' is not a Date", (err, site) => {
    if (!site) return undefined;
    const named = /\bDate\.prototype\.([\w$]+)/.exec(site.src);
    const m = named ? named[1] : calleeName(site);
    if (!m) return undefined;
    if (/^(get(?!Year$)\w+|valueOf)$/.test(m)) return 'this is not a Date object.';
    const r = receiverOf(site, m);
    return r === undefined ? undefined : `Method Date.prototype.${m} called on incompatible receiver ${r}`;
  });
  EXACT.set("'this' is not a Symbol", (err, site) => {
    if (!site) return undefined;
    const named = /\bSymbol\.prototype\.([\w$]+)/.exec(site.src);
    const m = named ? named[1] : calleeName(site);
    return m ? `Symbol.prototype.${m} requires that 'this' be a Symbol` : undefined;
  });
  // An array method deleting an element of a frozen array (`pop`, `splice`).
  PATTERNS.unshift([/^cannot delete non-configurable property: (.*)$/, (err, site, k) => {
    const m = site && /\.\s*(pop|shift|splice|copyWithin|fill|reverse|sort)\s*\(/.exec(site.src);
    if (!m) return undefined;
    const r = receiverOf(site, m[1]);
    internal.builtinFrame(err, `Array.${m[1]}`);
    return `Cannot delete property '${k}' of ${r === undefined ? '[object Array]' : r}`;
  }]);
  // `delete o.k` of a non-configurable property.
  EXACT.set('Cannot delete property', (err, site) => {
    const m = site && /\bdelete\s+([^;]*?)(?:\.\s*([\w$]+)|\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\])\s*(?:[;)}]|$)/.exec(site.src);
    if (!m) return undefined;
    const k = m[2] || m[3] || m[4] || m[5];
    // A built-in constructor shows as its source (`delete Object.prototype`).
    const ctor = /^\s*([A-Z][\w$]*)\s*$/.exec(m[1]);
    if (ctor && typeof globalThis[ctor[1]] === 'function') return `Cannot delete property '${k}' of function ${ctor[1]}() { [native code] }`;
    const v = valueOf(site, m[1]);
    return `Cannot delete property '${k}' of ${v ? v.shown : '#<Object>'}`;
  });
  EXACT.set('target must be a constructor', (err, site) => {
    const call = site && callArgs(site, '\\bReflect\\.construct');
    if (!call) return undefined;
    for (const i of [0, 2]) {
      if (call.args[i] === undefined) continue;
      const v = valueOf(site, call.args[i]);
      if (!v) return undefined;
      if (v.type !== 'function' || v.arrow || v.native) return `${v.shown} is not a constructor`;
    }
    return undefined;
  });
  // `x instanceof F` where F.prototype is not an object: an arrow or method (no prototype), or a literal
  // assigned to `F.prototype`.
  EXACT.set('function has non-object prototype in instanceof check', (err, site) => {
    const m = site && /\binstanceof\s+/.exec(site.src);
    if (!m) return undefined;
    const rhs = site.src.slice(m.index + m[0].length, exprEnd(site.src, m.index + m[0].length));
    const v = valueOf(site, rhs);
    if (!v) return undefined;
    let proto = v.arrow || v.native ? 'undefined' : undefined;
    if (proto === undefined && /^[A-Za-z_$][\w$]*$/.test(rhs.trim())) {
      const text = host.sourceText(site.file);
      const set = typeof text === 'string' && new RegExp(`\\b${esc(rhs.trim())}\\.prototype\\s*=\\s*([^;\\n]+)`).exec(text);
      const pv = set && valueOf(site, set[1]);
      if (pv) proto = pv.shown;
    }
    return proto === undefined ? undefined : `Function has non-object prototype '${proto}' in instanceof check`;
  });

  // ---- Proxies ----
  // A revoked proxy: V8 names the trap the operation needed.
  EXACT.set('Proxy object has empty handler and target', (err, site) => {
    if (!site) return undefined;
    const src = site.src;
    const traps = [
      [/\bObject\.(keys|entries|values|getOwnPropertyNames|getOwnPropertySymbols)\s*\(|\bReflect\.ownKeys\s*\(/, 'ownKeys'],
      [/\b(?:Object|Reflect)\.(getPrototypeOf|setPrototypeOf|isExtensible|preventExtensions|getOwnPropertyDescriptor|defineProperty)\s*\(/, null],
      [/\bReflect\.(has|deleteProperty|get|set)\s*\(/, null],
      [/\bdelete\s/, 'deleteProperty'],
      [/\S\s+in\s+[\w$]/, 'has'],
      [/(\.\s*[\w$]+|\])\s*=(?![=>])/, 'set'],
    ];
    for (const [re, trap] of traps) {
      const m = re.exec(src);
      if (m) return `Cannot perform '${trap || m[1]}' on a proxy that has been revoked`;
    }
    return "Cannot perform 'get' on a proxy that has been revoked";
  });

  // ---- Strict assignments that fail ----
  // A failed assignment in strict code (Boa: "cannot set non-writable property: k" whatever the reason). V8
  // says why, which the source shows often enough: a proxy's `set` trap that returned false, a primitive base,
  // a getter without a setter, a base bound to a sealed / frozen / non-extensible literal that lacks the key,
  // an array.
  // The operator of a compound assignment before its `=`, as regex source.
  const COMPOUND = '(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)';
  function readOnly(err, site, k) {
    // A push/unshift onto a frozen array adds an element.
    const add = site && /\.(push|unshift)\s*\(/.exec(site.src);
    if (add) {
      internal.builtinFrame(err, `Array.${add[1]}`);
      return `Cannot add property ${k}, object is not extensible`;
    }
    // Other array methods that write elements of a frozen array (`shift`, `reverse`, `fill`, ...).
    const write = site && /\.\s*(shift|splice|reverse|sort|fill|copyWithin)\s*\(/.exec(site.src);
    if (write) {
      const r = receiverOf(site, write[1]);
      internal.builtinFrame(err, `Array.${write[1]}`);
      return `Cannot assign to read only property '${k}' of object '${r === undefined ? '[object Array]' : r}'`;
    }
    const key = k.replace(/[^\w$]/g, '\\$&');
    // V8 points at the assignment's `=`.
    // (An update or compound assignment: at its operator.)
    const eq = site && new RegExp(`(\\.\\s*${key}|\\[[^\\]]*\\])\\s*(${COMPOUND}?=(?![=>])|\\+\\+|--)`).exec(site.src.slice(site.p));
    if (eq) moveTo(err, site, site.p + eq.index + eq[0].length - eq[2].length);
    const readOnlyOf = (what) => `Cannot assign to read only property '${k}' of ${what}`;
    if (!site) return readOnlyOf("object '#<Object>'");
    const target = new RegExp(`(\\(\\s*-?\\d+(?:\\.\\d+)?\\s*\\)|'[^']*'|"[^"]*"|[\\w$.]+)\\s*(?:\\.\\s*${key}|\\[[^\\]]*\\])\\s*(?:${COMPOUND}?=(?![=>])|\\+\\+|--)`).exec(site.src.slice(site.p));
    const base = target ? target[1] : '';
    // A string's `length` and indexes are read only; any other key cannot be created on a primitive.
    if (/^['"]/.test(base)) {
      const str = base.slice(1, -1);
      return k === 'length' || (/^\d+$/.test(k) && Number(k) < str.length) ? readOnlyOf(`string '${str}'`) : `Cannot create property '${k}' on string '${str}'`;
    }
    if (/^\(/.test(base)) return `Cannot create property '${k}' on number '${base.replace(/[()\s]/g, '')}'`;
    const bound = /^[A-Za-z_$][\w$]*$/.test(base) ? valueOf(site, base) : undefined;
    // A name bound to a primitive (`const s = 'str'; s.len = 3`).
    if (bound && bound.type === 'string') {
      return k === 'length' || (/^\d+$/.test(k) && Number(k) < bound.shown.length) ? readOnlyOf(`string '${bound.shown}'`) : `Cannot create property '${k}' on string '${bound.shown}'`;
    }
    if (bound && (bound.type === 'number' || bound.type === 'boolean' || bound.type === 'bigint')) {
      return `Cannot create property '${k}' on ${bound.type} '${bound.shown}'`;
    }
    if (bound && bound.proxy && /\bset\s*[(:]/.test(bound.text)) return `'set' on proxy: trap returned falsish for property '${k}'`;
    if (new RegExp(`Object\\.(seal|preventExtensions)\\([^=]*\\)\\s*\\.\\s*${key}\\s*=(?![=>])`).test(site.src)) {
      return `Cannot add property ${k}, object is not extensible`;
    }
    const text = host.sourceText(site.file);
    if (typeof text !== 'string') return readOnlyOf("object '#<Object>'");
    // A getter and no setter of that name: in a class (its name), else an object literal.
    if (new RegExp(`\\bget\\s+${key}\\s*\\(`).test(text) && !new RegExp(`\\bset\\s+${key}\\s*\\(`).test(text)) {
      const s = internal.scanSource(site.file);
      const at = text.search(new RegExp(`\\bget\\s+${key}\\s*\\(`));
      const cls = s && s.classes.find((c) => c.start <= at && at < c.end && c.name);
      return `Cannot set property ${k} of #<${cls ? cls.name : 'Object'}> which has only a getter`;
    }
    // A getter defined with Object.defineProperty(o, 'k', { get() {...} }) (or `get: () => ...`) and no setter.
    const defined = new RegExp(`\\bdefineProperty\\s*\\([^,]*,\\s*(['"\`])${key}\\1\\s*,\\s*\\{`).exec(text);
    if (defined) {
      const desc = text.slice(defined.index + defined[0].length, defined.index + defined[0].length + 400).split(/\}\s*\)/)[0];
      if (/\bget\s*[(:]/.test(desc) && !/\bset\s*[(:]/.test(desc)) {
        return `Cannot set property ${k} of #<Object> which has only a getter`;
      }
    }
    // A frozen class instance (`Object.freeze(this)` in its constructor, or `x = Object.freeze(new C())`): a
    // key the class never sets cannot be added; one it sets is read only, of `#<C>`.
    // (The class that freezes may be a parent: `class Sub extends Frozen`, whose `super()` froze `this`.)
    const scan = internal.scanSource(site.file);
    const FREEZES = /\bObject\.(?:freeze|seal|preventExtensions)\(\s*this\s*\)/;
    const lineage = (cls) => {
      const out = [];
      for (let c = cls; c && out.length < 10;) {
        out.push(c);
        const ext = /^class\s+[\w$]*\s*extends\s+([A-Za-z_$][\w$]*)/.exec(text.slice(c.start, c.body));
        c = ext && scan.classes.find((x) => x.name === ext[1]);
      }
      return out;
    };
    // (`outside`: the instance was frozen after it was made: all its constructors ran.)
    const ofClass = (cls, outside = false) => {
      const chain = lineage(cls);
      const k2 = outside ? 0 : chain.findIndex((c) => FREEZES.test(text.slice(c.start, c.end)));
      if (k2 < 0) return undefined;
      // Fields of the classes up to the one that freezes, and what its own constructor (and its parents')
      // set before it froze the instance.
      const sets = chain.slice(k2).some((c) => {
        const body = text.slice(c.start, c.end);
        const ctor = /\bconstructor\s*\(/.exec(body);
        const frozenAt = outside ? -1 : body.search(FREEZES);
        const early = ctor ? body.slice(ctor.index, frozenAt > ctor.index ? frozenAt : body.length) : '';
        return new RegExp(`\\bthis\\.${key}\\s*${COMPOUND}?=(?!=)`).test(early);
      }) || chain.some((c) => new RegExp(`^\\s*${key}\\s*[=;]`, 'm').test(text.slice(c.body, c.end)));
      return sets ? readOnlyOf(`object '#<${cls.name || 'Object'}>'`) : `Cannot add property ${k}, object is not extensible`;
    };
    if (base === 'this' && scan) {
      const lines = text.split('\n');
      let at = site.p;
      for (let l = 0; l < site.at - 1 && l < lines.length; l++) at += lines[l].length + 1;
      const cls = scan.classes.filter((c) => c.start <= at && at < c.end).sort((a, b) => b.start - a.start)[0];
      const said = cls && ofClass(cls);
      if (said) return said;
    }
    const name = /^[A-Za-z_$][\w$]*$/.test(base) ? base.replace(/\$/g, '\\$') : null;
    if (!name) return readOnlyOf("object '#<Object>'");
    const inst = new RegExp(`\\b${name}\\s*=\\s*(?:Object\\.(?:freeze|seal|preventExtensions)\\(\\s*)?new\\s+([A-Za-z_$][\\w$]*)`).exec(text);
    const instCls = inst && scan && scan.classes.find((c) => c.name === inst[1]);
    const saidOf = instCls && ofClass(instCls, inst[0].includes('Object.'));
    if (saidOf) return saidOf;
    // How the base was made: `name = Object.freeze({...})`, `= [...]`, `= {...}`, and later `Object.seal(name)`.
    const made = new RegExp(`\\b${name}\\s*=\\s*(?:Object\\.(freeze|seal|preventExtensions)\\(\\s*)?([[{])([^]*?)[\\]}]`).exec(text);
    const later = new RegExp(`Object\\.(freeze|seal|preventExtensions)\\(\\s*${name}\\s*\\)`).exec(text);
    const how = (made && made[1]) || (later && later[1]);
    const isArray = made && made[2] === '[';
    // A frozen array literal: an index past its elements is added, not assigned.
    if (isArray) {
      const length = made[3].trim() === '' ? 0 : splitTop(made[3]).length;
      return how && /^\d+$/.test(k) && Number(k) >= length ? `Cannot add property ${k}, object is not extensible` : readOnlyOf("object '[object Array]'");
    }
    if (how && made && !new RegExp(`(^|[{,\\s])['"]?${key}['"]?\\s*[:,}(]|(^|[{,\\s])${key}\\s*$`).test(made[3])) {
      return `Cannot add property ${k}, object is not extensible`;
    }
    if (how === 'seal' || how === 'preventExtensions') return `Cannot add property ${k}, object is not extensible`;
    return readOnlyOf("object '#<Object>'");
  }
  PATTERNS.push([/^cannot set non-writable property: (.*)$/, (err, site, k) => readOnly(err, site, k)]);
  PATTERNS.push([/^cannot redefine property: (.*)$/, (err, site, k) => {
    if (site && /\bObject\.freeze\s*\(\s*new\s+\w+Array\b/.test(site.src)) {
      internal.builtinFrame(err, 'Function.freeze');
      return 'Cannot freeze array buffer views with elements';
    }
    internal.builtinFrame(err, 'Function.defineProperty');
    // A new key on an object frozen, sealed or made non-extensible (in the call or where its name was bound).
    const d = site && /\bObject\.defineProperty\s*\(\s*(?:Object\.(freeze|seal|preventExtensions)\s*\(|([A-Za-z_$][\w$]*)\s*,)/.exec(site.src);
    if (d && d[1]) return `Cannot define property ${k}, object is not extensible`;
    const text = d && d[2] ? host.sourceText(site.file) : undefined;
    if (typeof text === 'string') {
      const name = d[2].replace(/\$/g, '\\$');
      const key = k.replace(/[^\w$]/g, '\\$&');
      const made = new RegExp(`\\b${name}\\s*=\\s*Object\\.(?:freeze|seal|preventExtensions)\\(\\s*\\{([^]*?)\\}`).exec(text);
      const later = new RegExp(`Object\\.(?:freeze|seal|preventExtensions)\\(\\s*${name}\\s*\\)`).test(text);
      const literal = made ? made[1] : (new RegExp(`\\b${name}\\s*=\\s*\\{([^]*?)\\}`).exec(text) || [])[1];
      if ((made || later) && literal !== undefined && !new RegExp(`(^|[{,\\s])['"]?${key}['"]?\\s*[:,}(]|(^|[{,\\s])${key}\\s*$`).test(literal)) {
        return `Cannot define property ${k}, object is not extensible`;
      }
    }
    return `Cannot redefine property: ${k}`;
  }]);

  // v8_messages_syntax.js (RegExp, eval and new Function) reads values and calls with these.
  internal.v8Source = { valueOf, callArgs, argsAt, bindingOf, closeOf, exprEnd, nearOf };
})
