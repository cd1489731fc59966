//! Syntax errors in V8's words for code compiled at run time: `new RegExp(pattern, flags)` (regress's reasons
//! mapped to V8's, with the pattern and flags read from the source), `eval(code)` (the code read from the
//! source and parsed again by engine/syntax, as a file is) and `new Function(...)` (a stand-in that parses
//! V8's `(function anonymous(params\n) {\nbody\n})` text, which also gives the function its source text).
//! Uses v8_messages_more.js's readers; kept out of call-span instrumentation, like v8_messages.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const { PATTERNS } = internal.v8Rules;
  const { valueOf, callArgs } = internal.v8Source;

  // ---- RegExp ----
  // regress's reasons for a pattern it cannot compile, in V8's words (some depend on the pattern).
  const REGEXP_REASONS = [
    [/^Unbalanced bracket$/, 'Unterminated character class'],
    [/^Unbalanced parenthesis$/, (p, f) => (atomReason(p, f) === "Unmatched ')'" ? "Unmatched ')'" : 'Unterminated group')],
    [/^Nothing to repeat$/, 'Nothing to repeat'],
    [/^Invalid escape$/, 'Invalid escape'],
    [/^Duplicate capture group name$/, 'Duplicate capture group name'],
    [/^Invalid property name$/, 'Invalid property name'],
    [/^Invalid character class$/, 'Invalid class escape'],
    [/^Invalid atom character$/, (p, f) => atomReason(p, f)],
    [/^Invalid quantifier$/, (p) => (/\{(\d+),(\d+)\}/.test(p) && Number(/\{(\d+),(\d+)\}/.exec(p)[1]) > Number(/\{(\d+),(\d+)\}/.exec(p)[2]) ? 'numbers out of order in {} quantifier' : 'Incomplete quantifier')],
    [/^Invalid braced quantifier$/, 'Nothing to repeat'],
    [/^Quantifier not allowed here$/, 'Invalid quantifier'],
    [/^Invalid token at named capture group identifier$/, 'Invalid capture group name'],
    [/^Incomplete escape$/, '\\ at end of pattern'],
    [/^Range values reversed/, 'Range out of order in character class'],
    [/^Backreference to invalid named capture group/, 'Invalid named capture referenced'],
    [/^Invalid unicode escape$/, 'Invalid Unicode escape'],
    [/^Invalid character escape$/, (p) => (/\\c/.test(p) ? 'Invalid Unicode escape' : 'Invalid escape')],
    [/^Invalid character range$/, 'Invalid character class'],
  ];
  function regexpReason(why, pattern, flags) {
    const found = REGEXP_REASONS.find(([re]) => re.test(why));
    if (!found) return undefined;
    return typeof found[1] === 'string' ? found[1] : found[1](pattern, flags);
  }
  // regress says "Invalid atom character" where V8 tells a quantifier with nothing before it from a `)` that
  // closes nothing (and, with the u flag, a lone `{`/`}`/`]`).
  function atomReason(pattern, flags) {
    let canRepeat = false;
    let open = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') { i++; canRepeat = true; continue; }
      if (c === '[') {
        for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
        canRepeat = true;
        continue;
      }
      if (c === '(') { open++; canRepeat = false; if (pattern[i + 1] === '?') i += pattern[i + 2] === '<' && /[=!]/.test(pattern[i + 3]) ? 3 : 2; continue; }
      if (c === ')') { if (--open < 0) return "Unmatched ')'"; canRepeat = true; continue; }
      if (c === '|') { canRepeat = false; continue; }
      if (c === '*' || c === '+' || c === '?') {
        if (!canRepeat) return 'Nothing to repeat';
        if (pattern[i + 1] === '?') i++;
        canRepeat = false;
        continue;
      }
      if (c === '{') {
        const q = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i));
        if (q) { if (!canRepeat) return 'Nothing to repeat'; i += q[0].length - 1; if (pattern[i + 1] === '?') i++; canRepeat = false; continue; }
        if (/[uv]/.test(flags)) return canRepeat ? 'Incomplete quantifier' : 'Lone quantifier brackets';
      }
      if ((c === '}' || c === ']') && /[uv]/.test(flags)) return 'Lone quantifier brackets';
      canRepeat = c !== '^' && c !== '$';
    }
    return undefined;
  }
  // A regular expression literal's syntax error from engine/syntax (`Invalid regular expression: /p/f: why`,
  // `why` regress's reason) in V8's words.
  internal.v8RegexpSyntax = function regexpSyntax(message) {
    const m = /^Invalid regular expression: \/([^]*)\/([a-z]*): ([^]*)$/.exec(message);
    const reason = m && regexpReason(m[3], m[1], m[2]);
    return reason ? `Invalid regular expression: /${m[1]}/${m[2]}: ${reason}` : message;
  };
  // `new RegExp(p, f)` / `RegExp(p, f)` with the pattern (and flags) given as literals or bound names.
  function regexpArgs(site) {
    const call = site && callArgs(site, '\\bRegExp');
    if (!call || !call.args.length) return undefined;
    const p = valueOf(site, call.args[0]);
    const f = call.args[1] === undefined ? { type: 'string', shown: '' } : valueOf(site, call.args[1]);
    const construct = /\bnew\s+$/.test(site.src.slice(0, call.m.index));
    return p && p.type === 'string' && f && f.type === 'string' ? { pattern: p.shown, flags: f.shown, construct } : undefined;
  }
  PATTERNS.push([/^failed to create matcher: (.*)$/, (err, site, why) => {
    const args = regexpArgs(site);
    if (!args) return undefined;
    internal.builtinFrame(err, args.construct ? 'new RegExp' : 'RegExp');
    const reason = regexpReason(why, args.pattern, args.flags);
    return reason ? `Invalid regular expression: /${args.pattern}/${args.flags}: ${reason}` : undefined;
  }]);
  PATTERNS.push([/^(?:repeated regular expression flag|invalid regular expression flag) /, (err, site) => {
    const args = regexpArgs(site);
    return args ? `Invalid flags supplied to RegExp constructor '${args.flags}'` : undefined;
  }]);

  // `new RegExp(p, f)` with any pattern (one a program builds or reads): a stand-in for the global that
  // gives regress's syntax errors V8's message and `at new RegExp (<anonymous>)` frame. (Regular expression
  // literals and subclasses use the engine's own constructor as before; `RegExp(re)` still returns `re`.)
  const OrigRegExp = RegExp;
  const shownSource = (v) => (v === undefined ? '(?:)' : String(v) || '(?:)');
  const RegExpStandIn = internal.standIn(OrigRegExp, 'RegExp', 2, (args, newTarget) => {
    const [pattern, flags] = args;
    if (newTarget === undefined && flags === undefined && pattern !== null && typeof pattern === 'object' &&
      (pattern[Symbol.match] !== undefined ? !!pattern[Symbol.match] : pattern instanceof OrigRegExp) &&
      pattern.constructor === RegExpStandIn) {
      return pattern;
    }
    try {
      return Reflect.construct(OrigRegExp, args, newTarget === undefined ? OrigRegExp : newTarget);
    } catch (e) {
      if (e instanceof SyntaxError && typeof e.message === 'string') {
        const isRe = pattern instanceof OrigRegExp;
        const source = isRe ? pattern.source : shownSource(pattern);
        const shownFlags = flags === undefined ? (isRe ? pattern.flags : '') : String(flags);
        const why = /^failed to create matcher: (.*)$/.exec(e.message);
        const reason = why && regexpReason(why[1], source, shownFlags);
        if (reason) e.message = `Invalid regular expression: /${source}/${shownFlags}: ${reason}`;
        else if (/^(?:repeated regular expression flag|invalid regular expression flag) /.test(e.message)) {
          e.message = `Invalid flags supplied to RegExp constructor '${shownFlags}'`;
        }
        internal.builtinFrame(e, newTarget === undefined ? 'RegExp' : 'new RegExp');
      }
      throw e;
    }
  });
  Object.defineProperty(globalThis, 'RegExp', { value: RegExpStandIn, writable: true, configurable: true, enumerable: false });

  // ---- Syntax errors of eval / new Function code ----
  // `eval(code)` whose code the source shows: V8's message for it (engine/syntax, as for a file).
  internal.v8EvalSyntax = function evalSyntax(err, site, msg) {
    const call = site && callArgs(site, '(?:^|[^\\w$.])eval');
    let v = call && call.args.length ? valueOf(site, call.args[0]) : undefined;
    // (Else the code the instrumented call handed over: v8_messages_eval.js.)
    if ((!v || v.type !== 'string') && call && internal.evalCode && internal.evalCode() !== null) v = { type: 'string', shown: internal.evalCode() };
    if (!v || v.type !== 'string') return undefined;
    const out = host.syntaxMessage(v.shown, msg, true);
    // Parsed as a function body, eval code may `return`; V8 parses it as a script.
    if (out === undefined) return /^unexpected token 'return'/.test(msg) ? 'Illegal return statement' : undefined;
    scriptArrow(err, v.shown, out);
    return out[0];
  };
  // An uncaught syntax error of eval / new Function code: node's header shows the line of that code.
  function scriptArrow(err, text, [, line, column, length]) {
    const src = text.split('\n')[line - 1];
    if (src === undefined) return;
    const mark = length < 0 ? '' : `${internal.caretPad(src, Math.max(0, column - 1))}${'^'.repeat(length)}\n`;
    internal.errors.withArrow(err, `<anonymous_script>:${line}\n${src}\n${mark}`);
  }
  // `Function(...params, body)`: V8 compiles `(function anonymous(params\n) {\nbody\n})`, so its errors
  // (and the early errors Boa does not raise, such as a name declared twice) come from that text.
  const OrigFunction = Function;
  const FunctionStandIn = internal.standIn(OrigFunction, 'Function', 1, (args, newTarget) => {
    const strings = args.map(String);
    const body = strings.length ? strings.pop() : '';
    const text = `(function anonymous(${strings.join(',')}\n) {\n${body}\n})`;
    let fn;
    try {
      fn = newTarget === undefined ? OrigFunction(...args) : Reflect.construct(OrigFunction, args, newTarget);
    } catch (e) {
      if (e instanceof SyntaxError && typeof e.message === 'string') {
        const v8 = host.syntaxMessage(text, e.message, true);
        if (Array.isArray(v8)) {
          e.message = v8[0];
          scriptArrow(e, text, v8);
        }
        internal.builtinFrame(e, newTarget === undefined ? 'Function' : 'new Function');
      }
      throw e;
    }
    // Boa accepts a body that closes the function early (`return }`), and a lexical name declared twice: V8's
    // parse of the whole text does not. (Parsed again only when the body could have either.)
    const count = (c) => body.split(c).length - 1;
    const suspect = /\b(let|const|class)\s/.test(body) || count('}') > count('{');
    const early = suspect ? host.syntaxMessage(text, '', true) : undefined;
    if (Array.isArray(early)) {
      const e = new SyntaxError(early[0]);
      scriptArrow(e, text, early);
      internal.builtinFrame(e, newTarget === undefined ? 'Function' : 'new Function');
      throw e;
    }
    if (typeof fn === 'function') {
      internal.setSourceText(fn, text.slice(1, -1));
      if (internal.functionMade) internal.functionMade(text);
    }
    return fn;
  });
  Object.defineProperty(globalThis, 'Function', { value: FunctionStandIn, writable: true, configurable: true, enumerable: false });
})
