//! V8's wording for misused built-ins: a constructor called without `new` (`Map()`, `Uint8Array(2)`), a
//! `String.prototype` method called on null, DataView's and Object.create's argument checks. Adds rules to
//! v8_messages.js's tables; kept out of call-span instrumentation, like it.
(function (internal) {
  'use strict';
  const { EXACT, PATTERNS } = internal.v8Rules;
  // V8 lists the constructor's own frame above the caller's (`at Map (<anonymous>)`).
  const needsNew = (name) => (err) => {
    internal.builtinFrame(err, name);
    return `Constructor ${name} requires 'new'`;
  };
  // A rule in front of one the tables have for the same text: the old one answers when the new one does not.
  function before(msg, rule) {
    const had = EXACT.get(msg);
    EXACT.set(msg, (err, site) => {
      const v = rule(err, site);
      if (v !== undefined) return v;
      return typeof had === 'function' ? had(err, site) : had;
    });
  }

  EXACT.set('cannot call `Map` constructor without new', needsNew('Map'));
  EXACT.set('calling a builtin Set constructor without new is forbidden', needsNew('Set'));
  EXACT.set('cannot call `DataView` constructor without `new`', needsNew('DataView'));
  EXACT.set('Promise NewTarget cannot be undefined', (err) => {
    internal.builtinFrame(err, 'Promise');
    return "Promise constructor cannot be invoked without 'new'";
  });
  // Boa words both ArrayBuffer kinds alike: the call in the source tells them apart.
  EXACT.set('ArrayBuffer.constructor called with undefined new target',
    (err, site) => needsNew(site && /\bSharedArrayBuffer\s*\(/.test(site.src) && !/(^|[^\w$])ArrayBuffer\s*\(/.test(site.src) ? 'SharedArrayBuffer' : 'ArrayBuffer')(err));
  EXACT.set('buffer must be an ArrayBuffer', 'First argument to DataView constructor must be an ArrayBuffer');
  PATTERNS.push(
    // WeakMap, WeakSet, WeakRef, FinalizationRegistry.
    [/^(\w+): cannot call constructor without `new`$/, (err, site, name) => needsNew(name)(err)],
    // Typed arrays: "constructing an Uint8", "an Float64", "an BigInt64".
    [/^new target was undefined when constructing an? (\w+)$/, (err, site, name) => needsNew(`${name}Array`)(err)],
  );
  // `String.prototype.trim.call(null)` and its kind.
  before('cannot convert null or undefined to Object', (err, site) => {
    const m = site && /\bString\.prototype\.(\w+)\.(?:call|apply)\s*\(/.exec(site.src);
    return m ? `String.prototype.${m[1]} called on null or undefined` : undefined;
  });
})
