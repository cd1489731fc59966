//! V8's frames for code a class body runs itself: a static block or static field initializer is
//! `<static_initializer>`, an instance field initializer `<instance_members_initializer>` under its
//! `new Class` frame. Boa leaves these frames unnamed (or names them after the class), keeps no frame for a
//! base class's constructor while its fields initialize, and places a static block's caller nowhere.
(function (internal) {
  'use strict';
  const host = internal.host;
  const RE_POS = /^( {4}at )(?:(.*?) \()?((?:file:\/\/)?([^()]*?)):(\d+|\?):(\d+|\?)(\)?)$/;
  // A member starts after a `;` or a `}` at the class body's own depth, or on a new line that does not go on
  // from an operator.
  const RE_GOES_ON = /[=+\-*/%&|^<>?:,.(!~]$/;
  // The class whose body directly holds line:column of `file` (in a field initializer or static block, not
  // in a method or a function inside it): { cls, kind: 'block' | 'static' | 'instance', s, text }, or null.
  function memberAt(file, line, column) {
    // Every frame of every stack comes here: the (cached) scan decides first, the text is read only for a
    // frame inside a class body.
    const s = internal.scanSource(file);
    if (!s || !s.classes.length || line < 1 || line > s.starts.length) return null;
    const at = s.starts[line - 1] + column - 1;
    let cls = null;
    for (const c of s.classes) if (c.body < at && at < c.end && (!cls || c.body > cls.body)) cls = c;
    if (!cls || s.fns.some((r) => r[0] > cls.body && r[0] <= at && at < r[1])) return null;
    const text = host.sourceText(file);
    if (typeof text !== 'string') return null;
    const code = internal.maskLiterals(text.slice(cls.body + 1, at));
    let depth = 0;
    let from = 0;
    for (let i = 0; i < code.length; i++) {
      const c = code[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0 && c === '}') from = i + 1;
      } else if (depth === 0 && c === ';') from = i + 1;
      else if (depth === 0 && c === '\n' && !RE_GOES_ON.test(code.slice(from, i).trimEnd()) &&
        /^\s*[\w$#[*]/.test(code.slice(i + 1)) && code.slice(from, i).trim() !== '') from = i + 1;
    }
    const member = code.slice(from).trimStart();
    // A computed key is evaluated by the code defining the class.
    if (/^(static\s+)?\[/.test(member) && !/^(static\s+)?\[[^\]]*\]\s*=/.test(member)) return null;
    const kind = /^static\s*\{/.test(member) ? 'block' : /^static\b/.test(member) ? 'static' : 'instance';
    return { cls, kind, s, text };
  }
  // Where V8 places the call of a class's static initializer in the code defining the class: its `class`
  // keyword (or the `return` before it) for a class expression; for a declaration, the last position the
  // code before it recorded (a call's name, a declaration's value), else the enclosing function's start.
  function staticCallSite(m) {
    const { cls, s, text } = m;
    const before = text.slice(0, cls.start);
    const ret = /\breturn\s*$/.exec(before);
    if (ret) return internal.lineColOf(s, ret.index);
    if (/[=(,:?]\s*$/.test(before) || /\bexport\s+default\s*$/.test(before)) return internal.lineColOf(s, cls.start);
    let own = null;
    for (const r of s.fns) if (r[0] < cls.start && cls.start < r[1] && (!own || r[0] > own[0])) own = r;
    const start = own ? own[0] + 1 : 0;
    const code = internal.maskLiterals(text.slice(start, cls.start));
    const stmt = /(?:^|[;{}])\s*((?:(?:const|let|var)\s+[\w$]+\s*=\s*)?)([^;{}]*?);?\s*$/.exec(code);
    if (stmt && stmt[2].trim()) {
      const at = start + stmt.index + stmt[0].indexOf(stmt[2]) + (stmt[2].length - stmt[2].trimStart().length);
      if (stmt[1]) return internal.lineColOf(s, at);
      const call = /^([\w$]+(?:\s*\.\s*[\w$]+)*)\s*\(/.exec(stmt[2].trimStart());
      if (call) {
        const dot = call[1].lastIndexOf('.');
        const name = dot < 0 ? 0 : dot + 1 + (call[1].slice(dot + 1).length - call[1].slice(dot + 1).trimStart().length);
        return internal.lineColOf(s, at + name);
      }
    }
    return own ? paramsOf(s, text, own[0]) : [1, 1];
  }
  // A function's start as V8 records it: the `(` of its parameters, for a body opening at `open`.
  function paramsOf(s, text, open) {
    let k = open - 1;
    while (k >= 0 && /\s/.test(text[k])) k--;
    if (text[k] === '>' && text[k - 1] === '=') for (k -= 2; k >= 0 && /\s/.test(text[k]); k--);
    if (text[k] !== ')') return null;
    for (let depth = 0; k >= 0; k--) {
      if (text[k] === ')') depth++;
      else if (text[k] === '(' && --depth === 0) return internal.lineColOf(s, k);
    }
    return null;
  }
  // Rewrites the mapped frames `out` in place.
  internal.classInitializerFrames = function classInitializerFrames(out) {
    for (let i = 0; i < out.length; i++) {
      const f = RE_POS.exec(out[i]);
      if (!f || f[4].startsWith('node:')) continue;
      const m = memberAt(f[4], +f[5], +f[6]);
      if (!m) continue;
      const where = `${f[3]}:${f[5]}:${f[6]}`;
      const callee = out[i + 1] && RE_POS.exec(out[i + 1]);
      const offsetOf = (p) => m.s.starts[+p[5] - 1] + (+p[6]) - 1;
      if (m.kind === 'instance' && m.cls.name && offsetOf(f) === m.cls.body + 1) {
        // The constructor instrument/class_fields.rs gave a class that had none (it runs the class's deferred
        // field initializers): V8's implicit constructor, placed at the class.
        const [l, c] = internal.lineColOf(m.s, m.cls.start);
        out[i] = `    at new ${m.cls.name} (${f[3]}:${l}:${c})`;
        continue;
      }
      if (m.kind === 'instance') {
        out[i] = `    at <instance_members_initializer> (${where})`;
        const name = m.cls.name;
        // A deferred initializer (class_fields.rs) run by the class's own constructor: V8 places that frame at
        // the constructor's parameters, or at the `super(...)` that defined the fields of a derived class.
        const ctor = name && m.s.ctors.find((c) => c.start > m.cls.body && c.end <= m.cls.end && c.cls === name);
        const at = ctor && callee && callee[4] === f[4] && /^\d+$/.test(callee[5]) ? offsetOf(callee) : -1;
        if (ctor && ctor.start < at && at < ctor.end) {
          const derived = /\bextends\b/.test(m.text.slice(m.cls.start, m.cls.body));
          const sup = derived ? m.text.lastIndexOf('super', at) : -1;
          const pos = derived ? (sup > ctor.start ? sup : -1) : m.text.indexOf('(', ctor.keyword);
          if (pos >= 0) {
            const [l, c] = internal.lineColOf(m.s, pos);
            out[i + 1] = `    at new ${name} (${f[3]}:${l}:${c})`;
            i++;
            continue;
          }
        }
        if (!name || (callee && callee[2] === `new ${name}`)) continue;
        // (The next frame is the constructor class_fields.rs added: it becomes this `new` frame itself.)
        if (callee && callee[4] === f[4] && /^\d+$/.test(callee[5]) && offsetOf(callee) === m.cls.body + 1) continue;
        // A base class's constructor: at its parameter list, or at the `class` keyword when implicit.
        const paren = ctor ? m.text.indexOf('(', ctor.keyword) : -1;
        const [l, c] = internal.lineColOf(m.s, paren >= 0 ? paren : m.cls.start);
        out.splice(i + 1, 0, `    at new ${name} (${f[3]}:${l}:${c})`);
        i++;
        continue;
      }
      out[i] = `    at <static_initializer> (${where})`;
      if (callee && callee[4] === f[4]) {
        const site = staticCallSite(m);
        if (site) out[i + 1] = `${callee[1]}${callee[2] !== undefined ? `${callee[2]} (` : ''}${callee[3]}:${site[0]}:${site[1]}${callee[7]}`;
      }
    }
  };
})
