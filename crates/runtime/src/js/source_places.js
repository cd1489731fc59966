//! Where V8 places calls the engine makes without a position Boa keeps (split out of source_scan.js, whose scan
//! they read): a for-of loop's or spread's implicit `next()`, a destructuring pattern's getter call, and a
//! derived constructor's return without `super()`. Not instrumented, like source_scan.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  // Where V8 places the implicit `next()` call of a for-of loop (its binding) or a spread (the iterable), for a
  // caller Boa places at the start of its function (`line` 0: a CommonJS module's top level). Only when that
  // function's own code has exactly one such site; else null.
  const RE_ITERATION = /\bfor\s*(?:await\s*)?\(\s*(?:(?:const|let|var)\s+)?([\w$]+|\[[^\]]*\]|\{[^}]*\})\s+of\b|\.\.\.\s*(?=[\w$(\[])/g;
  internal.iterationSite = function iterationSite(file, line, column, generator) {
    const s = internal.scanSource(file);
    const text = host.sourceText(file);
    if (!s || typeof text !== 'string') return null;
    let from = 0;
    let to = text.length;
    let own = null;
    if (line >= 1 && line <= s.starts.length) {
      const at = s.starts[line - 1] + column - 1;
      own = s.fns.find((r) => r[0] === at) || null;
      if (!own) return null;
      [from, to] = own;
    } else if (line !== 0) {
      return null;
    }
    const nested = s.fns.filter((r) => r !== own && r[0] >= from && r[1] <= to);
    const sites = [];
    RE_ITERATION.lastIndex = from;
    for (let m; (m = RE_ITERATION.exec(text)) !== null && m.index < to;) {
      if (nested.some((r) => r[0] <= m.index && m.index < r[1])) continue;
      sites.push([m[1] !== undefined ? m.index + m[0].replace(/\s+of$/, '').length - m[1].length : m.index + m[0].length, m.index + m[0].length]);
    }
    // Several loops and spreads: the one that iterates a call of the generator, if one alone does.
    const calling = generator ? new RegExp(`^(?:[^{};\\n]*?[^\\w\${};\\n])?${generator.replace(/\$/g, '\\$')}\\s*\\(`) : null;
    const picked = sites.length > 1 && calling ? sites.filter(([, after]) => calling.test(text.slice(after, after + 200))) : sites;
    return picked.length === 1 ? internal.lineColOf(s, picked[0][0]) : null;
  };
  // Where V8 places the getter call of a destructuring pattern that reads `key` (`const { key } = o`, at the
  // binding it fills), for a caller Boa places at the start of its function (as iterationSite). Only when that
  // function's own code has exactly one such pattern; else null.
  internal.getterSite = function getterSite(file, line, column, key) {
    const s = internal.scanSource(file);
    const text = host.sourceText(file);
    if (!s || typeof text !== 'string' || !/^[\w$]+$/.test(key)) return null;
    let from = 0;
    let to = text.length;
    let own = null;
    if (line >= 1 && line <= s.starts.length) {
      const at = s.starts[line - 1] + column - 1;
      own = s.fns.find((r) => r[0] === at) || null;
      if (!own) return null;
      [from, to] = own;
    } else if (line !== 0) {
      return null;
    }
    const nested = s.fns.filter((r) => r !== own && r[0] >= from && r[1] <= to);
    const code = internal.maskLiterals(text.slice(from, to));
    const sites = [];
    const k = key.replace(/\$/g, '\\$');
    const re = new RegExp(`\\{([^{}]*)\\}\\s*=(?![=>])`, 'g');
    for (let m; (m = re.exec(code)) !== null;) {
      const start = from + m.index;
      if (nested.some((r) => r[0] <= start && start < r[1])) continue;
      const prop = new RegExp(`(^|,)\\s*(${k})\\s*(?::\\s*([\\w$]+))?\\s*(?=[,=]|$)`).exec(m[1]);
      if (!prop) continue;
      const name = prop.index + prop[0].indexOf(prop[2], prop[1].length);
      const target = prop[3] ? prop.index + prop[0].lastIndexOf(prop[3]) : name;
      sites.push(start + 1 + target);
    }
    return sites.length === 1 ? internal.lineColOf(s, sites[0]) : null;
  };

  // Where V8 places a derived constructor's return without `super()` (class `name` in `file`): the position it
  // recorded last, taken from the body's last statement (a member call at its method's name, an initializer at
  // its start, a postfix update at its operator, anything else at its start), or the `(` after `constructor`
  // for an empty body. [line, column], or null.
  internal.ctorReturnPlace = function ctorReturnPlace(file, name) {
    const s = internal.scanSource(file);
    const text = host.sourceText(file);
    if (!s || typeof text !== 'string') return null;
    const c = s.ctors.find((k) => k.cls === name && k.end > k.start);
    if (!c) return null;
    const body = internal.maskLiterals(text.slice(c.start + 1, c.end - 1));
    // The last statement: after the last `;`, block end or line break at depth 0 that leaves code.
    let depth = 0;
    let from = 0;
    let last = null;
    for (let i = 0; i <= body.length; i++) {
      const ch = body[i];
      const end = i === body.length || (depth === 0 && (ch === ';' || ch === '\n')) || (ch === '}' && depth === 1);
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') depth--;
      if (!end) continue;
      const stop = ch === '}' ? i + 1 : i;
      if (body.slice(from, stop).trim() !== '') last = [from, stop];
      from = i + 1;
    }
    if (last === null) {
      const open = text.indexOf('(', c.keyword);
      return open >= 0 ? internal.lineColOf(s, open) : null;
    }
    const lead = body.slice(last[0]).search(/\S/);
    const at = last[0] + lead;
    const stmt = body.slice(at, last[1]);
    let k = 0;
    const init = /^(?:const|let|var)\s+[\w$]+\s*=\s*/.exec(stmt);
    const call = /^[\w$]+(?:\s*\.\s*[\w$]+)*\s*\.\s*([\w$]+)\s*\(/.exec(stmt);
    const update = /^[\w$.]+\s*(\+\+|--)/.exec(stmt);
    if (init) k = init[0].length;
    else if (call) k = call[0].lastIndexOf(call[1]);
    else if (update) k = update[0].length - 2;
    return internal.lineColOf(s, c.start + 1 + at + k);
  };
})
