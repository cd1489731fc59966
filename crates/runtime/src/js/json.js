//! V8's JSON.parse error messages (Boa's differ): on a parse failure the text is re-scanned by a small JSON
//! validator that reports the first error the way V8 11 (node 20) words it, with its position and context.
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
    if (text === 'undefined' || text === 'NaN' || text === 'Infinity' || text === '-Infinity') return `"${text}" is not valid JSON`;
    let i = 0;
    const n = text.length;
    const ws = () => { while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++; };
    const fail = (msg) => { throw { msg }; };
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
          if (i >= n) fail(at('Unterminated string'));
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
        if (text[i] !== ':') fail(at("Expected ':' after property name"));
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
      if (e && typeof e.msg === 'string') return e.msg;
      throw e;
    }
    return null;
  }
  internal.v8JsonMessage = v8Message;
  const parse = JSON.parse;
  const patched = {
    parse(text, reviver) {
      try {
        return parse(text, reviver);
      } catch (e) {
        if (e instanceof SyntaxError) {
          const m = v8Message(String(text));
          if (m !== null) e.message = m;
        }
        throw e;
      }
    },
  }.parse;
  Object.defineProperty(JSON, 'parse', { value: patched, writable: true, configurable: true, enumerable: false });
})
