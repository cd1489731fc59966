//! V8's messages for proxy traps: every proxy's handler is seen by the engine through a stand-in whose traps
//! run the user's (node's "'x' returned for property 'get' ... is not a function" when one is not callable)
//! and note the last trap call; a Boa proxy error (or a strict operation a trap refused) is then worded as V8
//! words it, from that call's target, key and result. Kept out of call-span instrumentation.
(function (internal) {
  'use strict';
  const { EXACT, before, beforePattern } = internal.v8Rules;
  const { getOwnPropertyDescriptor, isExtensible, getPrototypeOf, ownKeys } = Reflect;
  const HANDLER = Symbol('looplab.proxyHandler');
  const TRAPS = ['getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'getOwnPropertyDescriptor',
    'defineProperty', 'has', 'get', 'set', 'deleteProperty', 'ownKeys', 'apply', 'construct'];
  // The last trap call: its trap (null while a trap runs, or once its error was worded), target, key (a
  // setPrototypeOf's prototype), third argument (a set's value, a defineProperty's descriptor) and result.
  const last = { trap: null, target: undefined, key: undefined, value: undefined, result: undefined };
  // Each trap's argument count, as the engine passes them (a trap sees exactly these).
  const ARITY = { getPrototypeOf: 1, setPrototypeOf: 2, isExtensible: 1, preventExtensions: 1, getOwnPropertyDescriptor: 2,
    defineProperty: 3, has: 2, get: 3, set: 4, deleteProperty: 2, ownKeys: 1, apply: 3, construct: 3 };

  // A value as V8's messages show it (NoSideEffectsToString).
  const shown = internal.v8Shown;
  const keyOf = (k) => (typeof k === 'symbol' ? k.toString() : String(k));

  // The stand-in's traps, shared by all proxies (the engine calls them with the stand-in as `this`): each
  // looks the user's trap up once, as the engine would, runs it (or the default when there is none) and notes
  // the call. One JS call more per trap than a plain proxy, no closure per proxy.
  const proto = Object.create(null);
  for (const trap of TRAPS) {
    const n = ARITY[trap];
    const fallback = Reflect[trap];
    const run = {
      [trap](a, b, c, d) {
        const handler = this[HANDLER];
        const f = handler[trap];
        if (f === undefined || f === null) {
          return n === 1 ? fallback(a) : n === 2 ? fallback(a, b) : n === 3 ? fallback(a, b, c) : fallback(a, b, c, d);
        }
        if (typeof f !== 'function') {
          throw new TypeError(`'${shown(f)}' returned for property '${trap}' of object '${shown(handler)}' is not a function`);
        }
        last.trap = null;
        const result = n === 1 ? f.call(handler, a) : n === 2 ? f.call(handler, a, b) : n === 3 ? f.call(handler, a, b, c) : f.call(handler, a, b, c, d);
        last.trap = trap;
        last.target = a;
        last.key = b;
        last.value = c;
        last.result = result;
        return result;
      },
    }[trap];
    Object.defineProperty(proto, trap, { value: run });
  }
  // The stand-in the engine sees for `handler` (anything else is left for the Proxy constructor to refuse).
  internal.proxyHandler = (handler) => {
    if (handler === null || (typeof handler !== 'object' && typeof handler !== 'function')) return handler;
    const standIn = Object.create(proto);
    Object.defineProperty(standIn, HANDLER, { value: handler });
    return standIn;
  };

  const isData = (d) => 'value' in d || 'writable' in d;
  const sameValue = Object.is;
  // Whether descriptor `desc` could be applied to a property described `current` (ECMA-262
  // IsCompatiblePropertyDescriptor for an existing property).
  function compatible(desc, current) {
    if (current.configurable) return true;
    if (desc.configurable === true) return false;
    if ('enumerable' in desc && !!desc.enumerable !== current.enumerable) return false;
    const generic = !('get' in desc) && !('set' in desc) && !('value' in desc) && !('writable' in desc);
    if (generic) return true;
    if (isData(current) !== (!('get' in desc) && !('set' in desc))) return false;
    if (isData(current)) {
      if (!current.writable) {
        if (desc.writable === true) return false;
        if ('value' in desc && !sameValue(desc.value, current.value)) return false;
      }
      return true;
    }
    if ('get' in desc && desc.get !== current.get) return false;
    if ('set' in desc && desc.set !== current.set) return false;
    return true;
  }
  const toDescriptor = (o) => {
    const d = {};
    for (const k of ['enumerable', 'configurable', 'value', 'writable', 'get', 'set']) if (k in o) d[k] = k === 'enumerable' || k === 'configurable' || k === 'writable' ? !!o[k] : o[k];
    return d;
  };

  // V8's message for the last trap call, when it broke an invariant or refused (`falsish`: a strict operation
  // failed on a false result); undefined when it did neither.
  function message(falsish) {
    const { trap, target, key: k, value, result } = last;
    if (trap === null) return undefined;
    const on = `'${trap}' on proxy:`;
    const td = () => getOwnPropertyDescriptor(target, k);
    switch (trap) {
      case 'get': {
        const d = td();
        if (!d || d.configurable) return undefined;
        if (isData(d) && !d.writable && !sameValue(result, d.value)) {
          return `${on} property '${keyOf(k)}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '${shown(d.value)}' but got '${shown(result)}')`;
        }
        if (!isData(d) && d.get === undefined && result !== undefined) {
          return `${on} property '${keyOf(k)}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '${shown(result)}')`;
        }
        return undefined;
      }
      case 'set': {
        if (!result) return falsish ? `${on} trap returned falsish for property '${keyOf(k)}'` : undefined;
        const d = td();
        if (!d || d.configurable) return undefined;
        if (isData(d) && !d.writable && !sameValue(value, d.value)) {
          return `${on} trap returned truish for property '${keyOf(k)}' which exists in the proxy target as a non-configurable and non-writable data property with a different value`;
        }
        if (!isData(d) && d.set === undefined) {
          return `${on} trap returned truish for property '${keyOf(k)}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter`;
        }
        return undefined;
      }
      case 'has': {
        if (result) return undefined;
        const d = td();
        if (!d) return undefined;
        if (!d.configurable) return `${on} trap returned falsish for property '${keyOf(k)}' which exists in the proxy target as non-configurable`;
        if (!isExtensible(target)) return `${on} trap returned falsish for property '${keyOf(k)}' but the proxy target is not extensible`;
        return undefined;
      }
      case 'deleteProperty': {
        if (!result) return falsish ? `${on} trap returned falsish for property '${keyOf(k)}'` : undefined;
        const d = td();
        if (!d) return undefined;
        if (!d.configurable) return `${on} trap returned truish for property '${keyOf(k)}' which is non-configurable in the proxy target`;
        if (!isExtensible(target)) return `${on} trap returned truish for property '${keyOf(k)}' but the proxy target is non-extensible`;
        return undefined;
      }
      case 'defineProperty': {
        if (!result) return falsish ? `${on} trap returned falsish for property '${keyOf(k)}'` : undefined;
        const desc = value !== null && typeof value === 'object' ? toDescriptor(value) : {};
        const d = td();
        const nonConfigurable = desc.configurable === false;
        if (!d) {
          if (!isExtensible(target)) return `${on} trap returned truish for adding property '${keyOf(k)}'  to the non-extensible proxy target`;
          if (nonConfigurable) return `${on} trap returned truish for defining non-configurable property '${keyOf(k)}' which is either non-existent or configurable in the proxy target`;
          return undefined;
        }
        if (!compatible(desc, d)) return `${on} trap returned truish for adding property '${keyOf(k)}'  that is incompatible with the existing property in the proxy target`;
        if (nonConfigurable && d.configurable) return `${on} trap returned truish for defining non-configurable property '${keyOf(k)}' which is either non-existent or configurable in the proxy target`;
        if (isData(d) && !d.configurable && d.writable && desc.writable === false) {
          return `${on} trap returned truish for defining non-configurable property '${keyOf(k)}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.`;
        }
        return undefined;
      }
      case 'getOwnPropertyDescriptor': {
        const d = td();
        if (result !== undefined && (result === null || typeof result !== 'object')) return `${on} trap returned neither object nor undefined for property '${keyOf(k)}'`;
        if (result === undefined) {
          if (!d) return undefined;
          if (!d.configurable) return `${on} trap returned undefined for property '${keyOf(k)}' which is non-configurable in the proxy target`;
          if (!isExtensible(target)) return `${on} trap returned undefined for property '${keyOf(k)}' which exists in the non-extensible proxy target`;
          return undefined;
        }
        const desc = toDescriptor(result);
        if (!d && !isExtensible(target)) return `${on} trap returned descriptor for property '${keyOf(k)}' that is incompatible with the existing property in the proxy target`;
        if (d && !compatible(desc, d)) return `${on} trap returned descriptor for property '${keyOf(k)}' that is incompatible with the existing property in the proxy target`;
        if (desc.configurable === false) {
          if (!d || d.configurable) return `${on} trap reported non-configurability for property '${keyOf(k)}' which is either non-existent or configurable in the proxy target`;
          if (desc.writable === false && d.writable) return `${on} trap reported non-configurable and writable for property '${keyOf(k)}' which is non-configurable, non-writable in the proxy target`;
          if (isData(d) && desc.writable !== false && !d.writable && 'writable' in desc) return `${on} trap reported non-configurable and writable for property '${keyOf(k)}' which is non-configurable, non-writable in the proxy target`;
        }
        return undefined;
      }
      case 'getPrototypeOf': {
        if (result !== null && typeof result !== 'object' && typeof result !== 'function') return `${on} trap returned neither object nor null`;
        if (!isExtensible(target) && result !== getPrototypeOf(target)) return `${on} proxy target is non-extensible but the trap did not return its actual prototype`;
        return undefined;
      }
      case 'setPrototypeOf': {
        if (!result) return falsish ? `${on} trap returned falsish for property 'undefined'` : undefined;
        if (!isExtensible(target) && k !== getPrototypeOf(target)) return `${on} trap returned truish for setting a new prototype on the non-extensible proxy target`;
        return undefined;
      }
      case 'isExtensible': {
        const actual = isExtensible(target);
        return !!result !== actual ? `${on} trap result does not reflect extensibility of proxy target (which is '${actual}')` : undefined;
      }
      case 'preventExtensions': {
        if (!result) return falsish ? `${on} trap returned falsish` : undefined;
        return isExtensible(target) ? `${on} trap returned truish but the proxy target is extensible` : undefined;
      }
      case 'ownKeys': {
        if (result === null || (typeof result !== 'object' && typeof result !== 'function')) return 'CreateListFromArrayLike called on non-object';
        const keys = Array.from(result);
        for (const key of keys) if (typeof key !== 'string' && typeof key !== 'symbol') return `${shown(key)} is not a valid property name`;
        if (new Set(keys).size !== keys.length) return `${on} trap returned duplicate entries`;
        const have = new Set(keys);
        const extensible = isExtensible(target);
        const own = ownKeys(target);
        for (const key of own) {
          const d = getOwnPropertyDescriptor(target, key);
          if (!have.has(key) && (!extensible || (d && !d.configurable))) return `${on} trap result did not include '${keyOf(key)}'`;
        }
        if (!extensible && keys.some((key) => !own.includes(key))) return `${on} trap returned extra keys but proxy target is non-extensible`;
        return undefined;
      }
      case 'construct':
        return result === null || (typeof result !== 'object' && typeof result !== 'function') ? `${on} trap returned non-object ('${shown(result)}')` : undefined;
      default:
        return undefined;
    }
  }
  // Worded once: the call is forgotten, so a later error of the same kind is not taken for it.
  function worded(falsish) {
    let out;
    try { out = message(falsish); } catch { out = undefined; }
    if (out !== undefined) last.trap = null;
    return out;
  }

  // Boa's invariant checks (builtins/proxy): each is one of V8's, told apart by the last trap call.
  for (const boa of ['Proxy trap result is neither object nor null', 'Proxy trap returned unexpected prototype',
    'Proxy trap failed to set prototype', 'Proxy trap returned unexpected extensible value', 'Proxy trap failed to set extensible',
    'Proxy trap result is neither object nor undefined', 'Proxy trap result is undefined and target is not extensible',
    'Proxy trap result is undefined adn target result is not configurable', 'Proxy trap result is undefined and target result is not configurable',
    'Proxy trap result is not configurable and target result is undefined',
    'Proxy trap returned unexpected property', 'Proxy trap result is writable and not configurable while target result is not configurable',
    'Proxy trap failed to set property', 'Proxy trap set property to unexpected value', 'Proxy trap set property with unexpected configurable field',
    'Proxy trap set property with unexpected writable field', 'Proxy trap returned unexpected data descriptor',
    'Proxy trap returned unexpected accessor descriptor', 'Proxy trap set unexpected data descriptor', 'Proxy trap set unexpected accessor descriptor',
    'Proxy trap failed to delete property', 'Proxy trap result contains duplicate string property keys',
    'Proxy trap result contains duplicate symbol property keys', 'Proxy trap failed to return all non-configurable property keys',
    'Proxy trap failed to return all configurable property keys', 'Proxy trap failed to return all property keys',
    'Proxy trap constructor returned non-object value', 'bad type']) {
    before(boa, () => worded(false));
  }
  // A strict operation that failed because a trap returned false (Boa words it as for an ordinary object).
  for (const boa of ['Cannot delete property', "can't set prototype of this object", 'cannot prevent extensions']) before(boa, () => worded(true));
  // (In front of the rules these texts have: theirs answer when no trap refused.)
  for (const re of [/^cannot set non-writable property: (.*)$/, /^cannot redefine property: (.*)$/]) beforePattern(re, () => worded(true));
  // A revoked proxy called or constructed (the `get` the revoked-proxy rule falls back to is a property read).
  const REVOKED = 'Proxy object has empty handler and target';
  const revokedRule = EXACT.get(REVOKED);
  EXACT.set(REVOKED, (err, site) => {
    const said = typeof revokedRule === 'function' ? revokedRule(err, site) : revokedRule;
    if (!site || (said !== undefined && !said.includes("'get'"))) return said;
    const rest = site.src.slice(site.p);
    const start = site.src.slice(0, site.p);
    if (/\bnew\s+[\w$.]*$/.test(start) || /^new\s/.test(rest)) return "Cannot perform 'construct' on a proxy that has been revoked";
    if (/^[\w$.]*\s*\(/.test(rest) && !/^[\w$]*\s*\.\s*(call|apply|bind)\b/.test(rest)) return "Cannot perform 'apply' on a proxy that has been revoked";
    return said;
  });
});
