//! V8's error messages, the reading of a throw site (split out of v8_messages.js, which runs next and takes these
//! through internal.v8Sites): the site of an error and where V8 places it, member chains as V8's CallPrinter prints
//! them, the access that read a nullish value (the instrumented nullish reads' places), and the callee/constructor
//! messages. Kept out of call-span instrumentation, like frames.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  // Throw-site columns V8 reports where Boa's differ: err -> { file, line, from, to }.
  const sites = new WeakMap();
  internal.v8Site = (err) => (err !== null && typeof err === 'object' ? sites.get(err) : undefined);

  const ID = /[\w$]/;
  const isId = (c) => c !== undefined && ID.test(c);

  // The member chain ending just before index `end` of `src` (`a.b[0].c`, `foo(...)`, `this.x`), as V8's
  // CallPrinter prints a callee: calls as `(...)`, keys and literals through `internal.v8Print` (string keys as
  // `.name`, `[1,2]`, `(a + b)`), a constructed object as `(intermediate value)`. Returns [text, startIndex] or
  // null.
  const KEYWORD_BEFORE = /(^|[^\w$.])(new|return|typeof|void|await|yield|throw|case|in|of|delete|instanceof|else|do)$/;
  // Whether the `)` at `close` ends a statement's head (`if (...)`, `for (...)`, `while (...)`...).
  function headParen(src, close) {
    for (let depth = 0, k = close; k >= 0; k--) {
      if (src[k] === ')') depth++;
      else if (src[k] === '(' && --depth === 0) return /(^|[^\w$.])(if|for|while|switch|with|catch)\s*$/.test(src.slice(0, k));
    }
    return false;
  }
  function chainBefore(src, end) {
    const print = internal.v8Print;
    let i = end;
    const parts = [];
    for (;;) {
      while (i > 0 && src[i - 1] === ' ') i--;
      const c = src[i - 1];
      if (isId(c)) {
        const e = i;
        while (i > 0 && isId(src[i - 1])) i--;
        parts.unshift(src.slice(i, e));
      } else if (c === ')' || c === ']') {
        const open = c === ')' ? '(' : '[';
        let depth = 0;
        let k = i - 1;
        for (; k >= 0; k--) {
          if (src[k] === c) depth++;
          else if (src[k] === open && --depth === 0) break;
        }
        if (k < 0) return null;
        const inner = src.slice(k + 1, i - 1);
        const before = src.slice(0, k).trimEnd();
        // A call or subscript follows a name, a call or a subscript; anything else opens an expression.
        const applied = (isId(before[before.length - 1]) && !KEYWORD_BEFORE.test(before)) || /[)\]]$/.test(before);
        if (!applied) {
          // A parenthesised expression (`(void 0)()`, `(a || b)()`) or an array literal (`[1, 2].map`).
          const shown = print && print.expr(c === ')' ? inner : `[${inner}]`);
          parts.unshift(shown !== undefined ? shown : c === ')' ? inner.trim() : `[${inner}]`);
          i = k;
          break;
        }
        if (c === ')') {
          parts.unshift('(...)');
        } else {
          const key = print && print.key(inner);
          const lit = /^\s*(['"])([A-Za-z_$][\w$]*)\1\s*$/.exec(inner);
          parts.unshift(key !== undefined ? key : lit ? `.${lit[2]}` : `[${inner}]`);
        }
        i = k;
        continue;
      } else if ((c === "'" || c === '"' || c === '`') && print) {
        // A string literal's method: `"abc".foo`.
        let k = i - 2;
        while (k >= 0 && (src[k] !== c || src[k - 1] === '\\')) k--;
        if (k < 0) return null;
        const lit = src.slice(k, i);
        const shown = print.expr(lit);
        parts.unshift(shown === undefined ? '(intermediate value)' : shown);
        i = k;
        break;
      } else {
        break;
      }
      // Joined by `.` / `?.`, or the chain starts here.
      let j = i;
      while (j > 0 && src[j - 1] === ' ') j--;
      if (src[j - 1] === '.' && src[j - 2] === '?') { parts.unshift('?.'); i = j - 2; continue; }
      if (src[j - 1] === '.' && src[j - 2] !== '.') { parts.unshift('.'); i = j - 1; continue; }
      // (Not the head of a brace-less body: `if (c) user.name`, `while (x) o.a`.)
      if (src[j - 1] === ')' && headParen(src, j - 1)) break;
      if (src[j - 1] === ']' || src[j - 1] === ')') { i = j; continue; }
      break;
    }
    if (!parts.length) return null;
    // `new X(...).m`, `new (expr)().m`: the constructed object is an intermediate value.
    if (/(^|[^\w$.])new\s*$/.test(src.slice(0, i))) {
      const call = parts.indexOf('(...)');
      parts.splice(0, call < 0 ? parts.length : call + 1, '(intermediate value)');
      i = src.slice(0, i).search(/new\s*$/);
    }
    // `super.m`: the home object's prototype, an intermediate value.
    if (parts[0] === 'super') parts[0] = '(intermediate value)';
    const text = parts.join('').replace(/^\.+/, '');
    if (/^(return|typeof|void|await|yield|throw|case|in|of|new)$/.test(parts[0])) return null;
    return [text, i];
  }

  // The index of the `(` of the call at or after index `p` of `src` (Boa points at the callee or the paren).
  function callParen(src, p) {
    let i = p;
    while (i < src.length && (isId(src[i]) || src[i] === '.' || src[i] === ' ' || src[i] === '?')) {
      if (src[i] === '?' && src[i + 1] !== '.') return -1;
      i++;
    }
    return src[i] === '(' ? i : -1;
  }

  // The index of the template of a tagged template (``o.f`x` ``) at or after index `p` of `src`.
  function tagParen(src, p) {
    let i = p;
    while (i < src.length && (isId(src[i]) || src[i] === '.' || src[i] === ' ')) i++;
    return src[i] === '`' && i > p ? i : -1;
  }

  // Where the throw happened, in the user's coordinates, with its source line.
  function siteOf(err) {
    const s = internal.throwSite && internal.throwSite(err);
    if (!s) return null;
    // Line 0 is the CommonJS wrapper's: Boa points there (or at a function's `{`) when it kept no position for
    // the failing operation. Such a site only says "somewhere in this function's body".
    const top = s.line < 1;
    // A position inside the catch clause is where Boa made the error object: search the try block.
    // (With no position at all, a try block that caught the error still says where it was thrown.)
    const caught = internal.siteInCatch(err, top ? { file: s.file, line: Infinity, column: 0 } : s);
    const line = top ? 1 : caught ? caught.line : s.line;
    const src = host.sourceLine(s.file, line);
    if (src === undefined) return null;
    const p = top ? 0 : caught ? caught.index : Math.max(0, s.column - 1);
    return { file: s.file, line: s.line, column: s.column, src, p, at: line, vague: top || !!caught || src[p] === '{' };
  }
  // V8's throw-site column (and line) where it differs from Boa's: `index` in the source line `line`.
  // (`force`: noted even where Boa already points, so that no later rule moves it.)
  function moveTo(err, site, index, line = site.at, force = false) {
    if (force || index + 1 !== site.column || line !== site.line) {
      sites.set(err, { file: site.file, line: site.line, from: site.column, toLine: line, to: index + 1 });
    }
  }
  // The site's line from the site on, then the next `lines` lines: [text, start offset of each line, line numbers].
  function region(site, lines) {
    let text = site.src.slice(site.p);
    const starts = [0];
    const nums = [site.at];
    for (let l = site.at + 1; l <= site.at + lines; l++) {
      const next = host.sourceLine(site.file, l);
      if (next === undefined) break;
      text += '\n';
      starts.push(text.length);
      nums.push(l);
      text += next;
    }
    return { text, starts, nums };
  }
  // Moves the site to offset `k` of a region.
  function moveToRegion(err, site, r, k) {
    let i = r.starts.length - 1;
    while (i > 0 && r.starts[i] > k) i--;
    moveTo(err, site, k - r.starts[i] + (i === 0 ? site.p : 0), r.nums[i]);
  }
  const GLOBALS = /^(console|Math|JSON|Object|Array|Promise|process|Reflect|Number|String|Date|Buffer|Symbol|require|module|exports|globalThis|Intl|Atomics)\b/;

  function notAFunction(err, site) {
    if (!site) return undefined;
    // Boa keeps no position for an optional call or a tagged template: V8's is the first one in the function
    // from the site on, at its `(` or its template.
    if (site.vague) {
      const r = region(site, 60);
      const masked = internal.maskLiterals ? internal.maskLiterals(site.src.slice(0, site.p) + r.text).slice(site.p) : r.text;
      // `f?.(`, `` f` ``, or a call after an optional chain (`o?.f(`, at the callee's name).
      const m = /([\w$\])])\s*(?:\?\.\s*\(|`|\?\.\s*[\w$]+(?:\s*\.\s*[\w$]+)*\s*\()/.exec(masked);
      if (m) {
        const last = m[0].length - 1;
        const call = m[0][last] === '(' && !/\?\.\s*\($/.test(m[0]);
        const named = call ? /[\w$]+\s*\($/.exec(m[0]).index : last;
        const at = m.index + named;
        const ls = r.text.lastIndexOf('\n', at - 1) + 1;
        const end = call ? m.index + last - ls : m.index + m[1].length - ls;
        const chain = chainBefore(masked.slice(ls, m.index + last), end);
        if (chain) {
          moveToRegion(err, site, r, at);
          return `${chain[0]} is not a function`;
        }
      }
    }
    let paren = callParen(site.src, site.p);
    if (paren < 0) paren = tagParen(site.src, site.p);
    if (paren < 0) return undefined;
    // An optional call (`o.f?.()`): V8 names the callee without the `?.`.
    const optional = /\?\.\s*$/.exec(site.src.slice(0, paren));
    const chain = chainAcross(site, optional ? optional.index : paren);
    if (chain) return `${chain[0]} is not a function`;
    const above = site.src.slice(0, paren).trim() === '' ? callOnLineAbove(err, site) : null;
    return above ? `${above} is not a function` : undefined;
  }
  // A line that opens with `(` calls what the line above ended with, when no semicolon was written there
  // (`const c = make()\n(function () {})()`): V8 names that callee, placed at its last name for a member.
  function callOnLineAbove(err, site) {
    for (let l = site.at - 1; l >= Math.max(1, site.at - 5); l--) {
      const prev = host.sourceLine(site.file, l);
      if (prev === undefined) return null;
      const code = (internal.maskLiterals ? internal.maskLiterals(prev) : prev).replace(RE_LINE_COMMENT, '').trimEnd();
      if (code.trim() === '') continue;
      if (/[;{}]$/.test(code)) return null;
      const chain = chainBefore(code, code.length);
      if (!chain) return null;
      const member = /\.\s*([\w$]+)$/.exec(code);
      if (member) moveTo(err, site, member.index + member[0].length - member[1].length, l);
      return chain[0];
    }
    return null;
  }
  // chainBefore over the lines a chain spans (`scores\n  .filter(...)\n  .sum()`) and past comments in it.
  const RE_BLOCK_COMMENT = /\/\*[\s\S]*?\*\//g;
  const RE_LINE_COMMENT = /\/\/[^'"`]*$/;
  function chainAcross(site, end) {
    const own = chainBefore(site.src, end);
    let text = site.src.slice(0, end);
    const continued = own !== null && text.slice(0, own[1]).trim() === '' && /^\s*\??\./.test(text);
    if (!continued && !text.includes('/*')) return own;
    const strip = (t) => t.replace(RE_LINE_COMMENT, '').replace(/\t/g, ' ');
    text = strip(text);
    for (let l = site.at - 1; l >= Math.max(1, site.at - 50) && /^\s*(?:\/\*[\s\S]*?\*\/\s*)*\??\./.test(text); l--) {
      const prev = host.sourceLine(site.file, l);
      if (prev === undefined) break;
      text = `${strip(prev)} ${text}`;
    }
    text = text.replace(RE_BLOCK_COMMENT, ' ').replace(/\s+/g, ' ').replace(/ (?=\??\.)/g, '');
    return chainBefore(text, text.length) || own;
  }
  function notAConstructor(err, site) {
    if (!site) return undefined;
    const rest = site.src.slice(site.p);
    if (/^new\s*\(/.test(rest)) {
      // `new (o.g)()`: V8 prints the parenthesized callee as its CallPrinter does (`o.g`, `f(...)`, `(a || b)`).
      let depth = 0;
      let end = -1;
      const open = rest.indexOf('(');
      for (let i = open; i < rest.length; i++) {
        if (rest[i] === '(') depth++;
        else if (rest[i] === ')' && --depth === 0) { end = i; break; }
      }
      if (end < 0) return '(intermediate value) is not a constructor';
      const inner = rest.slice(open + 1, end).trim();
      if (inner.includes('?.')) return '(intermediate value) is not a constructor';
      const chain = chainBefore(inner, inner.length);
      if (chain && chain[1] === 0) return `${chain[0]} is not a constructor`;
      const shown = internal.v8Print && internal.v8Print.expr(inner);
      return `${shown === undefined ? '(intermediate value)' : shown} is not a constructor`;
    }
    // (Keyed members as V8's CallPrinter prints them: `registry['hexagon']` is `registry.hexagon`, `arr[0]` and
    // `shapes[type]` stay as they are.)
    const m = /^new\s+([\w$.]+(?:\[\s*(?:'[^']*'|"[^"]*"|[\w$.]+)\s*\](?:\.[\w$]+)*)*)/.exec(rest);
    if (!m) return undefined;
    const callee = m[1].replace(/\[\s*(?:'([A-Za-z_$][\w$]*)'|"([A-Za-z_$][\w$]*)")\s*\]/g, (all, a, b) => `.${a || b}`).replace(/\[\s*(.*?)\s*\]/g, '[$1]');
    return `${callee} is not a constructor`;
  }
  function classWithoutNew(err, site) {
    if (!site) return undefined;
    const paren = callParen(site.src, site.p);
    const chain = paren < 0 ? null : chainBefore(site.src, paren);
    if (!chain) return undefined;
    // `A.call(o)`, `A.apply(o)`, `Reflect.apply(A, o, [])`: the class is the callee's object / the argument.
    let callee = chain[0] === 'Reflect.apply' ? chain[0] : chain[0].replace(/\.(call|apply)$/, '');
    if (callee === 'Reflect.apply') {
      const first = /^\(\s*([\w$.]+)\s*,/.exec(site.src.slice(paren));
      if (!first) return undefined;
      callee = first[1];
    }
    // V8 names the class itself: through an alias (`const K = A`, `{ K: A }`) when the source shows it.
    const value = internal.v8ValueOf(site, callee);
    const named = value && /^class\s+([A-Za-z_$][\w$]*)/.exec(value.shown);
    return `Class constructor ${named ? named[1] : callee.split('.').pop()} cannot be invoked without 'new'`;
  }

  // The property accesses of `src` from index `from` on: { key, at (index of the name or `[`), base, end }.
  function accesses(src, from) {
    const out = [];
    // (A key of any other expression, `[c + 1]`, is named by the instrumented read's value when it hands one.)
    const re = /(\?)?\.\s*(#?[A-Za-z_$][\w$]*)|\[\s*(?:(['"])((?:(?!\3).)*)\3|(\d+)|Symbol\.([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)|([^[\]'"`;]+?))\s*\]/g;
    re.lastIndex = from;
    let m;
    while ((m = re.exec(src)) !== null) {
      if (m[0].startsWith('.') || m[0].startsWith('?')) {
        if (m[1] || src[m.index - 1] === '.' || /(^|[^\w$])\d+$/.test(src.slice(0, m.index))) continue;
        // V8 points at a private name's `.`.
        const at = m[2][0] === '#' ? m.index + (m[1] ? 1 : 0) : m.index + m[0].length - m[2].length;
        out.push({ key: m[2], at, dot: m.index, end: m.index + m[0].length });
      } else {
        const prev = src.slice(0, m.index).trimEnd();
        if (!/[\w$)\]]$/.test(prev)) continue;
        const key = m[6] !== undefined ? `Symbol(Symbol.${m[6]})` : m[4] !== undefined ? m[4] : m[5];
        out.push({ key, name: m[7] !== undefined ? m[7] : m[8], at: m.index, dot: m.index, end: m.index + m[0].length });
      }
    }
    return out;
  }
  // The key a name stands for when the file binds it to a literal once (`const k = 'b'`, `Symbol('k')`, 2).
  function literalKey(file, name) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    const text = host.sourceText(file);
    if (typeof text !== 'string') return undefined;
    const id = name.replace(/\$/g, '\\$');
    const re = new RegExp(`\\b(?:const|let|var)\\s+(?:[^;]*?,\\s*)?${id}\\s*=\\s*(?:'([^'\\\\]*)'|"([^"\\\\]*)"|(-?\\d+)|Symbol\\(\\s*(?:'([^']*)'|"([^"]*)")\\s*\\))`, 'g');
    const found = [...text.matchAll(re)];
    if (found.length !== 1) return undefined;
    const m = found[0];
    if (m[1] !== undefined || m[2] !== undefined) return m[1] !== undefined ? m[1] : m[2];
    if (m[3] !== undefined) return m[3];
    return `Symbol(${m[4] !== undefined ? m[4] : m[5]})`;
  }
  // The value a failed read met, when its `.`/`[` at index `dot` of line `line` is where the last nullish
  // read was seen (see `__ll$.n` below); null when it was not.
  function seenNullish(site, line, dot) {
    const s = internal.nullishSeen;
    if (!s || s.file !== site.file || s.line !== line || s.column !== dot) return null;
    internal.nullishSeen = null;
    return s.kind;
  }
  // `.name` at the start of a text; a call somewhere in a chain's text (`g().a`, `x.f(1)\n  .b`).
  const RE_DOT_NAME = /^\.\s*([A-Za-z_$][\w$]*)/;
  const RE_CALL_IN_CHAIN = /[\w$\])]\s*\(/;
  // A chain's `.name` that starts its line (`  .name`) after a line that ends in a call.
  function callEndsLineBefore(site, dot) {
    if (site.src.slice(0, dot).trim() !== '') return false;
    for (let l = site.at - 1; l >= 1 && l >= site.at - 3; l--) {
      const prev = host.sourceLine(site.file, l);
      if (prev === undefined) return false;
      if (prev.trim() !== '') return /\)\s*$/.test(prev);
    }
    return false;
  }
  // A compound assignment or update of a member (`stats[type].count += 1`, `o.a.n++`, `--o.a.n`): the read
  // that fails is of the target's last key (a nullish base object fails the instrumented check first), which
  // V8 places at the start of the object's last part (`type]`'s `[`, `a`).
  const RE_UPDATE_AFTER = /^\s*(?:(?:[-+*/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)=(?!=)|\+\+|--)/;
  const RE_CHAIN_TEXT = /^[\w$.\[\]'"\s]*$/;
  // A chain's text with its calls' argument lists dropped (`users.get('x').age` → `users.get.age`).
  function withoutCalls(text) {
    let prev;
    do { prev = text; text = text.replace(/\([^()]*\)/g, ''); } while (text !== prev);
    return text;
  }
  function updateHit(site, p, all) {
    const { src } = site;
    const lead = /^\s*(?:\+\+|--)\s*/.exec(src.slice(p));
    const from = lead ? p + lead[0].length : p;
    const prefixed = lead !== null || /(?:\+\+|--)\s*[\w$.\[\]'"]*$/.test(src.slice(0, p));
    for (const a of all) {
      // Boa points into the target, or (a one-part target) at the operator after it.
      const inside = a.end > from && RE_CHAIN_TEXT.test(withoutCalls(src.slice(from, a.end)));
      if (!inside && !(a.end <= p && src.slice(a.end, p).trim() === '')) continue;
      const rest = src.slice(a.end);
      if (RE_UPDATE_AFTER.test(rest) || (prefixed && !/^\s*[.[(]/.test(rest))) {
        // The instrumented check saw an earlier object of the chain nullish: that read failed, not this one.
        const seen = internal.nullishSeen;
        // (V8 places that one at its name.)
        const earlier = seen && seen.file === site.file && seen.line === site.at && seen.column !== a.dot &&
          all.find((b) => b.dot === seen.column && b.dot < a.dot && b.end > from);
        return earlier ? { ...earlier, midChain: true } : a;
      }
    }
    return undefined;
  }
  // The access whose object the instrumented read saw nullish on the site's line; a computed one is found by
  // its `[` (`accesses` lists only simple keys).
  function seenAccess(site, all) {
    const seen = internal.nullishSeen;
    if (!seen || seen.file !== site.file || seen.line !== site.at) return undefined;
    const found = all.find((a) => a.dot === seen.column);
    if (found) return found;
    const { src } = site;
    if (src[seen.column] !== '[' || !/[\w$)\]]$/.test(src.slice(0, seen.column).trimEnd())) return undefined;
    const close = internal.v8Source ? internal.v8Source.closeOf(src, seen.column) : -1;
    if (close < 0) return undefined;
    return { key: undefined, name: src.slice(seen.column + 1, close).trim(), at: seen.column, dot: seen.column, end: close + 1 };
  }
  // Where the part of a member chain that ends at `end` starts: its `[` or `(`, or its name.
  function componentStart(src, end) {
    let i = end;
    while (i > 0 && src[i - 1] === ' ') i--;
    const c = src[i - 1];
    if (c === ']' || c === ')') {
      const open = c === ']' ? '[' : '(';
      for (let depth = 0, k = i - 1; k >= 0; k--) {
        if (src[k] === c) depth++;
        else if (src[k] === open && --depth === 0) return k;
      }
      return end;
    }
    while (i > 0 && isId(src[i - 1])) i--;
    return i;
  }

  internal.v8Sites = {
    chainBefore, callParen, siteOf, moveTo, region, moveToRegion, GLOBALS, notAFunction, notAConstructor,
    classWithoutNew, accesses, literalKey, seenNullish, RE_DOT_NAME, RE_CALL_IN_CHAIN, callEndsLineBefore,
    RE_UPDATE_AFTER, updateHit, seenAccess, componentStart, sites,
  };
})
