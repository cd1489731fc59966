//! V8's CallPrinter over source text for its messages (`obj[(k + 1)]`, `[1,2].map`, `(intermediate value)`),
//! and the values the source shows (a literal, the one initializer a name is bound to, a cached module's
//! exports) printed as V8's messages print them: `internal.v8Print` and `internal.v8Source`. Split from
//! v8_messages_more.js (loaded right before it); kept out of call-span instrumentation, like v8_messages.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const esc = (s) => s.replace(/[^\w\s]/g, '\\$&');
  const { chainBefore } = internal.v8Rules;

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
    if (wrap && depth < 4) {
      const v = valueOf(where, argsAt(s, wrap[0].length - 1)[0] || '', depth + 1);
      // (`frozen`: which integrity level the value was given.)
      return v && v.type === 'object' ? { ...v, frozen: wrap[1] } : v;
    }
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
    const req = /^require\s*\(\s*(['"])([^'"]+)\1\s*\)$/.exec(s);
    if (req) return requiredValue(file, req[2]);
    if (/^[A-Za-z_$][\w$]*$/.test(s) && depth < 4) {
      // `import * as ns from './m.mjs'`: a module namespace object (its exports read only, no others addable).
      const text = host.sourceText(file);
      const ns = typeof text === 'string' && new RegExp(`\\bimport\\s*\\*\\s*as\\s+${esc(s)}\\s+from\\s*(['"])([^'"]+)\\1`).exec(text);
      if (ns) return { type: 'object', shown: '[object Module]', namespace: exportsOf(file, ns[2]) };
      const b = bindingOf(file, s, nearOf(where, true));
      if (b !== undefined) return valueOf(where, b, depth + 1);
    }
    // `o.k` with `o` bound to an object literal that has `k: value` (or `k` shorthand); also along a chain
    // (`o.a.b`) and with a computed key the source gives (`o[k]`, `list[0]`).
    const member = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[^[\]]+\])+$/.test(s)
      ? /^([^]+)(?:\.([A-Za-z_$][\w$]*)|\[([^[\]]+)\])$/.exec(s) : null;
    if (member && depth < 6) {
      let name = member[2];
      if (name === undefined) {
        const k = valueOf(where, member[3], depth + 1);
        name = k && (k.type === 'string' || k.type === 'number') ? k.shown : undefined;
      }
      const base = name === undefined ? undefined : valueOf(where, member[1], depth + 1);
      if (base && base.array && /^\d+$/.test(name)) {
        return Number(name) < base.array.length ? valueOf(where, base.array[Number(name)], depth + 1) : undefined;
      }
      const items = base && base.literal ? splitTop(base.literal.slice(1, -1)) : [];
      for (const item of items) {
        const key = esc(name);
        const kv = new RegExp(`^(?:${key}|'${key}'|"${key}")\\s*(?::\\s*([^]*))?$`).exec(item.trim());
        if (kv) return valueOf(where, kv[1] === undefined ? name : kv[1], depth + 1);
      }
    }
    return undefined;
  }
  internal.v8ValueOf = valueOf;
  // The names a module imported as `spec` from `file` exports, as its source declares them (undefined when
  // its source cannot be read).
  function exportsOf(file, spec) {
    let key;
    try { key = internal.hooks.esmResolve(spec, file).url; } catch { return undefined; }
    const text = host.sourceText(internal.hooks.esmKeyFile ? internal.hooks.esmKeyFile(key) : key);
    if (typeof text !== 'string') return undefined;
    const names = new Set();
    const code = internal.maskLiterals ? internal.maskLiterals(text) : text;
    for (const m of code.matchAll(/\bexport\s+(?:async\s+)?(?:const|let|var|function\s*\*?|class)\s+([\w$]+)/g)) names.add(m[1]);
    for (const m of code.matchAll(/\bexport\s+(?:const|let|var)\s+([\w$]+\s*=[^;]*?,\s*[\w$]+[^;]*)/g)) {
      for (const d of m[1].matchAll(/(?:^|,)\s*([\w$]+)\s*=/g)) names.add(d[1]);
    }
    if (/\bexport\s+default\b/.test(code)) names.add('default');
    for (const m of code.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
      for (const part of m[1].split(',')) {
        const as = /(?:^|\s)as\s+([\w$]+)\s*$/.exec(part.trim());
        const name = as ? as[1] : part.trim();
        if (name) names.add(name);
      }
    }
    return names;
  }
  // What `require(spec)` from `file` gave, if the module is in the cache: a module still loading (a circular
  // require) gave its partial exports, which V8 shows as `[object Object]`.
  function requiredValue(file, spec) {
    try {
      const M = internal.modules.module;
      const resolve = (from, request) => {
        const dir = from.slice(0, from.lastIndexOf('/')) || '/';
        return M._resolveFilename(request, { id: from, filename: from, paths: M._nodeModulePaths(dir) });
      };
      const path = resolve(file, spec);
      const c = M._cache[path];
      if (!c) {
        // Gone from the cache (a module whose load threw is dropped): a cycle back to `file` still gave it
        // the partial exports.
        const text = host.sourceText(path);
        const back = typeof text === 'string' && [...text.matchAll(/\brequire\s*\(\s*(['"])([^'"]+)\1\s*\)/g)]
          .some((r) => { try { return resolve(path, r[2]) === file; } catch { return false; } });
        return back ? { type: 'object', shown: '[object Object]' } : undefined;
      }
      const v = c.exports;
      if (v === null) return { type: 'null', shown: 'null' };
      if (typeof v === 'object') {
        if (!c.loaded) return { type: 'object', shown: '[object Object]' };
        if (Array.isArray(v)) return { type: 'object', shown: '[object Array]' };
        const ctor = Object.getPrototypeOf(v) && Object.getPrototypeOf(v).constructor;
        return { type: 'object', shown: `#<${(typeof ctor === 'function' && ctor.name) || 'Object'}>` };
      }
      if (typeof v === 'function' || typeof v === 'symbol') return undefined;
      return { type: typeof v, shown: String(v) };
    } catch {
      return undefined;
    }
  }

  internal.v8Source = { valueOf, callArgs, argsAt, bindingOf, closeOf, exprEnd, nearOf, splitTop };
})
