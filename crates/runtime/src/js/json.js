//! V8's JSON.parse error messages (Boa's differ): on a parse failure the text is re-scanned by a small JSON
//! validator that reports the first error the way V8 11 (node 20) words it, with its position and context.
//! JSON.stringify's circular-structure error names the cycle's path as V8 does.
(function (internal) {
  'use strict';
  const MAX_CONTEXT = 10;
  function unexpectedToken(text, pos) {
    const ch = text[pos];
    if (text.length < MAX_CONTEXT * 2 + 1) return `Unexpected token '${ch}', "${text}" is not valid JSON`;
    const start = Math.max(0, pos - MAX_CONTEXT);
    const end = Math.min(text.length, pos + MAX_CONTEXT);
    const pre = start > 0 ? '...' : '';
    const post = end < text.length ? '...' : '';
    return `Unexpected token '${ch}', ${pre}"${text.slice(start, end)}"${post} is not valid JSON`;
  }
  function v8Message(text) {
    lastPos = 0;
    if (text === 'undefined' || text === 'NaN' || text === 'Infinity' || text === '[object Object]') {
      // V8 reads `[` as an array's start and stops at the `o`.
      if (text === '[object Object]') lastPos = 1;
      return `"${text}" is not valid JSON`;
    }
    let i = 0;
    const n = text.length;
    const ws = () => { while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++; };
    const fail = (msg) => { throw { msg, pos: Math.min(i, n) }; };
    const at = (what) => `${what} in JSON at position ${i}`;
    const eos = () => fail('Unexpected end of JSON input');
    function string() {
      i++;
      for (;;) {
        if (i >= n) fail(at('Unterminated string'));
        const c = text.charCodeAt(i);
        if (c === 34) { i++; return; }
        if (c < 0x20) fail(at('Bad control character in string literal'));
        if (c === 92) {
          i++;
          // (A backslash that ends the text: V8's scanner reaches the end of the input.)
          if (i >= n) eos();
          const e = text[i];
          if (e === 'u') {
            for (let k = 1; k <= 4; k++) {
              if (!/[0-9a-fA-F]/.test(text[i + k] || '')) { i += k; fail(at('Bad Unicode escape')); }
            }
            i += 5;
            continue;
          }
          if (!'"\\/bfnrt'.includes(e)) fail(at('Bad escaped character'));
        }
        i++;
      }
    }
    function number() {
      if (text[i] === '-') {
        i++;
        if (!/[0-9]/.test(text[i] || '')) fail(at('No number after minus sign'));
      }
      if (text[i] === '0') {
        i++;
        if (/[0-9]/.test(text[i] || '')) fail(at('Unexpected number'));
      }
      else while (/[0-9]/.test(text[i] || '')) i++;
      if (text[i] === '.') {
        i++;
        if (!/[0-9]/.test(text[i] || '')) fail(at('Unterminated fractional number'));
        while (/[0-9]/.test(text[i] || '')) i++;
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        if (!/[0-9]/.test(text[i] || '')) fail(at('Exponent part is missing a number'));
        while (/[0-9]/.test(text[i] || '')) i++;
      }
    }
    function literal(word) {
      for (let k = 0; k < word.length; k++, i++) {
        if (i >= n) eos();
        if (text[i] !== word[k]) fail(unexpectedToken(text, i));
      }
    }
    function value() {
      ws();
      if (i >= n) eos();
      const c = text[i];
      if (c === '{') return object();
      if (c === '[') return array();
      if (c === '"') return string();
      if (c === '-' || (c >= '0' && c <= '9')) return number();
      if (c === 't') return literal('true');
      if (c === 'f') return literal('false');
      if (c === 'n') return literal('null');
      fail(unexpectedToken(text, i));
    }
    function object() {
      i++;
      ws();
      if (text[i] === '}') { i++; return; }
      let first = true;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(at(first ? "Expected property name or '}'" : 'Expected double-quoted property name'));
        string();
        ws();
        // (Past the first property V8 reports whatever comes instead of the ':'.)
        if (text[i] !== ':') {
          if (first) fail(at("Expected ':' after property name"));
          if (i >= n) eos();
          if (text[i] === '-' || (text[i] >= '0' && text[i] <= '9')) fail(at('Unexpected number'));
          if (text[i] === '"') fail(at('Unexpected string'));
          fail(unexpectedToken(text, i));
        }
        i++;
        value();
        ws();
        if (text[i] === '}') { i++; return; }
        if (text[i] !== ',') fail(at("Expected ',' or '}' after property value"));
        i++;
        first = false;
      }
    }
    function array() {
      i++;
      ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value();
        ws();
        if (text[i] === ']') { i++; return; }
        if (text[i] !== ',') fail(at("Expected ',' or ']' after array element"));
        i++;
      }
    }
    try {
      value();
      ws();
      if (i < n) fail(`Unexpected non-whitespace character after JSON at position ${i}`);
    } catch (e) {
      if (e && typeof e.msg === 'string') { lastPos = e.pos; return e.msg; }
      throw e;
    }
    return null;
  }
  let lastPos = 0;
  internal.v8JsonMessage = v8Message;
  // Uncaught, node shows the JSON text's line with a caret at the error (none at the end of the text).
  function markText(e, text, pos) {
    if (!Object.isExtensible(e)) return;
    const before = text.slice(0, pos).split('\n');
    const line = before.length;
    const col = before[before.length - 1].length;
    const src = text.split('\n')[line - 1];
    const caret = pos < text.length ? `${internal.caretPad(src, col)}^\n` : '';
    internal.errors.withArrow(e, `<anonymous_script>:${line}\n${src}\n${caret}`);
  }
  const parse = JSON.parse;
  // Valid JSON with a number past a double's range (`1e400`), which Boa's parser refuses: V8 reads it as
  // ±Infinity. Such numbers become marker strings for Boa, turned back before any user reviver sees them.
  const HUGE = '\u0000looplab-huge:';
  function parseHuge(str, revive) {
    const marked = str.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (tok) => {
      if (tok[0] === '"') return tok;
      const n = Number(tok);
      return n === Infinity || n === -Infinity ? JSON.stringify(HUGE + n) : tok;
    });
    return parse(marked, function (key, value) {
      const v = typeof value === 'string' && value.startsWith(HUGE) ? Number(value.slice(HUGE.length)) : value;
      return typeof revive === 'function' ? revive.call(this, key, v) : v;
    });
  }
  // Valid JSON nested deeper than Boa's parser goes (128 levels: a serialized linked list or tree), which V8
  // reads: parsed here, then revived as the spec's InternalizeJSONProperty does.
  const TOKEN = /"(?:[^"\\]|\\.)*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const define = (o, k, v) => Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  // A string token's value; one Boa refuses (a lone surrogate escape) decoded here.
  const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  function jsonString(tok) {
    try {
      return parse(tok);
    } catch {
      return tok.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|.)/g, (m, e) => (e[0] === 'u' && e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : ESCAPES[e]));
    }
  }
  function parseDeep(str, revive) {
    let i = 0;
    const ws = () => { while (i < str.length && ' \t\n\r'.includes(str[i])) i++; };
    function token() {
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(str);
      i = TOKEN.lastIndex;
      return m[0][0] === '"' ? jsonString(m[0]) : m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
    }
    function value() {
      ws();
      const c = str[i];
      if (c !== '{' && c !== '[') return token();
      i++;
      const out = c === '{' ? {} : [];
      ws();
      if (str[i] === (c === '{' ? '}' : ']')) { i++; return out; }
      for (;;) {
        if (c === '{') {
          ws();
          const key = token();
          ws();
          i++; // ':'
          define(out, key, value());
        } else {
          out.push(value());
        }
        ws();
        if (str[i++] !== ',') return out;
      }
    }
    const root = value();
    if (typeof revive !== 'function') return root;
    function internalize(holder, name) {
      const val = holder[name];
      if (val !== null && typeof val === 'object') {
        const keys = Array.isArray(val) ? Array.from({ length: val.length }, (_, k) => String(k)) : Object.keys(val);
        for (const k of keys) {
          const v = internalize(val, k);
          if (v === undefined) delete val[k];
          else define(val, k, v);
        }
      }
      return revive.call(holder, name, val);
    }
    return internalize({ '': root }, '');
  }
  const patched = {
    parse(text, reviver) {
      // node 20 hands a reviver (key, value) only: Boa adds the source-text context argument of a later spec.
      const revive = typeof reviver === 'function' ? function (key, value) { return reviver.call(this, key, value); } : reviver;
      try {
        return parse(text, revive);
      } catch (e) {
        if (e instanceof SyntaxError) {
          const str = String(text);
          if (/number out of range/.test(e.message) && v8Message(str) === null) return parseHuge(str, revive);
          if (/recursion limit exceeded/.test(e.message) && v8Message(str) === null) return parseDeep(str, revive);
          const m = v8Message(str);
          // Anything else V8 reads that Boa refuses (a lone surrogate's `\ud800` escape): parsed here.
          if (m === null) return parseDeep(str, revive);
          if (m !== null) {
            e.message = m;
            markText(e, str, lastPos);
          }
          if (internal.builtinFrame) internal.builtinFrame(e, this === JSON ? 'JSON.parse' : 'parse');
        }
        throw e;
      }
    },
  }.parse;
  Object.defineProperty(JSON, 'parse', { value: patched, writable: true, configurable: true, enumerable: false });

  // V8's "Converting circular structure to JSON" names the path of the cycle; Boa says "cyclic object value".
  // On that error the value is walked again the way JSON.stringify walks it to find the path.
  function ctorName(o) {
    try {
      for (let p = o; p !== null; p = Object.getPrototypeOf(p)) {
        const d = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (d && typeof d.value === 'function' && d.value.name) return d.value.name;
      }
    } catch { /* fall through */ }
    return 'Object';
  }
  function cyclePath(value, replacer) {
    const stack = [];
    const keys = [];
    const filter = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
    const fn = typeof replacer === 'function' ? replacer : null;
    function walk(holder, key, v) {
      if (v !== null && typeof v === 'object' && typeof v.toJSON === 'function') v = v.toJSON(key);
      if (fn) v = fn.call(holder, key, v);
      if (v === null || typeof v !== 'object') return null;
      const at = stack.indexOf(v);
      if (at !== -1) return { at, key };
      stack.push(v);
      const arr = Array.isArray(v);
      const own = arr ? Array.from({ length: v.length }, (_, i) => String(i)) : Object.keys(v);
      for (const k of own) {
        if (!arr && filter && !filter.has(k)) continue;
        keys.push(arr ? `index ${k}` : `property '${k}'`);
        const found = walk(v, k, v[k]);
        if (found) return found;
        keys.pop();
      }
      stack.pop();
      return null;
    }
    const found = walk({ '': value }, '', value);
    if (!found) return null;
    const objs = stack.slice(found.at);
    const path = keys.slice(found.at);
    const lines = [`\n    --> starting at object with constructor '${ctorName(objs[0])}'`];
    const mid = path.slice(0, -1).map((k, i) => `\n    |     ${k} -> object with constructor '${ctorName(objs[i + 1])}'`);
    if (mid.length > 3) lines.push(mid[0], mid[1], '\n    |     ...', mid[mid.length - 1]);
    else lines.push(...mid);
    lines.push(`\n    --- ${path[path.length - 1]} closes the circle`);
    return 'Converting circular structure to JSON' + lines.join('');
  }
  const stringify = JSON.stringify;
  const patchedStringify = {
    stringify(value, replacer, space) {
      try {
        return stringify(value, replacer, space);
      } catch (e) {
        if (e instanceof TypeError && e.message === 'cyclic object value') {
          let m = null;
          try { m = cyclePath(value, replacer); } catch { /* keep Boa's */ }
          if (m !== null) e.message = m;
        } else if (e instanceof TypeError && e.message === 'cannot serialize bigint to JSON') {
          e.message = 'Do not know how to serialize a BigInt';
        }
        if (e instanceof TypeError && internal.builtinFrame) internal.builtinFrame(e, 'JSON.stringify');
        throw e;
      }
    },
  }.stringify;
  Object.defineProperty(JSON, 'stringify', { value: patchedStringify, writable: true, configurable: true, enumerable: false });
})
