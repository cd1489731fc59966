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
  // (Shared with the tables that load later, through internal.v8Rules.)
  function before(msg, rule) {
    const had = EXACT.get(msg);
    EXACT.set(msg, (err, site) => {
      const v = rule(err, site);
      if (v !== undefined) return v;
      return typeof had === 'function' ? had(err, site) : had;
    });
  }
  internal.v8Rules.before = before;
  // The same for a PATTERNS rule: wraps the rule of the same regex where there is one (keeping its place, as the
  // first match wins), else adds the new rule in front.
  function beforePattern(re, rule) {
    const at = PATTERNS.findIndex(([r]) => String(r) === String(re));
    const had = at >= 0 ? PATTERNS[at][1] : undefined;
    const wrapped = [re, (err, site, ...groups) => {
      const v = rule(err, site, ...groups);
      if (v !== undefined) return v;
      return typeof had === 'function' ? had(err, site, ...groups) : had;
    }];
    if (at >= 0) PATTERNS[at] = wrapped;
    else PATTERNS.unshift(wrapped);
  }
  internal.v8Rules.beforePattern = beforePattern;

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
  // `Reflect.construct(F, args, newTarget)` with a newTarget that cannot construct: V8 shows that value.
  EXACT.set('newTarget must be a constructor', (err, site) => {
    const src = internal.v8Source;
    const call = site && src && src.callArgs(site, 'Reflect\\.construct');
    const v = call && call.args.length > 2 && src.valueOf(site, call.args[2]);
    return v ? `${v.shown} is not a constructor` : undefined;
  });
  PATTERNS.push(
    // WeakMap, WeakSet, WeakRef, FinalizationRegistry.
    [/^(\w+): cannot call constructor without `new`$/, (err, site, name) => needsNew(name)(err)],
    // Typed arrays: "constructing an Uint8", "an Float64", "an BigInt64".
    [/^new target was undefined when constructing an? (\w+)$/, (err, site, name) => needsNew(`${name}Array`)(err)],
  );
  // V8 lists the built-in that threw above its caller (`at Number.toFixed (<anonymous>)`); Boa's backtrace has
  // no frame for it. Told by the final message and the call at the throw site: [message, call, frame], the
  // frame a string or a function of the call's text.
  const THROWERS = [
    [/^The normalization form should be one of/, /\.normalize$/, 'String.normalize'],
    [/^The comparison function must be either a function or undefined$/, /\.(sort|toSorted)$/, (m, callee, site) => `${typedOwner(callee, site) || 'Array'}.${m[1]}`],
    [/^toFixed\(\) digits argument/, /\.toFixed$/, 'Number.toFixed'],
    [/^toPrecision\(\) argument/, /\.toPrecision$/, 'Number.toPrecision'],
    [/^toExponential\(\) argument/, /\.toExponential$/, 'Number.toExponential'],
    [/^toString\(\) radix argument/, /\.toString$/, (m, before) => (/\dn\)?\s*\.\s*toString$/.test(before) ? 'BigInt.toString' : 'Number.toString')],
    [/^Invalid count value/, /\.repeat$/, 'String.repeat'],
    [/^Invalid time value$/, /\.toISOString$/, 'Date.toISOString'],
    [/^Invalid code point/, /\bString\.fromCodePoint$/, 'Function.fromCodePoint'],
    [/^Object\.defineProperty called on non-object$/, /\bObject\.defineProperty$/, 'Function.defineProperty'],
    [/^(The number .* cannot be converted to a BigInt|Cannot convert .* to a BigInt)/, /(^|[^\w$.])BigInt$/, 'BigInt'],
    [/^Invalid array buffer length$/, /^new\s+(Shared)?ArrayBuffer$/, (m) => `new ${m[1] || ''}ArrayBuffer`],
    [/^Property description must be an object/, /\b(Object|Reflect)\.(defineProperty|defineProperties|create)$/, (m) => `${m[1] === 'Object' ? 'Function' : 'Reflect'}.${m[2]}`],
    [/^String\.prototype\.(replaceAll|matchAll) called with a non-global RegExp argument$/, /\.(replaceAll|matchAll)$/, (m) => `String.${m[1]}`],
    [/^First argument to String\.prototype\.(startsWith|endsWith|includes) must not be a regular expression$/,
      /\.(startsWith|endsWith|includes)$/, (m) => `String.${m[1]}`],
    [/^Invalid index : /, /\.with$/, 'Array.with'],
    [/^Reflect\.\w+ called on non-object$/, /\bReflect\.(\w+)$/, (m) => `Reflect.${m[1]}`],
    [/^flatMap mapper function is not callable$/, /\.flatMap$/, 'Array.flatMap'],
    [/^Promise resolver /, /^new\s+Promise$/, 'new Promise'],
    [/^Currency code is required/, /^new\s+Intl\.NumberFormat$/, 'new NumberFormat'],
    [/^URI malformed$/, /(?:^|[^\w$.])((?:de|en)codeURI(?:Component)?)$/, (m) => m[1]],
    // (Last: the first entry whose message matches decides, and other built-ins say "... is not a function" too.)
    [/^[^ ]+ is not a function$/, /\bArray\.from$/, 'Function.from'],
  ];
  // A typed array's (or Buffer's) class when the method's receiver is one the source makes there or binds.
  function typedOwner(callee, site) {
    const inline = /\bnew\s+([A-Z]\w*Array)\s*\([^;]*\)\s*\.\s*\w+$/.exec(callee);
    if (inline) return inline[1];
    const name = /([\w$]+)\s*\.\s*\w+$/.exec(callee);
    const cls = name && internal.declaredClass ? internal.declaredClass(site.file, name[1]) : null;
    return cls && cls !== 'Map' && cls !== 'Set' && cls !== 'Proxy' ? cls : null;
  }
  // The call at a throw site: Boa places a call at its `(` (the callee is the text before it), a `new` at `new`.
  function calleeAt(site) {
    if (site.src[site.p] === '(') return site.src.slice(0, site.p).trimEnd();
    const m = /^new\s+[\w$.]+/.exec(site.src.slice(site.p));
    return m ? m[0] : '';
  }
  internal.v8ThrowerFrame = function throwerFrame(err, msg, site) {
    if (!site || internal.hasBuiltinFrame(err)) return;
    for (const [re, call, frame] of THROWERS) {
      if (!re.test(msg)) continue;
      const callee = calleeAt(site);
      const m = call.exec(callee);
      if (m) internal.builtinFrame(err, typeof frame === 'function' ? frame(m, callee, site) : frame);
      return;
    }
  };
  // `Map.prototype.forEach(5)`: V8 words this one with the value's type (`number 5 is not a function`).
  const typed = (v) => (v === 'undefined' ? v : v === 'null' ? 'object null' : v[0] === '#' || v[0] === '[' ? 'object'
    : /^-?(\d|Infinity|NaN)/.test(v) ? `number ${v}` : v === 'true' || v === 'false' ? `boolean ${v}` : `string "${v}"`);
  PATTERNS.push([/^Method (Map|Set)\.prototype\.forEach called with non-callable callback function$/, (err, site, type) => {
    const v = internal.v8Rules.literalArg(site, true);
    if (v === undefined) return undefined;
    internal.builtinFrame(err, `${type}.forEach`);
    return `${typed(v)} is not a function`;
  }]);
  // `Array.from(items, 0)`: V8 names the mapping function's value.
  PATTERNS.push([/^`\w+` is not callable$/, (err, site) => {
    const src = internal.v8Source;
    const call = site && src && src.callArgs(site, '\\bArray\\.from');
    const v = call && call.args.length > 1 ? src.valueOf(site, call.args[1]) : undefined;
    return v ? `${v.shown} is not a function` : undefined;
  }]);
  // A built-in method called on null or undefined through `call`/`apply` (`[].push.call(null, 1)`,
  // `Array.prototype.map.call(undefined, f)`, `f.call(null)` with `const f = [].join`): V8's text depends on the
  // method, as its builtins word it (Torque's "called on null or undefined", else ToObject's).
  const CALLED_ON = {
    Array: new Set(['concat', 'find', 'findIndex', 'findLast', 'findLastIndex', 'indexOf', 'forEach', 'filter', 'map',
      'every', 'some', 'reduce', 'reduceRight']),
    Object: new Set(['toLocaleString']),
  };
  const PROTO = { '[]': 'Array', 'Array.prototype': 'Array', "''": 'String', '""': 'String', 'String.prototype': 'String', '{}': 'Object', 'Object.prototype': 'Object' };
  const RE_PROTO_METHOD = /(\[\]|Array\.prototype|''|""|String\.prototype|\{\}|Object\.prototype)\.(\w+)$/;
  function nullReceiver(err, site) {
    if (!site) return undefined;
    // The `X.call(`/`X.apply(` nearest Boa's position: the last one that starts at or before it, else the first
    // after it (two such calls on one line are told apart by where Boa stopped).
    const from = Math.max(0, site.p - 80);
    const re = /([\w$.[\]'"{}]+)\.(call|apply)\s*\(\s*(?:null|undefined)?\s*[,)]/g;
    const window = site.src.slice(from, site.p + 80);
    let m = null;
    for (let found; (found = re.exec(window)) !== null;) {
      if (m !== null && from + found.index > site.p) break;
      m = found;
    }
    if (!m) return undefined;
    let callee = RE_PROTO_METHOD.exec(m[1]);
    if (!callee && /^[A-Za-z_$][\w$]*$/.test(m[1])) {
      // A name bound once to such a method.
      const text = internal.host.sourceText(site.file);
      const bound = typeof text === 'string'
        ? new RegExp(`\\b(?:const|let|var)\\s+${m[1].replace(/\$/g, '\\$')}\\s*=\\s*([\\w$.[\\]'"{}]+)\\s*[;\\n]`).exec(text) : null;
      callee = bound && RE_PROTO_METHOD.exec(bound[1]);
    }
    // (A method the source does not show: ToObject's text, which most give.)
    if (!callee) return m[0].includes('null') || m[0].includes('undefined') ? 'Cannot convert undefined or null to object' : undefined;
    const kind = PROTO[callee[1]];
    const name = callee[2];
    // V8 lists the method's own frame and places the call at `call`/`apply`.
    internal.builtinFrame(err, name);
    internal.v8Rules.moveTo(err, site, from + m.index + m[1].length + 1);
    if (kind === 'String') {
      if (name === 'toString' || name === 'valueOf') return `String.prototype.${name} requires that 'this' be a String`;
      const shown = name === 'trimStart' ? 'trimLeft' : name === 'trimEnd' ? 'trimRight' : name;
      return `String.prototype.${shown} called on null or undefined`;
    }
    return CALLED_ON[kind] && CALLED_ON[kind].has(name) ? `${kind}.prototype.${name} called on null or undefined`
      : 'Cannot convert undefined or null to object';
  }
  before("cannot convert 'null' or 'undefined' to object", nullReceiver);
  // `String.prototype.trim.call(null)` and its kind.
  // Passed as a callback (`names.map(String.prototype.trim)`), it is called with `this` undefined: V8 lists
  // the method's own frame (`at trim`) over the caller's.
  before('cannot convert null or undefined to Object', (err, site) => {
    if (site && /\bObject\.setPrototypeOf\s*\(\s*(?:null|undefined)\s*[,)]/.test(site.src)) {
      internal.builtinFrame(err, 'Function.setPrototypeOf');
      return 'Object.setPrototypeOf called on null or undefined';
    }
    const called = nullReceiver(err, site);
    if (called && called.startsWith('String.')) return called;
    const passed = site && /(?:\.(map|forEach|filter|flatMap|some|every|find|findIndex|findLast|findLastIndex)\(\s*)?\bString\.prototype\.(\w+)\s*[,)]/.exec(site.src);
    if (!passed) return undefined;
    // (Called by an array method: its frame is next.)
    if (passed[1]) internal.builtinFrame(err, passed[2], `Array.${passed[1]}`);
    else internal.builtinFrame(err, passed[2]);
    return `String.prototype.${passed[2]} called on null or undefined`;
  });
})
