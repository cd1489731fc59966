//! RegExp's legacy static properties (`RegExp.$1`, `lastMatch`, `leftContext`...), which V8 keeps and Boa
//! lacks. Tracking every match costs each regular expression call, so they are installed only when a
//! scenario's source mentions them (checked once, before the entry runs).
(function (internal) {
  'use strict';
  const host = internal.host;
  const USES = /\bRegExp\s*(?:\.\s*(?:\$[1-9_&+`']|lastMatch|lastParen|leftContext|rightContext|input)(?![\w$])|\[\s*['"]\$)/;

  function install() {
    const exec = RegExp.prototype.exec;
    // The last successful match: its input and result (V8 updates them on every successful exec).
    let input = '';
    let last = null;
    // (regexp_split.js still splits in linear time through this one.)
    internal.regexpLegacyExec = { exec(s) {
      const m = exec.call(this, s);
      if (m !== null) { input = String(s); last = m; }
      return m;
    } }.exec;
    Object.defineProperty(RegExp.prototype, 'exec', {
      value: internal.regexpLegacyExec,
      writable: true,
      configurable: true,
      enumerable: false,
    });
    const group = (i) => () => (last !== null && last[i] !== undefined ? String(last[i]) : '');
    const props = {
      lastMatch: () => (last === null ? '' : String(last[0])),
      lastParen: () => (last !== null && last.length > 1 && last[last.length - 1] !== undefined ? String(last[last.length - 1]) : ''),
      leftContext: () => (last === null ? '' : input.slice(0, last.index)),
      rightContext: () => (last === null ? '' : input.slice(last.index + String(last[0]).length)),
    };
    const aliases = { lastMatch: '$&', lastParen: '$+', leftContext: '$`', rightContext: "$'" };
    for (const [name, get] of Object.entries(props)) {
      for (const key of [name, aliases[name]]) {
        Object.defineProperty(RegExp, key, { get: { [`get ${key}`]: get }[`get ${key}`], set: undefined, enumerable: false, configurable: true });
      }
    }
    for (const key of ['input', '$_']) {
      Object.defineProperty(RegExp, key, {
        get() { return input; },
        set(v) { input = String(v); },
        enumerable: false,
        configurable: true,
      });
    }
    for (let i = 1; i <= 9; i++) {
      Object.defineProperty(RegExp, `$${i}`, { get: group(i), set: undefined, enumerable: false, configurable: true });
    }
  }
  let checked = false;
  internal.regexpStatics = function regexpStatics() {
    if (checked) return;
    checked = true;
    const files = host.sourceFiles() || [];
    if (files.some((f) => /\.[cm]?js$/.test(f) && USES.test(host.sourceText(f) || ''))) install();
  };
})
