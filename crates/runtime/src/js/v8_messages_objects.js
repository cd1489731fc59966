//! V8's wording for the object-model errors Boa words its own way: Reflect on a primitive, a property
//! descriptor that is not an object, FinalizationRegistry's argument checks, an iterator method returning a
//! primitive, a species that cannot construct, a private method written to, BigInt conversions. Adds rules to
//! v8_messages.js's tables; kept out of call-span instrumentation, like it.
(function (internal) {
  'use strict';
  const { EXACT, PATTERNS, before, beforePattern } = internal.v8Rules;
  const src = () => internal.v8Source;
  // The value of argument `n` of the call of `callee` (a regexp source) at the site, as V8's messages show it.
  function argValue(site, callee, n) {
    const s = src();
    const call = site && s && s.callArgs(site, callee);
    if (!call) return undefined;
    if (call.args.length <= n) return { type: 'undefined', shown: 'undefined', call };
    const v = s.valueOf(site, call.args[n]);
    return v && { ...v, call };
  }
  // The name `re` (global, one group) captures at the site's call, or the last one before it on the line.
  function nameAtSite(site, re) {
    if (!site) return undefined;
    let name;
    for (const m of site.src.matchAll(re)) {
      if (name !== undefined && m.index > site.p) break;
      name = m[1];
    }
    return name;
  }
  // A value's type as V8's Function.prototype.apply check words it ("a number", "an object", "null").
  const ARTICLE = { number: 'a number', string: 'a string', boolean: 'a boolean', symbol: 'a symbol', bigint: 'a bigint', undefined: 'a undefined', null: 'null', object: 'an object' };

  // `Reflect.get(1, 'a')`: Boa says "target must be an object" for every Reflect method.
  EXACT.set('target must be an object', (err, site) => {
    const name = nameAtSite(site, /\bReflect\.(\w+)\s*\(/g);
    return name !== undefined ? `Reflect.${name} called on non-object` : undefined;
  });
  // `Reflect.apply(1)`: V8 reaches Function.prototype.apply's check.
  EXACT.set('target must be a function', (err, site) => {
    const v = argValue(site, '\\bReflect\\.apply', 0);
    if (!v || !(v.type in ARTICLE) || v.type === 'function') return undefined;
    return `Function.prototype.apply was called on ${v.shown}, which is ${ARTICLE[v.type]} and not a function`;
  });
  EXACT.set('cannot create list from a primitive', 'CreateListFromArrayLike called on non-object');

  // `Object.defineProperty(o, 'k', 5)` and the descriptor maps of defineProperties / create.
  function descriptorValue(site) {
    const direct = argValue(site, '\\b(?:Object|Reflect)\\.defineProperty', 2);
    if (direct) return direct.type === 'object' ? undefined : direct;
    const map = argValue(site, '\\bObject\\.(?:defineProperties|create)', 1);
    if (!map || !map.literal) return undefined;
    for (const item of map.literal.slice(1, -1).split(',')) {
      const kv = /^\s*[\w$'"]+\s*:\s*([^]*)$/.exec(item);
      const v = kv && internal.v8Source.valueOf(site, kv[1]);
      if (v && v.type !== 'object' && v.type !== 'function') return v;
    }
    return undefined;
  }
  for (const msg of ['Cannot construct a property descriptor from a non-object', 'property descriptor must be an object']) {
    EXACT.set(msg, (err, site) => {
      const v = descriptorValue(site);
      return v ? `Property description must be an object: ${v.shown}` : undefined;
    });
  }

  // FinalizationRegistry's checks.
  EXACT.set('FinalizationRegistry: cleanup callback of registry must be callable', 'FinalizationRegistry: cleanup must be callable');
  EXACT.set('FinalizationRegistry.prototype.register: `heldValue` cannot be the same as `target`',
    'FinalizationRegistry.prototype.register: target and holdings must not be same');
  EXACT.set('FinalizationRegistry.prototype.register: `target` must be an Object or Symbol',
    'FinalizationRegistry.prototype.register: invalid target');
  EXACT.set('FinalizationRegistry.prototype.unregister: `unregisterToken` must be an Object or a Symbol.', (err, site) => {
    const v = argValue(site, '\\.unregister', 0);
    return v ? `Invalid unregisterToken ('${v.shown}')` : undefined;
  });

  // BigInt conversions. Boa prints a number the Rust way (`inf`, `0.0000001`); V8 as JS does.
  PATTERNS.unshift([/^cannot convert (-?)(inf|\d[\d.e+-]*) to a BigInt$/, (err, site, sign, n) => {
    const shown = n === 'inf' ? `${sign}Infinity` : String(Number(`${sign}${n}`));
    return `The number ${shown} cannot be converted to a BigInt because it is not an integer`;
  }]);
  const bigintArg = (callee, n) => (err, site) => {
    const v = argValue(site, callee, n);
    return v && v.type !== 'undefined' ? `Cannot convert ${v.shown} to a BigInt` : undefined;
  };
  const asIntN = '\\bBigInt\\.as(?:Int|Uint)N';
  before('cannot convert Number to a BigInt', bigintArg(asIntN, 1));
  before('Index must be between 0 and  2^53 - 1', (err, site) => (site && new RegExp(`${asIntN}\\s*\\(`).test(site.src)
    ? 'Invalid value: not (convertible to) a safe integer' : undefined));
  EXACT.set('cannot convert Symbol to a BigInt', (err, site) => bigintArg('(?:^|[^\\w$.])BigInt', 0)(err, site) || 'Cannot convert Symbol to a BigInt');
  EXACT.set("'this' is not a BigInt", (err, site) => {
    const name = nameAtSite(site, /\bBigInt\.prototype\.(\w+)/g);
    return name !== undefined ? `BigInt.prototype.${name} requires that 'this' be a BigInt` : undefined;
  });

  // Iteration and species.
  EXACT.set('returned iterator is not an object', 'Result of the Symbol.iterator method is not an object');
  EXACT.set('Symbol.species must be a constructor', 'object.constructor[Symbol.species] is not a constructor');
  // A Promise subclass whose constructor passes the executor something else.
  EXACT.set('promiseCapability.[[Resolve]] is not callable', 'Promise resolve or reject function is not callable');
  EXACT.set('promiseCapability.[[Reject]] is not callable', 'Promise resolve or reject function is not callable');
  EXACT.set('promiseCapability.[[Resolve]] is not undefined', 'Promise executor has already been invoked with non-undefined arguments');
  EXACT.set('promiseCapability.[[Reject]] is not undefined', 'Promise executor has already been invoked with non-undefined arguments');

  // `yield* 5`: V8's message for a value with no Symbol.iterator (its type, and a number's value).
  // (In front of the rule for the other iterating constructs, which answers when no `yield*` does.)
  // (Boa places it at the generator's body; V8 at the `yield`.)
  const yieldStar = (err, site, type) => {
    if (!site || (type !== 'number' && type !== 'boolean' && type !== 'object')) return undefined;
    const { maskedArea, searchArea, moveToRegion } = internal.v8Rules;
    const { from, r, text } = site.vague ? maskedArea(err, site, 400) : searchArea(err, site, 40);
    const m = /\byield\s*\*\s*([^;)}\]\n]+)/.exec(text);
    if (!m) return undefined;
    const v = type === 'object' ? { type } : src() && src().valueOf(site, m[1].trim());
    if (!v || v.type !== type) return undefined;
    moveToRegion(err, from, r, m.index);
    return `${type}${type === 'object' ? '' : ` ${v.shown}`} is not iterable (cannot read property Symbol(Symbol.iterator))`;
  };
  beforePattern(/^value with type `(\w+)` is not iterable$/, yieldStar);
  // A for-of whose iterator has no callable `next` (`[Symbol.iterator]() { return {}; }`).
  // (Boa keeps no position: V8's is the loop's binding, the first for-of from the site on.)
  PATTERNS.push([/^value with type `(undefined|null)` is not callable$/, (err, site, type) => {
    if (!site) return undefined;
    const { maskedArea, searchArea, moveToRegion } = internal.v8Rules;
    const { from, r, text } = site.vague ? maskedArea(err, site, 400) : searchArea(err, site, 20);
    const m = /\bfor\s*(?:await\s*)?\(\s*(?:(?:const|let|var)\s+)?([\w$]+|[[{])[^;]*?\bof\b/.exec(text);
    if (!m) return undefined;
    moveToRegion(err, from, r, m.index + m[0].indexOf(m[1], m[0].indexOf('(')));
    return `${type} is not a function`;
  }]);
  // Date.prototype[Symbol.toPrimitive] with a hint other than 'default', 'string', 'number'.
  EXACT.set('Date.prototype[@@toPrimitive] called with invalid hint', (err, site) => {
    const m = site && /\[\s*Symbol\.toPrimitive\s*\]\s*\(/.exec(site.src);
    if (!m) return undefined;
    const arg = (src().argsAt(site.src, m.index + m[0].length - 1) || [])[0];
    const v = arg === undefined || arg.trim() === '' ? { type: 'undefined', shown: 'undefined' } : src().valueOf(site, arg);
    return v && v.type !== 'object' ? `Invalid hint: ${v.shown}` : undefined;
  });

  // `WeakMap.prototype.get.call(new Map(), k)`: V8 names the method and shows the receiver.
  PATTERNS.push([/^(WeakMap|WeakSet|WeakRef|Map|Set|FinalizationRegistry)\.prototype\.(\w+): expected [`']this[`'] to be an? `?\w+`? object$/, (err, site, cls, m) => {
    const v = argValue(site, `\\b${cls}\\.prototype\\.${m}\\.call`, 0);
    return v && v.shown !== undefined ? `Method ${cls}.prototype.${m} called on incompatible receiver ${v.shown}` : undefined;
  }]);

  // Private methods: `o.#m = 1`.
  EXACT.set('private method is not writable', (err, site) => {
    const m = site && /\.\s*(#[\w$]+)\s*(?:[-+*/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)?=(?!=)/.exec(site.src);
    return m ? `Private method '${m[1]}' is not writable` : undefined;
  });
})
