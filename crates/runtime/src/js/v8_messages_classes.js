//! V8's wording for class errors Boa words its own way: `extends null` chains and heritage values, derived
//! constructors' returns and double super calls, private members (a foreign object's, an accessor without
//! its getter or setter, a field initialised twice), prototype cycles. Adds rules to v8_messages.js's
//! tables, with v8_messages_more.js's source helpers; kept out of call-span instrumentation, like them.
(function (internal) {
  'use strict';
  const host = internal.host;
  const { EXACT, moveTo, searchArea, moveToRegion } = internal.v8Rules;
  const { valueOf, closeOf, exprEnd, nearOf } = internal.v8Source;
  const esc = (s) => s.replace(/[^\w\s]/g, '\\$&');

  // The declaration of class `name` in the file: its heritage text (or null) and its body's text.
  function classDecl(file, name) {
    const text = host.sourceText(file);
    if (typeof text !== 'string') return undefined;
    const id = esc(name);
    const m = new RegExp(`(?:\\bclass\\s+${id}|\\b${id}\\s*=\\s*class(?:\\s+[\\w$]+)?)(?:\\s+extends\\s+([^{]+?))?\\s*\\{`).exec(text);
    if (!m) return undefined;
    const open = m.index + m[0].length - 1;
    const close = closeOf(text, open);
    return { heritage: m[1] === undefined ? null : m[1].trim(), body: text.slice(open, close < 0 ? text.length : close) };
  }
  // `new B()` where B's chain of classes ends in `extends null`: V8 names the class whose constructor made the
  // super call (default constructors are skipped: the innermost class with its own constructor, else B).
  EXACT.set('super constructor object must be constructor', (err, site) => {
    // A default constructor has no position: its frame (`at B (file:?:?)`) names the class.
    // Of nested default constructors (`at B`, `at C`), the outermost is the class constructed.
    const frames = internal.userFrames(err);
    let top = frames[0];
    for (let i = 1; i < frames.length && / \(.*:\?:\?\)$/.test(frames[i - 1]) && / \(.*:\?:\?\)$/.test(frames[i]); i++) top = frames[i];
    const frame = top && /^ {4}at (?:new )?([A-Za-z_$][\w$]*) \((?:file:\/\/)?(.*?):/.exec(top);
    const m = site ? /\bnew\s+([A-Za-z_$][\w$]*)/.exec(site.src.slice(site.p)) || /\bnew\s+([A-Za-z_$][\w$]*)/.exec(site.src) : null;
    if (!m && !frame) return undefined;
    if (!site) site = { file: frame[2] };
    let name = m ? m[1] : frame[1];
    let caller = name;
    for (let depth = 0; depth < 8; depth++) {
      const decl = classDecl(site.file, name);
      if (!decl || decl.heritage === null) return undefined;
      if (depth > 0 && /(^|[^\w$.])constructor\s*\(/.test(decl.body)) caller = name;
      if (decl.heritage === 'null') return `Super constructor null of ${caller} is not a constructor`;
      if (!/^[A-Za-z_$][\w$]*$/.test(decl.heritage)) return undefined;
      name = decl.heritage;
    }
    return undefined;
  });
  EXACT.set('derived constructor can only return an Object or undefined', 'Derived constructors may only return object or undefined');
  EXACT.set('cannot reinitialize `this` binding', 'Super constructor may only be called once');
  // `class A extends V {}`: V8 shows the heritage value, at the heritage expression. Boa places the error at
  // the enclosing function: at a CommonJS module's top level that is the wrapper's line 0, so the class is
  // searched from the file's first line on. A value the source does not show is most often `undefined` (a
  // name destructured from a module that lacks it, a circular require).
  EXACT.set('superclass must be a constructor', (err, site) => {
    if (!site) return undefined;
    // (A top-level site is line 1's start, a vague one: the whole file is searched.)
    const area = searchArea(err, site, site.line < 1 ? 5000 : 5);
    const text = area.text;
    // The first heritage (searching the whole file: the first that is not `null` or a class or function it
    // declares).
    const declared = (name) => new RegExp(`\\b(?:class|function\\*?)\\s+${esc(name)}\\b`).test(text);
    const heritage = /\bclass\b[^{]*?\bextends\s+([^{]+?)\s*\{/g;
    let m;
    let v;
    while ((m = heritage.exec(text)) !== null) {
      v = valueOf(site, m[1]);
      if (site.line >= 1 || !(m[1] === 'null' || (/^[A-Za-z_$][\w$]*$/.test(m[1]) && declared(m[1])))) break;
    }
    if (!m) return undefined;
    moveToRegion(err, area.from, area.r, m.index + m[0].lastIndexOf(m[1]));
    return `Class extends value ${v ? v.shown : 'undefined'} is not a constructor or null`;
  });
  // `o.#x` on an object without it: a field is read or written; a private method or accessor checks the
  // receiver's class first.
  EXACT.set('Private element does not exist on object', (err, site) => {
    if (!site) return undefined;
    const re = /#([A-Za-z_$][\w$]*)/g;
    re.lastIndex = site.p;
    const m = re.exec(site.src) || /#([A-Za-z_$][\w$]*)/.exec(site.src);
    if (!m) return undefined;
    const name = m[1];
    // The innermost class around the use that declares the name: a method or accessor there checks the brand.
    const text = host.sourceText(site.file);
    const scan = internal.scanSource(site.file);
    const use = nearOf(site);
    if (typeof text === 'string' && scan && use !== undefined) {
      const method = new RegExp(`(?:^|[\\s;{}])(?:static\\s+)?(?:async\\s+)?(?:(?:get|set)\\s+)?\\*?\\s*#${esc(name)}\\s*\\(`);
      const field = new RegExp(`(?:^|[\\s;{}])(?:static\\s+)?#${esc(name)}\\s*[=;}\\n]`);
      const around = scan.classes.filter((c) => c.start <= use && use < c.end).sort((a, b) => b.start - a.start);
      for (const c of around) {
        const body = text.slice(c.start, c.end);
        const found = method.exec(body);
        if (found) {
          moveTo(err, site, m.index);
          // A static method checks that the receiver is the class itself.
          const kind = /(^|[\s;{}])static\s/.test(found[0]) ? '' : 'an instance of ';
          return `Receiver must be ${kind}class ${c.own || 'anonymous'}`;
        }
        if (field.test(body)) break;
      }
    }
    const assign = /^\s*=(?![=>])/.exec(site.src.slice(m.index + m[0].length));
    if (assign) {
      moveTo(err, site, m.index + m[0].length + assign[0].length - 1);
      return `Cannot write private member #${name} to an object whose class did not declare it`;
    }
    return `Cannot read private member #${name} from an object whose class did not declare it`;
  });
  EXACT.set('Generator should not be executing', 'Generator is already running');
  EXACT.set('SameValue(resolution, promise) is true', 'Chaining cycle detected for promise #<Promise>');
  EXACT.set('method `[Symbol.toPrimitive]` cannot return an object', 'Cannot convert object to primitive value');
  EXACT.set('Invalid property descriptor.Cannot both specify accessors and a value or writable attribute',
    'Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>');
  for (const [boa, v8] of [['getter', 'Getter'], ['setter', 'Setter']]) {
    EXACT.set(`Property descriptor ${boa} must be callable`, (err, site) => {
      const m = site && new RegExp(`\\b${boa.slice(0, 3)}\\s*:\\s*`).exec(site.src);
      const v = m && valueOf(site, site.src.slice(m.index + m[0].length, exprEnd(site.src, m.index + m[0].length)));
      return v ? `${v8} must be a function: ${v.shown}` : undefined;
    });
  }

  // An object as V8's messages show it at run time (NoSideEffectsToString): `#<Ctor>`, `[object Array]`.
  // A value as V8's messages print it (NoSideEffectsToString): `#<Map>`, `[object Array]`, a function's source,
  // a primitive's text. (Shared with proxy_traps.js, through internal.v8Shown.)
  const { getPrototypeOf: protoOf, getOwnPropertyDescriptor: ownDesc } = Object;
  function describe(v) {
    if (typeof v === 'symbol') return v.toString();
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return String(v);
    if (Array.isArray(v)) return '[object Array]';
    if (typeof v === 'function') {
      try { return Function.prototype.toString.call(v); } catch { return '[object Function]'; }
    }
    let o = v;
    try {
      for (let i = 0; o !== null && i < 100; i++, o = protoOf(o)) {
        const d = ownDesc(o, 'constructor');
        if (d) return typeof d.value === 'function' && d.value.name ? `#<${d.value.name}>` : '#<Object>';
      }
    } catch { /* a proxy in the chain */ }
    return '#<Object>';
  }
  internal.v8Shown = describe;
  // Whether making `proto` the prototype of `o` would close a cycle.
  function cycles(o, proto) {
    for (let p = proto, i = 0; p !== null && i < 100000; i++, p = Object.getPrototypeOf(p)) if (p === o) return true;
    return false;
  }
  // The message for a prototype that could not be set: a cycle, a non-extensible object, or Boa's.
  const protoMessage = (o, proto, e) => (cycles(o, proto) ? 'Cyclic __proto__ value'
    : !Object.isExtensible(o) ? `${describe(o)} is not extensible` : e.message);
  // Object.setPrototypeOf: Boa gives one message for a non-extensible object and a prototype cycle.
  const setPrototypeOf = Object.setPrototypeOf;
  internal.hidden(Object, 'setPrototypeOf', { setPrototypeOf(o, proto) {
    try {
      return setPrototypeOf(o, proto);
    } catch (e) {
      if (e instanceof TypeError && e.message === "can't set prototype of this object" && Object(o) === o) {
        e.message = protoMessage(o, proto, e);
        internal.builtinFrame(e, 'Function.setPrototypeOf');
      }
      throw e;
    }
  } }.setPrototypeOf);

  // `o.__proto__ = v`: Boa's message for a cycle does not even say so.
  const protoDesc = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
  if (protoDesc && protoDesc.set) {
    const protoSet = protoDesc.set;
    const set = Object.getOwnPropertyDescriptor({ set __proto__(proto) {
      try {
        return protoSet.call(this, proto);
      } catch (e) {
        if (e instanceof TypeError && Object(this) === this && (proto === null || Object(proto) === proto)) {
          e.message = protoMessage(this, proto, e);
        }
        throw e;
      }
    } }, '__proto__').set;
    Object.defineProperty(Object.prototype, '__proto__', { ...protoDesc, set: internal.markNative(set, 'set __proto__') });
  }

  // A private accessor used the way it cannot be: `'#g' was defined without a setter` (or getter), with the
  // name the site shows.
  for (const [what, assign] of [['setter', true], ['getter', false]]) {
    EXACT.set(`private property was defined without a ${what}`, (err, site) => {
      if (!site) return undefined;
      const re = /#([A-Za-z_$][\w$]*)(\s*(?:[-+*\/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)?=(?![=>]))?/g;
      re.lastIndex = site.p;
      let m = re.exec(site.src);
      if (!m || !!m[2] !== assign) {
        re.lastIndex = 0;
        for (let k; (k = re.exec(site.src)) !== null;) if (!!k[2] === assign) { m = k; break; }
      }
      return m ? `'#${m[1]}' was defined without a ${what}` : undefined;
    });
  }
  // A base constructor that returns an object a subclass already stamped: the subclass's first private field.
  EXACT.set('private field already exists on prototype', (err, site) => {
    if (!site) {
      // No position kept: the constructor frames name the class (`at Stamp (file:?:?)`).
      for (const f of internal.userFrames(err)) {
        const m = /^ {4}at (?:new )?([A-Za-z_$][\w$]*) \((?:file:\/\/)?(.*?):(?:\d+:\d+|\?:\?)\)$/.exec(f);
        const decl = m && classDecl(m[2], m[1]);
        const field = decl && /(?:^|[\s;{}])#([A-Za-z_$][\w$]*)\s*[=;}\n]/.exec(decl.body);
        if (field) return `Cannot initialize #${field[1]} twice on the same object`;
      }
      return undefined;
    }
    const made = /\bnew\s+([A-Za-z_$][\w$]*)/.exec(site.src.slice(site.p)) || /\bnew\s+([A-Za-z_$][\w$]*)/.exec(site.src);
    let body = made ? (classDecl(site.file, made[1]) || {}).body : undefined;
    if (body === undefined) {
      // The class whose field initialisers run at the site.
      const scan = internal.scanSource(site.file);
      const at = nearOf(site, true);
      const text = host.sourceText(site.file);
      const around = scan && at !== undefined ? scan.classes.filter((c) => c.start <= at && at <= c.end) : [];
      if (around.length && typeof text === 'string') body = text.slice(around[around.length - 1].start, around[around.length - 1].end);
    }
    const FIELD = /(?:^|[\s;{}])#([A-Za-z_$][\w$]*)\s*[=;}\n]/;
    let field = body && FIELD.exec(body);
    if (!field && body) {
      // The site is the base constructor that returned the object: its subclass declares the field.
      const base = /^class\s+([A-Za-z_$][\w$]*)/.exec(body);
      const text = host.sourceText(site.file);
      const sub = base && typeof text === 'string'
        && new RegExp(`\\bclass\\s+([A-Za-z_$][\\w$]*)\\s+extends\\s+${esc(base[1])}\\s*\\{`).exec(text);
      const decl = sub && classDecl(site.file, sub[1]);
      field = decl && FIELD.exec(decl.body);
    }
    return field ? `Cannot initialize #${field[1]} twice on the same object` : undefined;
  });
})
