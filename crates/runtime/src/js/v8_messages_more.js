//! More of V8's wording for engine errors (v8_messages.js has the tables and the throw-site helpers; the
//! CallPrinter and the values the source shows are v8_messages_source.js's): the rules
//! for iterables, receivers, proxies and strict assignments (classes and private members are in
//! v8_messages_classes.js, RegExp, `eval` and `new Function` in v8_messages_syntax.js). Kept out of call-span instrumentation, like v8_messages.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const { EXACT, PATTERNS, moveTo, searchArea, chainBefore, callParen } = internal.v8Rules;
  const esc = (s) => s.replace(/[^\w\s]/g, '\\$&');
  const { valueOf, callArgs, argsAt, bindingOf, closeOf, exprEnd, nearOf, splitTop } = internal.v8Source;

  // ---- Iterables ----
  const NOT_ITERABLE = 'is not iterable (cannot read property Symbol(Symbol.iterator))';
  const ITERABLE_TAKERS = '\\b(?:new\\s+(Set|Map|WeakMap|WeakSet|AggregateError)|(Promise)\\.(all|allSettled|race|any)|(Object)\\.(fromEntries))';
  // `new Map({})`, `new Set(5)`, `Promise.all(true)`: V8 names the type, and the value of a number or boolean.
  internal.v8BuiltinIterable = function builtinIterable(err, site, type) {
    const call = callArgs(site, ITERABLE_TAKERS);
    if (!call) return undefined;
    const { m, args } = call;
    // No argument, or an iterable one: not the call that failed.
    const v = args.length ? valueOf(site, args[0]) : undefined;
    if (!args.length || (v && (v.array || v.type === 'string'))) return undefined;
    if (type === 'number' || type === 'boolean') {
      if (!v || v.type !== type) return undefined;
      internal.builtinFrame(err, m[1] ? `new ${m[1]}` : `Function.${m[3] || m[5]}`);
      return `${type} ${v.shown} ${NOT_ITERABLE}`;
    }
    internal.builtinFrame(err, m[1] ? `new ${m[1]}` : `Function.${m[3] || m[5]}`);
    return `${type} ${NOT_ITERABLE}`;
  };
  // Promise.all/allSettled/race reject with the error, which carries no frame of the caller's to read the
  // source at: they say V8's words themselves (the iterator method is read once more, before the built-in does).
  for (const name of ['all', 'allSettled', 'race']) {
    const orig = Promise[name];
    internal.hidden(Promise, name, { [name](iterable) {
      let shown;
      if (iterable === null || iterable === undefined) shown = iterable === null ? 'object null' : 'undefined';
      else if (typeof iterable[Symbol.iterator] !== 'function') {
        const type = typeof iterable;
        shown = type === 'number' || type === 'boolean' ? `${type} ${iterable}` : type;
      }
      if (shown === undefined) return orig.call(this, iterable);
      const fail = () => {
        const e = new TypeError(`${shown} ${NOT_ITERABLE}`);
        internal.builtinFrame(e, `Function.${name}`);
        throw e;
      };
      return orig.call(this, { [Symbol.iterator]: fail });
    } }[name]);
  }
  // `Array.from(o.list)` with the list missing: V8's message from the value itself (Boa's "cannot convert"
  // left the rules to guess from the line's other reads), with the built-in's frame.
  const arrayFrom = Array.from;
  internal.hidden(Array, 'from', { from(items) {
    if (items === null || items === undefined) {
      const e = new TypeError(`${items === null ? 'object null' : 'undefined'} ${NOT_ITERABLE}`);
      internal.builtinFrame(e, 'Function.from');
      throw e;
    }
    return Reflect.apply(arrayFrom, this, arguments);
  } }.from);
  // `new Map([1])`, `Object.fromEntries(['a'])`: the first item that is not an object.
  EXACT.set('cannot get key and value from primitive item of `iterable`', (err, site) => {
    const call = site && callArgs(site, '\\b(?:new\\s+(Map|WeakMap)|Object\\.(fromEntries))');
    const list = call && call.args.length ? valueOf(site, call.args[0]) : undefined;
    if (!list || !list.array) return undefined;
    internal.builtinFrame(err, call.m[1] ? `new ${call.m[1]}` : 'Function.fromEntries');
    for (const item of list.array) {
      const v = valueOf(site, item);
      if (!v) return undefined;
      if (v.type !== 'object' && v.type !== 'function') return `Iterator value ${v.shown} is not an entry object`;
    }
    return undefined;
  });
  EXACT.set('cannot convert null or undefined to Object', (err, site) => {
    if (!site || !/\bObject\.fromEntries\s*\(/.test(site.src)) return undefined;
    internal.builtinFrame(err, 'Function.fromEntries');
    return 'undefined is not iterable';
  });

  // ---- Receivers ----
  // The receiver of the failing method call in the site's line: the first argument of `.call(`/`.apply(`, else
  // the object before `.method(`; as V8 prints it, or undefined.
  function receiverOf(site, method) {
    if (!site) return undefined;
    const call = new RegExp(`\\.${esc(method)}\\s*\\.\\s*(?:call|apply)\\s*\\(`).exec(site.src);
    if (call) {
      const args = argsAt(site.src, call.index + call[0].length - 1);
      const v = args.length ? valueOf(site, args[0]) : { type: 'undefined', shown: 'undefined' };
      return v && v.shown;
    }
    const dot = new RegExp(`\\.\\s*${esc(method)}\\s*\\(`).exec(site.src);
    const chain = dot && chainBefore(site.src, dot.index);
    if (!chain) {
      // A detached method called by a bare name (`const get = map.get; get('a')`): no receiver.
      const paren = dot ? -1 : callParen(site.src, site.p);
      const callee = paren < 0 ? null : chainBefore(site.src, paren);
      return callee && /^[A-Za-z_$][\w$]*$/.test(callee[0]) ? 'undefined' : undefined;
    }
    const v = valueOf(site, site.src.slice(chain[1], dot.index));
    return v && v.shown;
  }
  // The name of the method called at the site.
  function calleeName(site) {
    const paren = callParen(site.src, site.p);
    const chain = paren < 0 ? null : chainBefore(site.src, paren);
    const m = chain && /([\w$]+)$/.exec(chain[0].replace(/\.(call|apply)$/, ''));
    return m ? m[1] : undefined;
  }
  PATTERNS.unshift([/^method `(.+)` called on incompatible receiver$/, (err, site, m) => {
    const r = receiverOf(site, m.split('.').pop());
    // (V8's frame of a detached built-in has no receiver type.)
    if (r === 'undefined') internal.builtinFrame(err, m.split('.').pop());
    return `Method ${m} called on incompatible receiver ${r === undefined ? '#<Object>' : r}`;
  }]);
  // Built-ins whose receiver check Boa words its own way.
  const receiverRule = (method, fallback) => (err, site) => {
    const r = receiverOf(site, method.split('.').pop());
    if (r === undefined) return fallback;
    if (r === 'undefined') internal.builtinFrame(err, method.split('.').pop());
    return `Method ${method} called on incompatible receiver ${r}`;
  };
  EXACT.set('Promise.prototype.then: this is not a promise', receiverRule('Promise.prototype.then'));
  EXACT.set('RegExp.prototype.exec called with invalid value', receiverRule('RegExp.prototype.exec'));
  EXACT.set("'this' is not an Object", (err, site) => {
    const m = site && /\b(Error|RegExp)\.prototype\.(toString)\b/.exec(site.src);
    return m ? receiverRule(`${m[1]}.prototype.${m[2]}`)(err, site) : undefined;
  });
  EXACT.set('cannot bind `this` without a `[[Call]]` internal method', 'Bind must be called on a function');
  // A generator's next/return/throw on another object (`gen().next.call({})`): V8 names the method, and its
  // frame the receiver's type.
  const generatorMisuse = (err, site) => {
    const m = site && /\.\s*(next|return|throw)\s*\.\s*(?:call|apply)\s*\(/.exec(site.src);
    if (!m) return undefined;
    const r = receiverOf(site, m[1]);
    const shown = r === undefined ? '#<Object>' : r;
    const type = /^#<([\w$]+)>$/.exec(shown);
    const prim = /^-?(?:\d|Infinity|NaN)/.test(shown) ? 'Number' : /^(?:true|false)$/.test(shown) ? 'Boolean' : null;
    internal.builtinFrame(err, type ? `${type[1]}.${m[1]}` : prim ? `${prim}.${m[1]}` : m[1]);
    return `Method [Generator].prototype.${m[1]} called on incompatible receiver ${shown}`;
  };
  EXACT.set('generator resumed on non generator object', generatorMisuse);
  EXACT.set('Generator method called on non generator', generatorMisuse);
  // Date's getters (V8's CSA builtins) say "this is not a Date object."; its other methods name the receiver.
  EXACT.set("'this' is not a Date", (err, site) => {
    if (!site) return undefined;
    const named = /\bDate\.prototype\.([\w$]+)/.exec(site.src);
    const m = named ? named[1] : calleeName(site);
    if (!m) return undefined;
    if (/^(get(?!Year$)\w+|valueOf)$/.test(m)) return 'this is not a Date object.';
    const r = receiverOf(site, m);
    return r === undefined ? undefined : `Method Date.prototype.${m} called on incompatible receiver ${r}`;
  });
  EXACT.set("'this' is not a Symbol", (err, site) => {
    if (!site) return undefined;
    const named = /\bSymbol\.prototype\.([\w$]+)/.exec(site.src);
    const m = named ? named[1] : calleeName(site);
    return m ? `Symbol.prototype.${m} requires that 'this' be a Symbol` : undefined;
  });
  // An array method deleting an element of a frozen array (`pop`, `splice`).
  PATTERNS.unshift([/^cannot delete non-configurable property: (.*)$/, (err, site, k) => {
    const m = site && /\.\s*(pop|shift|splice|copyWithin|fill|reverse|sort)\s*\(/.exec(site.src);
    if (!m) return undefined;
    const r = receiverOf(site, m[1]);
    internal.builtinFrame(err, `Array.${m[1]}`);
    return `Cannot delete property '${k}' of ${r === undefined ? '[object Array]' : r}`;
  }]);
  // `delete o.k` of a non-configurable property.
  EXACT.set('Cannot delete property', (err, site) => {
    const m = site && /\bdelete\s+([^;]*?)(?:\.\s*([\w$]+)|\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\])\s*(?:[;)}]|$)/.exec(site.src);
    if (!m) return undefined;
    const k = m[2] || m[3] || m[4] || m[5];
    // A built-in constructor shows as its source (`delete Object.prototype`).
    const ctor = /^\s*([A-Z][\w$]*)\s*$/.exec(m[1]);
    if (ctor && typeof globalThis[ctor[1]] === 'function') return `Cannot delete property '${k}' of function ${ctor[1]}() { [native code] }`;
    const v = valueOf(site, m[1]);
    return `Cannot delete property '${k}' of ${v ? v.shown : '#<Object>'}`;
  });
  EXACT.set('target must be a constructor', (err, site) => {
    const call = site && callArgs(site, '\\bReflect\\.construct');
    if (!call) return undefined;
    for (const i of [0, 2]) {
      if (call.args[i] === undefined) continue;
      const v = valueOf(site, call.args[i]);
      if (!v) return undefined;
      if (v.type !== 'function' || v.arrow || v.native) return `${v.shown} is not a constructor`;
    }
    return undefined;
  });
  // `x instanceof F` where F.prototype is not an object: an arrow or method (no prototype), or a literal
  // assigned to `F.prototype`.
  EXACT.set('function has non-object prototype in instanceof check', (err, site) => {
    const m = site && /\binstanceof\s+/.exec(site.src);
    if (!m) return undefined;
    const rhs = site.src.slice(m.index + m[0].length, exprEnd(site.src, m.index + m[0].length));
    const v = valueOf(site, rhs);
    if (!v) return undefined;
    let proto = v.arrow || v.native ? 'undefined' : undefined;
    if (proto === undefined && /^[A-Za-z_$][\w$]*$/.test(rhs.trim())) {
      const text = host.sourceText(site.file);
      const set = typeof text === 'string' && new RegExp(`\\b${esc(rhs.trim())}\\.prototype\\s*=\\s*([^;\\n]+)`).exec(text);
      const pv = set && valueOf(site, set[1]);
      if (pv) proto = pv.shown;
    }
    return proto === undefined ? undefined : `Function has non-object prototype '${proto}' in instanceof check`;
  });

  // ---- Proxies ----
  // A revoked proxy: V8 names the trap the operation needed.
  EXACT.set('Proxy object has empty handler and target', (err, site) => {
    if (!site) return undefined;
    const src = site.src;
    const traps = [
      [/\bObject\.(keys|entries|values|getOwnPropertyNames|getOwnPropertySymbols)\s*\(|\bReflect\.ownKeys\s*\(/, 'ownKeys'],
      [/\b(?:Object|Reflect)\.(getPrototypeOf|setPrototypeOf|isExtensible|preventExtensions|getOwnPropertyDescriptor|defineProperty)\s*\(/, null],
      [/\bReflect\.(has|deleteProperty|get|set)\s*\(/, null],
      [/\bdelete\s/, 'deleteProperty'],
      [/\S\s+in\s+[\w$]/, 'has'],
      [/(\.\s*[\w$]+|\])\s*=(?![=>])/, 'set'],
    ];
    for (const [re, trap] of traps) {
      const m = re.exec(src);
      if (m) return `Cannot perform '${trap || m[1]}' on a proxy that has been revoked`;
    }
    return "Cannot perform 'get' on a proxy that has been revoked";
  });

  // ---- Strict assignments that fail ----
  // A failed assignment in strict code (Boa: "cannot set non-writable property: k" whatever the reason). V8
  // says why, which the source shows often enough: a proxy's `set` trap that returned false, a primitive base,
  // a getter without a setter, a base bound to a sealed / frozen / non-extensible literal that lacks the key,
  // an array.
  // The operator of a compound assignment before its `=`, as regex source.
  const COMPOUND = '(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)';
  function readOnly(err, site, k) {
    // A push/unshift onto a frozen array adds an element.
    const add = site && /\.(push|unshift)\s*\(/.exec(site.src);
    if (add) {
      internal.builtinFrame(err, `Array.${add[1]}`);
      return `Cannot add property ${k}, object is not extensible`;
    }
    // Other array methods that write elements of a frozen array (`shift`, `reverse`, `fill`, ...).
    const write = site && /\.\s*(shift|splice|reverse|sort|fill|copyWithin)\s*\(/.exec(site.src);
    if (write) {
      const r = receiverOf(site, write[1]);
      internal.builtinFrame(err, `Array.${write[1]}`);
      return `Cannot assign to read only property '${k}' of object '${r === undefined ? '[object Array]' : r}'`;
    }
    const key = k.replace(/[^\w$]/g, '\\$&');
    // Object.assign onto a frozen or sealed object: a key it lacks is added, one it has assigned.
    const assign = site && /\bObject\.assign\s*\(/.test(site.src) ? callArgs(site, '\\bObject\\.assign') : null;
    const into = assign && assign.args.length ? valueOf(site, assign.args[0]) : undefined;
    if (into && into.frozen && into.literal !== undefined) {
      internal.builtinFrame(err, 'Function.assign');
      const has = new RegExp(`(^\\{|,)\\s*(['"]?)${key}\\2\\s*[:,}(]`).test(into.literal.replace(/\s+/g, ' '));
      return has ? `Cannot assign to read only property '${k}' of object '#<Object>'` : `Cannot add property ${k}, object is not extensible`;
    }
    // V8 points at the assignment's `=`.
    // (An update or compound assignment: at its operator.)
    const eq = site && new RegExp(`(\\.\\s*${key}|\\[[^\\]]*\\])\\s*(${COMPOUND}?=(?![=>])|\\+\\+|--)`).exec(site.src.slice(site.p));
    if (eq) moveTo(err, site, site.p + eq.index + eq[0].length - eq[2].length);
    const readOnlyOf = (what) => `Cannot assign to read only property '${k}' of ${what}`;
    if (!site) return readOnlyOf("object '#<Object>'");
    const target = new RegExp(`(\\(\\s*-?\\d+(?:\\.\\d+)?\\s*\\)|'[^']*'|"[^"]*"|\\bnew\\s+[A-Za-z_$][\\w$]*\\s*\\([^()]*\\)|[\\w$.]+)\\s*(?:\\.\\s*${key}|\\[[^\\]]*\\])\\s*(?:${COMPOUND}?=(?![=>])|\\+\\+|--)`).exec(site.src.slice(site.p));
    const base = target ? target[1] : '';
    // A string's `length` and indexes are read only; any other key cannot be created on a primitive.
    if (/^['"]/.test(base)) {
      const str = base.slice(1, -1);
      return k === 'length' || (/^\d+$/.test(k) && Number(k) < str.length) ? readOnlyOf(`string '${str}'`) : `Cannot create property '${k}' on string '${str}'`;
    }
    if (/^\(/.test(base)) return `Cannot create property '${k}' on number '${base.replace(/[()\s]/g, '')}'`;
    const bound = /^[A-Za-z_$][\w$]*$/.test(base) ? valueOf(site, base) : undefined;
    // A name bound to a primitive (`const s = 'str'; s.len = 3`).
    if (bound && bound.type === 'string') {
      return k === 'length' || (/^\d+$/.test(k) && Number(k) < bound.shown.length) ? readOnlyOf(`string '${bound.shown}'`) : `Cannot create property '${k}' on string '${bound.shown}'`;
    }
    if (bound && (bound.type === 'number' || bound.type === 'boolean' || bound.type === 'bigint')) {
      return `Cannot create property '${k}' on ${bound.type} '${bound.shown}'`;
    }
    if (bound && bound.proxy && /\bset\s*[(:]/.test(bound.text)) return `'set' on proxy: trap returned falsish for property '${k}'`;
    // A module namespace: its exports are read only, and nothing can be added.
    if (bound && bound.shown === '[object Module]') {
      return !bound.namespace || bound.namespace.has(k) ? readOnlyOf("object '[object Module]'") : `Cannot add property ${k}, object is not extensible`;
    }
    if (new RegExp(`Object\\.(seal|preventExtensions)\\([^=]*\\)\\s*\\.\\s*${key}\\s*=(?![=>])`).test(site.src)) {
      return `Cannot add property ${k}, object is not extensible`;
    }
    const text = host.sourceText(site.file);
    if (typeof text !== 'string') return readOnlyOf("object '#<Object>'");
    // A name bound to `Object.freeze(...)` (or seal / preventExtensions) of a literal or a `new C()`: a key it
    // has is read only (frozen), one it lacks cannot be added.
    if (bound && bound.frozen && (bound.literal !== undefined || bound.array !== undefined || bound.text !== undefined)) {
      const has = bound.literal !== undefined
        ? new RegExp(`(^\\{|,)\\s*(['"]?)${key}\\2\\s*[:,}(]`).test(bound.literal.replace(/\s+/g, ' '))
        : bound.array !== undefined ? k === 'length' || (/^\d+$/.test(k) && Number(k) < bound.array.length)
          : new RegExp(`\\bthis\\.${key}\\s*=`).test(text);
      if (!has) return `Cannot add property ${k}, object is not extensible`;
      if (bound.frozen === 'freeze') return readOnlyOf(`object '${bound.shown}'`);
    }
    // A getter and no setter of that name: in a class (its name), else an object literal.
    if (new RegExp(`\\bget\\s+${key}\\s*\\(`).test(text) && !new RegExp(`\\bset\\s+${key}\\s*\\(`).test(text)) {
      const s = internal.scanSource(site.file);
      const at = text.search(new RegExp(`\\bget\\s+${key}\\s*\\(`));
      const cls = s && s.classes.find((c) => c.start <= at && at < c.end && c.name);
      return `Cannot set property ${k} of #<${cls ? cls.name : 'Object'}> which has only a getter`;
    }
    // A getter defined with Object.defineProperty(o, 'k', { get() {...} }) (or `get: () => ...`) and no setter.
    const defined = new RegExp(`\\bdefineProperty\\s*\\([^,]*,\\s*(['"\`])${key}\\1\\s*,\\s*\\{`).exec(text);
    if (defined) {
      const desc = text.slice(defined.index + defined[0].length, defined.index + defined[0].length + 400).split(/\}\s*\)/)[0];
      if (/\bget\s*[(:]/.test(desc) && !/\bset\s*[(:]/.test(desc)) {
        return `Cannot set property ${k} of #<Object> which has only a getter`;
      }
    }
    // A getter given by `Object.defineProperties(o, { k: { get() {...} } })` or `Object.create(proto, {...})`.
    if (/\b(?:defineProperties|Object\.create)\s*\(/.test(text)) {
      // (Literals masked, and the descriptor's braces matched: a getter's body may hold a template's `${...}`.)
      const masked = internal.maskLiterals ? internal.maskLiterals(text) : text;
      const open = new RegExp(`(?:^|[{,\\s])['"]?${key}['"]?\\s*:\\s*\\{`).exec(masked);
      if (open) {
        let depth = 0;
        let end = open.index + open[0].length - 1;
        for (; end < masked.length; end++) {
          if (masked[end] === '{') depth++;
          else if (masked[end] === '}' && --depth === 0) break;
        }
        const desc = masked.slice(open.index + open[0].length, end);
        if (/\bget\s*[(:]/.test(desc) && !/\bset\s*[(:]/.test(desc)) {
          // (An object with no prototype: V8 shows it as `[object Object]`.)
          let maker = null;
          for (const m of masked.slice(0, open.index).matchAll(/(?:\bdefineProperties|\bObject\.create)\s*\(\s*(null\b)?/g)) maker = m;
          return `Cannot set property ${k} of ${maker && maker[1] ? '[object Object]' : '#<Object>'} which has only a getter`;
        }
      }
    }
    // A frozen class instance (`Object.freeze(this)` in its constructor, or `x = Object.freeze(new C())`): a
    // key the class never sets cannot be added; one it sets is read only, of `#<C>`.
    // (The class that freezes may be a parent: `class Sub extends Frozen`, whose `super()` froze `this`.)
    const scan = internal.scanSource(site.file);
    const FREEZES = /\bObject\.(?:freeze|seal|preventExtensions)\(\s*this\s*\)/;
    const lineage = (cls) => {
      const out = [];
      for (let c = cls; c && out.length < 10;) {
        out.push(c);
        const ext = /^class\s+[\w$]*\s*extends\s+([A-Za-z_$][\w$]*)/.exec(text.slice(c.start, c.body));
        c = ext && scan.classes.find((x) => x.name === ext[1]);
      }
      return out;
    };
    // (`outside`: the instance was frozen after it was made: all its constructors ran.)
    const ofClass = (cls, outside = false) => {
      const chain = lineage(cls);
      const k2 = outside ? 0 : chain.findIndex((c) => FREEZES.test(text.slice(c.start, c.end)));
      if (k2 < 0) return undefined;
      // Fields of the classes up to the one that freezes, and what its own constructor (and its parents')
      // set before it froze the instance.
      const sets = chain.slice(k2).some((c) => {
        const body = text.slice(c.start, c.end);
        const ctor = /\bconstructor\s*\(/.exec(body);
        const frozenAt = outside ? -1 : body.search(FREEZES);
        const early = ctor ? body.slice(ctor.index, frozenAt > ctor.index ? frozenAt : body.length) : '';
        return new RegExp(`\\bthis\\.${key}\\s*${COMPOUND}?=(?!=)`).test(early);
      }) || chain.some((c) => new RegExp(`^\\s*${key}\\s*[=;]`, 'm').test(text.slice(c.body, c.end)));
      return sets ? readOnlyOf(`object '#<${cls.name || 'Object'}>'`) : `Cannot add property ${k}, object is not extensible`;
    };
    if (base === 'this' && scan) {
      const lines = text.split('\n');
      let at = site.p;
      for (let l = 0; l < site.at - 1 && l < lines.length; l++) at += lines[l].length + 1;
      const cls = scan.classes.filter((c) => c.start <= at && at < c.end).sort((a, b) => b.start - a.start)[0];
      const said = cls && ofClass(cls);
      if (said) return said;
    }
    // A fresh instance (`new C(...).k = v`): frozen by its constructor, if at all.
    const fresh = /^new\s+([A-Za-z_$][\w$]*)/.exec(base);
    const freshCls = fresh && scan && scan.classes.find((c) => c.name === fresh[1]);
    const saidFresh = freshCls && ofClass(freshCls);
    if (saidFresh) return saidFresh;
    const name = /^[A-Za-z_$][\w$]*$/.test(base) ? base.replace(/\$/g, '\\$') : null;
    if (!name) return readOnlyOf("object '#<Object>'");
    // A frozen class (`Object.freeze(C)`): its statics are read only, shown as the class's source.
    const frozenCls = scan && scan.classes.find((c) => c.name === base);
    if (frozenCls && new RegExp(`Object\\.(freeze|seal|preventExtensions)\\(\\s*${name}\\s*\\)`).test(text)) {
      const body = text.slice(frozenCls.body, frozenCls.end);
      const own = new RegExp(`\\bstatic\\s+(?:(?:get|set|async)\\s+)?\\*?\\s*${key}\\b`).test(body) || k === 'prototype' || k === 'name' || k === 'length';
      return own ? readOnlyOf(`function '${text.slice(frozenCls.start, frozenCls.end)}'`) : `Cannot add property ${k}, object is not extensible`;
    }
    const inst = new RegExp(`\\b${name}\\s*=\\s*(?:Object\\.(?:freeze|seal|preventExtensions)\\(\\s*)?new\\s+([A-Za-z_$][\\w$]*)`).exec(text);
    const instCls = inst && scan && scan.classes.find((c) => c.name === inst[1]);
    const saidOf = instCls && ofClass(instCls, inst[0].includes('Object.'));
    if (saidOf) return saidOf;
    // A frozen or sealed built-in object (`Object.freeze(new Map())`, a Date, a function): a key is added.
    const builtin = new RegExp(`\\b${name}\\s*=\\s*(?:Object\\.(freeze|seal|preventExtensions)\\(\\s*)?(?:new\\s+(?:Map|Set|WeakMap|WeakSet|Date|RegExp|URL|URLSearchParams|EventEmitter)\\b|function\\b|\\([^()]*\\)\\s*=>)`).exec(text);
    const laterOf = new RegExp(`Object\\.(freeze|seal|preventExtensions)\\(\\s*${name}\\s*\\)`).test(text);
    if (builtin && (builtin[1] || laterOf)) return `Cannot add property ${k}, object is not extensible`;
    // How the base was made: `name = Object.freeze({...})`, `= [...]`, `= {...}`, and later `Object.seal(name)`.
    const made = new RegExp(`\\b${name}\\s*=\\s*(?:Object\\.(freeze|seal|preventExtensions)\\(\\s*)?([[{])([^]*?)[\\]}]`).exec(text);
    const later = new RegExp(`Object\\.(freeze|seal|preventExtensions)\\(\\s*${name}\\s*\\)`).exec(text);
    const how = (made && made[1]) || (later && later[1]);
    const isArray = made && made[2] === '[';
    // A frozen array literal: an index past its elements is added, not assigned.
    if (isArray) {
      const length = made[3].trim() === '' ? 0 : splitTop(made[3]).length;
      return how && /^\d+$/.test(k) && Number(k) >= length ? `Cannot add property ${k}, object is not extensible` : readOnlyOf("object '[object Array]'");
    }
    if (how && made && !new RegExp(`(^|[{,\\s])['"]?${key}['"]?\\s*[:,}(]|(^|[{,\\s])${key}\\s*$`).test(made[3])) {
      return `Cannot add property ${k}, object is not extensible`;
    }
    if (how === 'seal' || how === 'preventExtensions') return `Cannot add property ${k}, object is not extensible`;
    return readOnlyOf("object '#<Object>'");
  }
  PATTERNS.push([/^cannot set non-writable property: (.*)$/, (err, site, k) => readOnly(err, site, k)]);
  PATTERNS.push([/^cannot redefine property: (.*)$/, (err, site, k) => {
    const frozen = site && /\bObject\.freeze\s*\(\s*([\w$]+)\s*\)/.exec(site.src);
    const typedName = frozen && internal.declaredClass && /Array$|^Buffer$/.test(internal.declaredClass(site.file, frozen[1]) || '');
    if (site && (typedName || /\bObject\.freeze\s*\(\s*new\s+\w+Array\b/.test(site.src))) {
      internal.builtinFrame(err, 'Function.freeze');
      return 'Cannot freeze array buffer views with elements';
    }
    internal.builtinFrame(err, 'Function.defineProperty');
    // A new key on an object frozen, sealed or made non-extensible (in the call or where its name was bound).
    const d = site && /\bObject\.defineProperty\s*\(\s*(?:Object\.(freeze|seal|preventExtensions)\s*\(|([A-Za-z_$][\w$]*)\s*,)/.exec(site.src);
    if (d && d[1]) return `Cannot define property ${k}, object is not extensible`;
    const text = d && d[2] ? host.sourceText(site.file) : undefined;
    if (typeof text === 'string') {
      const name = d[2].replace(/\$/g, '\\$');
      const key = k.replace(/[^\w$]/g, '\\$&');
      const made = new RegExp(`\\b${name}\\s*=\\s*Object\\.(?:freeze|seal|preventExtensions)\\(\\s*\\{([^]*?)\\}`).exec(text);
      const later = new RegExp(`Object\\.(?:freeze|seal|preventExtensions)\\(\\s*${name}\\s*\\)`).test(text);
      const literal = made ? made[1] : (new RegExp(`\\b${name}\\s*=\\s*\\{([^]*?)\\}`).exec(text) || [])[1];
      if ((made || later) && literal !== undefined && !new RegExp(`(^|[{,\\s])['"]?${key}['"]?\\s*[:,}(]|(^|[{,\\s])${key}\\s*$`).test(literal)) {
        return `Cannot define property ${k}, object is not extensible`;
      }
    }
    return `Cannot redefine property: ${k}`;
  }]);

  // v8_messages_syntax.js (RegExp, eval and new Function) reads values and calls with these.
})
