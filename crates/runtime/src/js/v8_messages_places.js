//! Where V8 places engine errors Boa keeps no position for, and their wording that depends on it: a BigInt mixed
//! with a number (at the operator), `in` on a primitive (the key and value the source binds), a stack overflow
//! (the recursing function's first statement, or the property an accessor reads or sets on itself), `this`
//! before `super()`, a BigInt divided by zero or raised to a negative power (at the operator), a symbol converted to a
//! string or number by an operator or template (at the operator, or at the value). Adds rules to
//! v8_messages.js's tables; kept out of call-span instrumentation, like it.
(function (internal) {
  'use strict';
  const { EXACT, PATTERNS, moveTo, moveToRegion, region, maskedArea, sites } = internal.v8Rules;

  // `big + 1`: V8 places the error at the operator. Boa keeps no position for it (the call around it, or the
  // function's start): the first arithmetic operator from there with a BigInt operand the source shows, else
  // the first one.
  const ARITH = /(?:^|[^+\-*/%<>=!&|^?:,(\[{;\s])\s*(\*\*|[+\-*/%&|^]|<<|>>>?)(?![=+\-*/])/g;
  // What an operand's text shows of its type: 'bigint', 'other' (a number or string) or undefined.
  function operandType(site, text) {
    const t = text.trim();
    if (/^-?\d+n$|^BigInt\s*\(/.test(t)) return 'bigint';
    if (/^-?(\d|\.\d)|^['"`]/.test(t)) return 'other';
    const src = internal.v8Source;
    if (!src || !/^[A-Za-z_$][\w$]*$/.test(t)) return undefined;
    const v = src.valueOf(site, t);
    if (v) return v.type === 'bigint' ? 'bigint' : v.type === 'number' || v.type === 'string' ? 'other' : undefined;
    const b = src.bindingOf(site.file, t);
    return typeof b === 'string' && /^BigInt\s*\(/.test(b) ? 'bigint' : undefined;
  }
  function mixedBigInt(err, site) {
    if (!site) return undefined;
    const { from, r, text } = maskedArea(err, site, site.vague ? 60 : 0);
    const plain = text.replace(/(['"`])(?:(?!\1)[^\\\n]|\\.)*\1|\/\/[^\n]*/g, (m) => ' '.repeat(m.length));
    // The first operator mixing a BigInt with a number the source shows; else the first with a BigInt
    // operand; else the first.
    let best = -1;
    let rank = 0;
    for (const m of plain.matchAll(ARITH)) {
      const at = m.index + m[0].length - m[1].length;
      const left = /[\w$.]+\s*$/.exec(plain.slice(0, at));
      const right = /^\s*[\w$.'"`]+/.exec(plain.slice(at + m[1].length));
      const types = [left && operandType(from, left[0]), right && operandType(from, right[0])];
      const r2 = types.includes('bigint') ? (types.includes('other') ? 3 : 2) : 1;
      if (r2 > rank) { best = at; rank = r2; }
      if (rank === 3) break;
    }
    if (best >= 0) moveToRegion(err, from, r, best);
    return 'Cannot mix BigInt and other types, use explicit conversions';
  }
  // The depth check at a function's entry (engine/calls.rs) throws at its body's `{`: V8's frame is at the
  // body's first statement.
  function stackOverflow(err, site) {
    if (!site) return undefined;
    const brace = site.src[site.p] === '{' ? site.p : site.src[site.p - 1] === '{' ? site.p - 1 : -1;
    if (brace < 0) {
      // An arrow's expression body (`n => n * fact(n - 1)`): V8 places it as that expression, at a binary
      // operator's operator.
      if (!/=>\s*$/.test(site.src.slice(0, site.p))) return undefined;
      const op = /^[\w$.]+\s*([-+*/%]|\*\*)(?!=)/.exec(site.src.slice(site.p));
      if (op) moveTo(err, site, site.p + op[0].length - op[1].length);
      return undefined;
    }
    const from = { ...site, p: brace + 1 };
    const r = region(from, 20);
    // An accessor that reads or sets its own property recurses there: V8 places it at the name read, or at
    // the `=` of the assignment.
    const accessor = /\b(get|set)\s+([\w$]+)\s*\([^()]*\)\s*$/.exec(site.src.slice(0, brace));
    const own = accessor && new RegExp(`\\bthis\\s*\\.\\s*(${accessor[2].replace(/\$/g, '\\$')})(?![\\w$])(\\s*=(?!=))?`).exec(r.text);
    if (own) {
      const name = own.index + own[0].indexOf(own[1], own[0].indexOf('.'));
      moveToRegion(err, from, r, accessor[1] === 'set' && own[2] ? own.index + own[0].length - 1 : name);
      return undefined;
    }
    // A directive does not count; a declaration's place is its initializer.
    const lead = /^(?:\s|\/\/[^\n]*|\/\*[^]*?\*\/|(['"])use strict\1;?)*(?:(?:const|let|var)\s+[\w$]+\s*=\s*)?/.exec(r.text)[0].length;
    if (lead < r.text.length && r.text[lead] !== '}') {
      // The first operation needing a frame of its own when it is not a global's read: `new` (at `new`), a
      // property of a parameter or local (`arr.length`, `o.g(o)`, `this.items`: at the property).
      const head = /^(?:return\s+|if\s*\(\s*|while\s*\(\s*|throw\s+)?/.exec(r.text.slice(lead))[0].length;
      const e = r.text.slice(lead + head);
      const member = /^(this|[A-Za-z_$][\w$]*)\s*\.\s*[A-Za-z_$]/.exec(e);
      let at = lead;
      if (/^new\s/.test(e)) at = lead + head;
      else if (member && (member[1] === 'this' || !(member[1] in globalThis))) at = lead + head + member[0].length - 1;
      moveToRegion(err, from, r, at);
    }
    return undefined;
  }
  // `a / 0n`, `a % 0n`, `a ** -1n`: V8 places the RangeError at the operator; Boa at the call or statement
  // around it (the module's start at top level). The first such operator from there (a zero divisor, a negative
  // exponent the source shows first).
  function bigintRange(op, message) {
    return (err, site) => {
      if (!site) return undefined;
      // (In an ES module Boa may keep the position of the last call before it, a line or more above.)
      const { from, r, text } = maskedArea(err, site, site.vague ? 60 : 5);
      const plain = text.replace(/(['"`])(?:(?!\1)[^\\\n]|\\.)*\1|\/\/[^\n]*|\/\*[^]*?\*\//g, (m) => ' '.repeat(m.length));
      let first = -1;
      for (const m of plain.matchAll(ARITH)) {
        if (!op.test(m[1])) continue;
        const at = m.index + m[0].length - m[1].length;
        if (first < 0) first = at;
        if (/^\s*(?:0n\b|-\s*\d+n\b)/.test(plain.slice(at + m[1].length))) { first = at; break; }
      }
      if (first >= 0) moveToRegion(err, from, r, first);
      return message;
    };
  }
  // `'Role: ' + sym`, `${sym}`, `s += sym`, `+sym`: V8 places the conversion error at the operator (at the
  // value for a template or a compound assignment); Boa keeps no position (the call around it, or the module's
  // start at top level). The first such place from there whose operand the source shows to be a symbol.
  function symbolConversion(message, toNumber) {
    const isSymbol = (from, expr) => {
      const e = expr.trim();
      if (/^Symbol(?:\.for)?\s*\(|^Symbol\.[A-Za-z]+$/.test(e)) return true;
      const src = internal.v8Source;
      if (!src || !/^[A-Za-z_$][\w$]*$/.test(e)) return false;
      const v = src.valueOf(from, e);
      return !!v && v.type === 'symbol';
    };
    const OPERAND = String.raw`(Symbol(?:\.for)?\s*\([^()]*\)|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)`;
    const places = toNumber ? [
      // Unary plus/minus, then arithmetic with the symbol on either side.
      [new RegExp(String.raw`(?:^|[=(,:?!&|;{}\[\s])([-+])\s*` + OPERAND, 'g'), (m) => [m.index + m[0].search(/[-+]/), m[2]]],
      [new RegExp(OPERAND + String.raw`\s*(\*\*|[-+*/%])(?!=)`, 'g'), (m) => [m.index + m[0].length - m[2].length, m[1]]],
      [new RegExp(String.raw`(\*\*|[-*/%])\s*` + OPERAND, 'g'), (m) => [m.index, m[2]]],
    ] : [
      [new RegExp(String.raw`\$\{\s*` + OPERAND, 'g'), (m) => [m.index + m[0].length - m[1].length, m[1]]],
      [new RegExp(String.raw`\+=\s*` + OPERAND, 'g'), (m) => [m.index + m[0].length - m[1].length, m[1]]],
      [new RegExp(String.raw`(?:^|[^+])\+(?![+=])\s*` + OPERAND, 'g'), (m) => [m.index + m[0].indexOf('+'), m[1]]],
      [new RegExp(OPERAND + String.raw`\s*\+(?![+=])`, 'g'), (m) => [m.index + m[0].length - 1, m[1]]],
    ];
    return (err, site) => {
      if (!site) return message;
      // (From just before Boa's place: an append `s += sym` is placed at its `=`.)
      const back = site.vague ? site : { ...site, p: Math.max(0, site.p - 2) };
      const { from, r, text } = maskedArea(err, back, site.vague ? 60 : 5);
      // String contents and comments blanked; a template's text too, but not its `${...}`.
      const plain = text.replace(/(['"])(?:(?!\1)[^\\\n]|\\.)*\1|\/\/[^\n]*|\/\*[^]*?\*\//g, (m) => ' '.repeat(m.length));
      // The first place whose operand the source shows to be a symbol; else (a parameter, say) the first place.
      let best = -1;
      let first = -1;
      for (const [re, place] of places) {
        for (const m of plain.matchAll(re)) {
          const [at, operand] = place(m);
          if (first < 0 || at < first) first = at;
          if ((best < 0 || at < best) && isSymbol(from, operand)) best = at;
        }
      }
      if (best < 0) best = first;
      if (best >= 0) moveToRegion(err, from, r, best);
      return message;
    };
  }
  EXACT.set("can't convert symbol to string", symbolConversion('Cannot convert a Symbol value to a string', false));
  EXACT.set('argument must not be a symbol', symbolConversion('Cannot convert a Symbol value to a number', true));
  // (An object with no toString / valueOf, `Object.create(null)` most often, converts the same way.)
  EXACT.set('cannot convert object to primitive value', symbolConversion('Cannot convert object to primitive value', false));
  EXACT.set('BigInt division by zero', bigintRange(/^[/%]$/, 'Division by zero'));
  EXACT.set('BigInt negative exponent', bigintRange(/^\*\*$/, 'undefined must be positive'));
  EXACT.set('Maximum call stack size exceeded', stackOverflow);
  EXACT.set('cannot mix BigInt and other types, use explicit conversions', mixedBigInt);
  // `this.x = 1` before super(): V8 places it at `this`, not at the assignment's `=` (where a setter's
  // caller would be).
  // A constructor that returned without super(): Boa's frame for it has no position (`at B (file:?:?)`), so
  // there is no site; V8 places it in the constructor (source_scan.js's ctorReturnPlace), framed `new B`.
  EXACT.set("Must call super constructor in derived class before accessing 'this' or returning from derived constructor", (err, site) => {
    if (!site) {
      const top = internal.userFrames ? internal.userFrames(err)[0] : undefined;
      const m = top && /^ {4}at ([A-Za-z_$][\w$]*) \((.*):\?:\?\)$/.exec(top);
      const place = m && internal.ctorReturnPlace ? internal.ctorReturnPlace(m[2], m[1]) : null;
      if (place) sites.set(err, { file: m[2], line: '?', from: 0, toLine: place[0], to: place[1], frameName: `new ${m[1]}`, header: true });
      return undefined;
    }
    const k = site.src.indexOf('this', site.p);
    if (k >= 0) sites.set(err, { file: site.file, line: site.line, from: site.column, toLine: site.at, to: k + 1 });
    return undefined;
  });
  PATTERNS.unshift(
    [/^right-hand side of 'in' should be an object, got `(\w+)`$/, (err, site, type) => {
      if (!site) return undefined;
      const m = !site.vague && /('([^']*)'|"([^"]*)"|-?\d+|#[\w$]+)\s+in\s+(-?\d+(?:\.\d+)?|true|false|null|undefined|'[^']*'|"[^"]*")/.exec(site.src);
      if (m) {
        const key = m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[1];
        moveTo(err, site, m.index + m[0].search(/\sin\s/) + 1);
        return `Cannot use 'in' operator to search for '${key}' in ${m[4].replace(/^['"]|['"]$/g, '')}`;
      }
      // A name on either side: its value when the source binds it once, searched from Boa's position.
      const { from, r, text } = maskedArea(err, site, site.vague ? 60 : 0);
      const valueOf = internal.v8Source && internal.v8Source.valueOf;
      if (!valueOf) return undefined;
      const re = /('[^']*'|"[^"]*"|-?\d+|[A-Za-z_$][\w$]*)\s+in\s+('[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)/g;
      for (const k of text.matchAll(re)) {
        const key = valueOf(from, k[1]);
        // A name or member whose value the source does not show: the nullish value Boa's message names.
        const rhs = valueOf(from, k[2]) || (/^[A-Za-z_$]/.test(k[2]) && (type === 'undefined' || type === 'object')
          ? { type: type === 'undefined' ? 'undefined' : 'null', shown: type === 'undefined' ? 'undefined' : 'null' } : undefined);
        if (!key || !rhs || (rhs.type !== type && !(rhs.type === 'null' && type === 'object'))) continue;
        if (key.type !== 'string' && key.type !== 'number') continue;
        moveToRegion(err, from, r, k.index + k[0].search(/\sin\s/) + 1);
        return `Cannot use 'in' operator to search for '${key.shown}' in ${rhs.shown}`;
      }
      return undefined;
    }],
  );
})
