//! V8's method frame names from the receivers user functions report on entry (engine/receivers.rs): an error
//! keeps a copy of the receiver table from when it was made, thrown or caught; stack.js lines its frames up
//! with it and names each as V8's CallSite does (`Child.fail`, `Object.run [as alias]`, `Number.run`, `greet`
//! for a call without a receiver, `Legacy.go` for a member-assigned function, `assert.throws.code` for one passed
//! before an object literal), and names read from the caller's source line (a tagged template's call, `new
//! <anonymous>`, `Object.m [as alias]`). Not instrumented (calls.rs).
(function (internal) {
  'use strict';
  const host = internal.host;
  const UNKNOWN = internal.UNKNOWN_RECEIVER;
  const RE_NATIVE_FRAME = /\(native\)$/;
  // (A `handleEvent` trampoline keeps the method's own receiver, the listener object; the microtask drains name
  // nothing: an async function they resume has the receiver it was first called with.)
  const RE_FRAME_LOOPLAB = /^ {4}at __ll_(?!handle\$|runMicrotasks\b|rnt)/;
  const RE_MEMBER_ASSIGNED = /([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*(['"])[^'"\n]*\2\s*\])+)\s*=\s*(?:async\s+)?(?:function\s*(?:\*\s*)?\([^()]*\)|(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*=>)\s*$/;
  // An error's copy of the receiver table (index = stack depth), taken when it was made, thrown or caught.
  const receiverTables = new WeakMap();
  internal.receiverSnap = function receiverSnap(err) {
    if (err === null || typeof err !== 'object' || receiverTables.has(err) || typeof host.receiverTable !== 'function') return;
    receiverTables.set(err, host.receiverTable());
  };
  // A frame whose receiver is not known (the table holds null for one): named from the source.
  // Boa keeps at most this many entries of a backtrace: a longer one may have lost its bottom frames, whose
  // count gives each frame's depth.
  const BOA_BACKTRACE_LIMIT = 50;
  // The receiver of each raw frame (innermost first), or UNKNOWN; null when the table cannot be lined up.
  const RE_BOUND_TRAMPOLINE = /^ {4}at __ll_\w*Bound\w* \(/;
  function frameReceivers(raw, table) {
    if (!table || raw.length >= BOA_BACKTRACE_LIMIT) return null;
    let depth = 0;
    for (const l of raw) if (!RE_NATIVE_FRAME.test(l)) depth++;
    const out = new Array(raw.length).fill(UNKNOWN);
    for (let i = 0; i < raw.length; i++) {
      if (RE_NATIVE_FRAME.test(raw[i])) continue;
      // The frame's caller is one of Looplab's trampolines: its own naming (`Timeout.f [as _onTimeout]`,
      // listeners) applies.
      let k = i + 1;
      while (k < raw.length && RE_NATIVE_FRAME.test(raw[k])) k++;
      // (Not a bound callback's: V8 names its frame after the bound receiver, frames.js `__ll_*Bound*`.)
      const viaTrampoline = k < raw.length && RE_FRAME_LOOPLAB.test(raw[k]) && !RE_BOUND_TRAMPOLINE.test(raw[k]);
      if (!viaTrampoline && depth < table.length && table[depth] !== null) out[i] = table[depth];
      depth--;
    }
    return out;
  }
  // V8's type name of a receiver (JSReceiver::GetConstructorName; a class for a class's static method).
  function typeNameOf(v) {
    switch (typeof v) {
      case 'number': return 'Number';
      case 'string': return 'String';
      case 'boolean': return 'Boolean';
      case 'symbol': return 'Symbol';
      case 'bigint': return 'BigInt';
      case 'function': {
        const d = Object.getOwnPropertyDescriptor(v, 'prototype');
        return d && d.writable === false && typeof v.name === 'string' && v.name ? v.name : 'Function';
      }
      default: break;
    }
    try {
      if (host.proxyTarget(v) !== undefined) return 'Object';
      for (let p = Object.getPrototypeOf(v), n = 0; p !== null && n < 50; p = Object.getPrototypeOf(p), n++) {
        if (host.proxyTarget(p) !== undefined) return 'Object';
        const d = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (d && typeof d.value === 'function' && typeof d.value.name === 'string' && d.value.name) return d.value.name;
      }
    } catch { /* a receiver that cannot be looked into */ }
    return null;
  }
  // The property of the receiver (or its prototypes) holding a function named `fn`: V8's method name
  // (CallSiteInfo::GetMethodName: the property named `fn` itself, else the one enumerable property of the chain
  // that holds it; none when two do, or when only a non-enumerable one like a prototype's `constructor` does).
  function methodNameOf(v, fn) {
    let obj = typeof v === 'object' || typeof v === 'function' ? v : Object(v);
    let other = null;
    try {
      for (let n = 0; obj !== null && n < 32; obj = Object.getPrototypeOf(obj), n++) {
        if (host.proxyTarget(obj) !== undefined) break;
        const keys = Array.isArray(obj) || ArrayBuffer.isView(obj) ? [] : Object.getOwnPropertyNames(obj);
        for (let i = 0; i < keys.length && i < 2000; i++) {
          const d = Object.getOwnPropertyDescriptor(obj, keys[i]);
          if (d && typeof d.value === 'function' && d.value.name === fn) {
            if (keys[i] === fn) return fn;
            if (!d.enumerable) continue;
            if (other !== null && other !== keys[i]) return null;
            other = keys[i];
          }
          // An enumerable accessor (`Object.defineProperty(o, 'size', { get() {...}, enumerable: true })`): V8's
          // `Object.get [as size]`.
          if (d && d.enumerable && keys[i] !== fn && /^[\w$]+$/.test(fn) && ((typeof d.get === 'function' && d.get.name === fn) || (typeof d.set === 'function' && d.set.name === fn))) {
            if (other !== null && other !== keys[i]) return null;
            other = keys[i];
          }
        }
      }
    } catch { /* a receiver that cannot be looked into */ }
    return other;
  }
  // The innermost function body (source_scan.js's [start, end, method?]) holding `line:col` of `file`, with the
  // file's text; null when there is none.
  function enclosingFn(file, line, col) {
    const scan = internal.scanSource && internal.scanSource(file);
    const text = host.sourceText(file);
    if (!scan || typeof text !== 'string') return null;
    let at = col - 1;
    const lines = text.split('\n');
    for (let i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
    let inner = null;
    for (const r of scan.fns) if (r[0] <= at && at < r[1] && (!inner || r[0] >= inner[0])) inner = r;
    return inner ? { inner, text } : null;
  }
  // V8's debug name of an anonymous function or arrow assigned to a member (`Legacy.prototype.go = function () {}`
  // is `Legacy.go`, `exports.get = (id) => {}` is `exports.get`), from the text before the function holding
  // `line:col` of `file`.
  // A class method's own name (source_scan.js), else that debug name; null when it has neither.
  // (Memoised per place of a file's current scan, which an eval of the file replaces: a listener frame asks
  // again, through dottedName, for a name mapping already found.)
  const inferredNames = new WeakMap();
  function inferredName(file, line, col) {
    const scan = internal.scanSource && internal.scanSource(file);
    if (!scan) return null;
    let names = inferredNames.get(scan);
    if (!names) inferredNames.set(scan, names = new Map());
    const key = `${line}:${col}`;
    if (names.has(key)) return names.get(key);
    const found = findInferredName(file, line, col);
    names.set(key, found);
    return found;
  }
  function findInferredName(file, line, col) {
    const fn = enclosingFn(file, line, col);
    if (!fn) return null;
    const { inner, text } = fn;
    if (inner[2] && !inner[2].accessor) return { name: inner[2].name, method: true };
    const before = text.slice(Math.max(0, inner[0] - 300), inner[0]);
    // (A comment's last word is not part of the name: `// ... module style.\nexports.get = () => {}`.)
    const m = RE_MEMBER_ASSIGNED.exec(internal.maskLiterals ? internal.maskLiterals(before) : before);
    if (!m) return argumentName(text, inner);
    // (`h['k'] = () => {}` is `h.k`: the key read from the unmasked text.)
    const target = before.slice(m.index, m.index + m[1].length).replace(/\s*\.\s*/g, '.').replace(/\s*\[\s*(['"])([^'"\n]*)\1\s*\]/g, '.$2');
    const name = target.replace(/\.prototype\./g, '.');
    // `this.x = function () {}`: V8 names it `x`, called on its receiver (`K.x`).
    if (name.startsWith('this.')) return { name: name.slice(5), method: false, self: true, start: inner[0] };
    return { name, method: false };
  }
  // V8's debug name of an anonymous function passed to a call before an object literal argument:
  // `assert.throws(() => f(), { code: 'X' })` is `assert.throws.code`. V8's name inferrer still holds the
  // function when it reads the literal's first key, so the name is the callee's dotted path (`[1].forEach` gives
  // `forEach`), then that key, followed into a nested literal (`{ e: { f: 1 } }`: `e.f`), twice for a shorthand
  // (`{ s }`: `s.s`); a computed or spread first entry adds nothing. A member assignment of the call's result
  // prefixes its target (`o.p = call(...)`: `o.p.call.b`). null when the call has no such literal after it.
  const RE_ANON_HEAD = /(?:async\s*)?(?:function\s*(?:\*\s*)?\([^()]*\)|(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*=>)\s*$/;
  const NOT_CALLEES = new Set(['if', 'while', 'for', 'switch', 'catch', 'return', 'typeof', 'function', 'await', 'yield', 'in', 'of', 'new', 'delete', 'void', 'case', 'do', 'else', 'throw']);
  function argumentName(text, inner) {
    if (!internal.maskLiterals) return null;
    const from = Math.max(0, inner[0] - 4000);
    const code = internal.maskLiterals(text.slice(from, Math.min(text.length, inner[1] + 4000)));
    const start = inner[0] - from;
    const end = inner[1] - from;
    const head = RE_ANON_HEAD.exec(code.slice(Math.max(0, start - 300), start));
    if (!head) return null;
    // The call's open paren: the first unmatched `(` before the function.
    let depth = 0;
    let open = -1;
    for (let i = start - (head[0].length) - 1; i >= 0; i--) {
      const c = code[i];
      if (c === ')' || c === ']' || c === '}') depth++;
      else if (c === '[' || c === '{') { if (--depth < 0) return null; }
      else if (c === '(') { if (depth === 0) { open = i; break; } depth--; }
      else if (c === ';' && depth === 0) return null;
    }
    if (open < 0) return null;
    const callee = /((?:[A-Za-z_$][\w$]*\s*\.\s*)*[A-Za-z_$][\w$]*)\s*$/.exec(code.slice(Math.max(0, open - 200), open));
    if (!callee) return null;
    const path = callee[1].replace(/\s+/g, '').replace(/^this\./, '');
    if (NOT_CALLEES.has(path) || /\bnew\s*$/.test(code.slice(Math.max(0, open - 200), open - callee[1].length))) return null;
    // The later arguments: the first one that is an object literal.
    depth = 0;
    let lit = -1;
    for (let i = end; i < code.length; i++) {
      const c = code[i];
      if (c === '(' || c === '[' || c === '{') {
        if (c === '{' && depth === 0 && /,\s*$/.test(code.slice(Math.max(end, i - 200), i))) { lit = i; break; }
        depth++;
      } else if (c === ')' || c === ']' || c === '}') {
        if (--depth < 0) return null;
      } else if (c === ';' && depth === 0) return null;
    }
    if (lit < 0) return null;
    const keys = [];
    for (let at = lit, n = 0; n < 8; n++) {
      const entry = /^\{\s*(?:([A-Za-z_$][\w$]*|\d+)|(['"])((?:(?!\2)[^\\])*)\2)\s*([:,(}])\s*/.exec(text.slice(from + at, from + at + 300));
      if (!entry) {
        if (/^\{\s*\}/.test(code.slice(at, at + 50)) && n === 0) return null;
        break;
      }
      const key = entry[1] !== undefined ? entry[1] : entry[3];
      keys.push(key);
      if (entry[4] === ',' || entry[4] === '}') { keys.push(key); break; }
      if (entry[4] !== ':') break;
      const next = at + entry[0].length;
      if (code[next] !== '{') break;
      at = next;
    }
    const target = /([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)+)\s*=\s*$/.exec(code.slice(Math.max(0, open - callee[1].length - 200), open - callee[1].length));
    const name = [target ? target[1].replace(/\s+/g, '') : null, path, ...keys].filter((x) => x).join('.');
    return { name, method: false };
  }
  // The one name `pick(key, fn)` gives for the functions on `recv` or its prototypes whose source ends with
  // the body of the function holding `line:col` of `file` (a frame keeps no function object); null when none,
  // or when two give different names. `all`: symbol and non-enumerable keys too.
  function nameOfFunctionAt(recv, file, line, col, all, pick) {
    const fn = enclosingFn(file, line, col);
    if (!fn) return null;
    const body = fn.text.slice(fn.inner[0], fn.inner[1]);
    const toString = Function.prototype.toString;
    let found = null;
    try {
      for (let obj = recv, n = 0; obj !== null && n < 32; obj = Object.getPrototypeOf(obj), n++) {
        if (host.proxyTarget(obj) !== undefined) break;
        const keys = Array.isArray(obj) || ArrayBuffer.isView(obj) ? [] : all ? Reflect.ownKeys(obj) : Object.keys(obj);
        for (let i = 0; i < keys.length && i < 2000; i++) {
          const d = Object.getOwnPropertyDescriptor(obj, keys[i]);
          const name = d && typeof d.value === 'function' ? pick(keys[i], d.value) : null;
          if (name === null || !toString.call(d.value).endsWith(body)) continue;
          if (found !== null && found !== name) return null;
          found = name;
        }
      }
    } catch { /* a receiver that cannot be looked into */ }
    return found;
  }
  // The property of `recv` (or its prototypes) holding the anonymous function whose body holds `line:col` of
  // `file`. V8's rule as in methodNameOf: an enumerable property; none when two hold it.
  const anonymousMethodOf = (recv, file, line, col) => nameOfFunctionAt(recv, file, line, col, false, (key, f) => (f.name === '' ? key : null));
  // The own name of a function with a computed key (`['on' + 'Load']() {}` is `onLoad`, `[sym]() {}` is
  // `[desc]`) holding `line:col` of `file`, which Boa's frame keeps no name for.
  const computedMethodName = (recv, file, line, col) => nameOfFunctionAt(recv, file, line, col, true, (key, f) => (f.name !== '' ? f.name : null));
  // How V8 names the frame of a function called with `recv` (CallSiteInfo's AppendMethodCall), or null to keep
  // the name read from the source.
  function receiverLabel(name, recv, file, line, col) {
    if (recv === UNKNOWN || name.startsWith('new ') || name === '__looplab_main__') return null;
    let fn = name === '<main>' ? '' : name;
    let inferred = false;
    if (fn === '' && internal.methodFrameName) {
      const label = internal.methodFrameName(file, line, col);
      // (A symbol-named method's frame has no type: `[Symbol.iterator]`.)
      if (label && label[0] === '[') return label;
      if (label) fn = label.slice(label.lastIndexOf('.') + 1);
    }
    if (fn === '' && recv !== undefined && recv !== null && recv !== globalThis && typeof recv === 'object') {
      const own = computedMethodName(recv, file, line, col);
      if (own !== null && own[0] === '[') return own;
      if (own !== null) {
        const type = typeNameOf(recv);
        return type ? `${type}.${own}` : own;
      }
    }
    if (fn === '') {
      const found = inferredName(file, line, col);
      fn = found ? found.name : '';
      inferred = found !== null && !found.method;
    }
    // An anonymous function called on an object: `Type.prop` for the property holding it, else
    // `Type.<anonymous>`.
    if (fn === '' && recv !== undefined && recv !== null && recv !== globalThis && typeof recv === 'object') {
      const type = typeNameOf(recv);
      return type ? `${type}.${anonymousMethodOf(recv, file, line, col) || '<anonymous>'}` : null;
    }
    if (fn === '') return null;
    // V8 names a private method's frame without its class.
    if (recv === undefined || recv === globalThis || fn.startsWith('#')) return fn;
    const type = inferred && fn.includes('.') ? null : typeNameOf(recv);
    // A function called on an object its own constructor made: a `new Legacy()` of an ES5-style constructor,
    // which the caller's source names (stack.js receiverNames).
    if (type === fn && typeof recv === 'object' && recv !== null) return null;
    const method = inferred ? null : methodNameOf(recv, fn);
    let label = type && !fn.startsWith(`${type}.`) ? `${type}.${fn}` : fn;
    if (method && method !== fn && !fn.endsWith(`.${method}`)) label += ` [as ${method}]`;
    return label;
  }
  // The member-assigned name of the anonymous function holding `line:col` of `file` (none for a class method),
  // as V8 shows it in a frame. One assigned to `this.x` is called on `recvType` when that is known (an async
  // frame's receiver), else it is an arrow, whose receiver is its `this`: an instance of the class whose body
  // holds it, or an Object (module code, a plain function).
  function memberName(file, line, col, recvType) {
    const found = inferredName(file, line, col);
    if (!found || found.method) return null;
    if (!found.self) return found.name;
    let cls = recvType || '';
    const scan = !cls && internal.scanSource && internal.scanSource(file);
    let inner = null;
    if (scan) for (const c of scan.classes) if (c.body <= found.start && found.start < c.end && (!inner || c.body >= inner.body)) inner = c;
    if (inner && inner.name) cls = inner.name;
    return `${cls || 'Object'}.${found.name}`;
  }
  // An arrow keeps no receiver of its own, but V8 names its frame after the one it was called with: an object
  // literal's `parse: (s) => ...` called as `utils.parse(s)` is `Object.parse`, a class field's `handle = () =>`
  // called as `this.handle()` is `Server.handle`. The arrow holding `line:col` of `file`, named `name` after its
  // key, and its caller's source line `callerSrc` (a call of that key on an object there), give the label; null
  // otherwise.
  const RE_LITERAL_ARROW = /(?:^|[{,]\s*)([A-Za-z_$][\w$]*)\s*:\s*(?:async\s+)?(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*=>\s*$/;
  const RE_FIELD_ARROW = /(?:^|[;{}]\s*|\n\s*)([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*=>\s*$/;
  // (`resumed`: an async arrow running again after an await, with no caller to read: V8 keeps the receiver of
  // its first call, taken to be the object it is a property of.)
  function arrowMethodLabel(name, file, line, col, callerSrc, resumed = false) {
    const fn = enclosingFn(file, line, col);
    if (!fn || fn.inner[2]) return null;
    const { inner, text } = fn;
    const raw = text.slice(Math.max(0, inner[0] - 300), inner[0]);
    const before = internal.maskLiterals ? internal.maskLiterals(raw) : raw;
    if (resumed && !/\basync\s+(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*=>\s*$/.test(before)) return null;
    const key = RE_LITERAL_ARROW.exec(before);
    let type = null;
    if (key && key[1] === name) type = 'Object';
    else {
      const field = RE_FIELD_ARROW.exec(before);
      if (!field || field[1] !== name) return null;
      const scan = internal.scanSource && internal.scanSource(file);
      let cls = null;
      if (scan) for (const c of scan.classes) if (c.body <= inner[0] && inner[0] < c.end && (!cls || c.body >= cls.body)) cls = c;
      if (!cls || !cls.name || /\bstatic\s+$/.test(before.slice(0, before.length - field[0].length + field[0].search(/[A-Za-z_$]/)))) return null;
      type = cls.name;
    }
    const id = name.replace(/\$/g, '\\$');
    // `obj.key(`, `obj?.key(`, `obj.key?.(`, or a computed call `obj[k](`.
    const called = new RegExp(`[\\w$\\])]\\s*\\??\\.\\s*${id}\\s*(?:\\?\\.\\s*)?\\(|\\]\\s*\\(`);
    return resumed || called.test(callerSrc) ? `${type}.${name}` : null;
  }
  // Frame names and places read from the caller's source line (stack.js mapFrames, last): a tagged template's
  // call, an object literal's accessor (`get p [as p]`), `new <anonymous>`, and a method called on an object.
  const RE_FRAME_PARTS = /^ {4}at (?:(.*?) \()?([^()]*):(\d+):(\d+)\)?$/;
  const RE_FRAME_TAIL = /:\d+:\d+\)?$/;
  const RE_ACCESSOR_NAME = /^(?:get|set) ([\w$]+)$/;
  const RE_IDENTIFIER = /^[\w$]+$/;
  const RE_CALLEE_END = /[\w$)\]}]/;
  const RE_CALLED_PROP = /^[\w$]+(?=\s*\()/;
  // Moves the caller of frame `i` to the tagged template that called it (`` tag`...` ``), which Boa places at
  // the enclosing call, or nowhere (line 0); true when it did.
  function taggedCaller(out, i) {
    const frame = RE_FRAME_PARTS.exec(out[i]);
    const caller = RE_FRAME_PARTS.exec(out[i + 1]);
    if (!frame || !caller || !frame[1] || !internal.taggedSite || caller[2].startsWith('node:')) return false;
    const name = frame[1].slice(frame[1].lastIndexOf('.') + 1);
    if (!RE_IDENTIFIER.test(name)) return false;
    const line = +caller[3];
    const src = line > 0 ? host.sourceLine(caller[2], line) : '';
    if (typeof src !== 'string') return false;
    if (line > 0 && new RegExp(`^${name.replace(/\$/g, '\\$')}\\s*[(\`]`).test(src.slice(+caller[4] - 1))) return false;
    const at = internal.taggedSite(caller[2], line, +caller[4], name);
    if (!at) return false;
    const tail = RE_FRAME_TAIL.exec(out[i + 1])[0];
    out[i + 1] = `${out[i + 1].slice(0, out[i + 1].length - tail.length)}:${at[0]}:${at[1]}${tail.endsWith(')') ? ')' : ''}`;
    return true;
  }
  function receiverNames(out, named) {
    const parse = (line) => RE_FRAME_PARTS.exec(line);
    for (let i = 0; i + 1 < out.length; i++) {
      // A tagged template's call (`` tag`...` ``), which Boa places at the enclosing call or nowhere.
      if (taggedCaller(out, i)) continue;
      if (named.has(i)) continue;
      // An arrow JSON.parse/stringify calls as reviver or replacer: V8 names it after the holder it was called on.
      if (/^ {4}at JSON\.(?:parse|stringify) \(<anonymous>\)$/.test(out[i + 1]) && /^ {4}at [^ ()]+:\d+:\d+$/.test(out[i])) {
        out[i] = `    at Object.<anonymous> (${out[i].slice(7)})`;
        continue;
      }
      const frame = parse(out[i]);
      // An object literal's accessor: V8 adds the property it was reached by (`get p [as p]`).
      const accessor = frame && frame[1] && RE_ACCESSOR_NAME.exec(frame[1]);
      if (accessor) {
        out[i] = `    at ${frame[1]} [as ${accessor[1]}] (${frame[2]}:${frame[3]}:${frame[4]})`;
        continue;
      }
      const caller = parse(out[i + 1]);
      // An anonymous class or function called with `new`: V8's `new <anonymous>`.
      if (frame && !frame[1] && caller && !caller[2].startsWith('node:')) {
        const src = host.sourceLine(caller[2], +caller[3]);
        if (typeof src === 'string' && /^new\b/.test(src.slice(+caller[4] - 1))) {
          out[i] = `    at new <anonymous> (${frame[2]}:${frame[3]}:${frame[4]})`;
        }
        continue;
      }
      if (!frame || !caller || !frame[1] || !RE_IDENTIFIER.test(frame[1]) || caller[2].startsWith('node:')) continue;
      const src = host.sourceLine(caller[2], +caller[3]);
      const at = +caller[4] - 1;
      if (src === undefined) continue;
      let label = null;
      if (src.startsWith(`new ${frame[1]}`, at)) label = `new ${frame[1]}`;
      else if (src[at - 1] === '.' && RE_CALLEE_END.test(src[at - 2] || '')) {
        // `obj.m()`: `Object.m`, or `Object.f [as m]` when the function has another name.
        const prop = RE_CALLED_PROP.exec(src.slice(at));
        if (prop) label = prop[0] === frame[1] ? `Object.${frame[1]}` : `Object.${frame[1]} [as ${prop[0]}]`;
      }
      if (label) out[i] = `    at ${label} (${frame[2]}:${frame[3]}:${frame[4]})`;
    }
  }
  internal.stackReceivers = {
    frames: frameReceivers, label: receiverLabel, names: receiverNames, memberName, arrowMethodLabel, tableOf: (err) => receiverTables.get(err) || null,
    // V8's dotted debug name of the function holding `line:col` (`exports.get`, `assert.throws.code`), which a
    // frame shows without its receiver's type; null for any other.
    dottedName(file, line, col) {
      const found = inferredName(file, line, col);
      return found && !found.method && !found.self && found.name.includes('.') ? found.name : null;
    },
  };
})
