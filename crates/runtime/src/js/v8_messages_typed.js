//! V8's wording for typed-array, ArrayBuffer and DataView errors (bounds, alignment, lengths, BigInt
//! conversion, `set` and `with` offsets), with the built-in's own frame V8 lists (`at DataView.setUint8
//! (<anonymous>)`, `at new Int32Array (<anonymous>)`). The values V8 prints come from the call at the throw site.
//! Adds rules to v8_messages.js's tables; kept out of call-span instrumentation, like it.
(function (internal) {
  'use strict';
  const { EXACT } = internal.v8Rules;
  const src = () => internal.v8Source;
  const TYPED = '(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64|BigInt64|BigUint64)Array';
  const SIZES = { Int16: 2, Uint16: 2, Int32: 4, Uint32: 4, Float32: 4, Float64: 8, BigInt64: 8, BigUint64: 8 };
  const DV_METHODS = '\\.\\s*(?:get|set)(?:Int8|Uint8|Int16|Uint16|Int32|Uint32|Float32|Float64|BigInt64|BigUint64)';

  // The value an argument of the call at the throw site shows: a literal, a constant's, `2 ** 40`.
  function shownArg(site, call, i) {
    const text = call && call.args[i];
    if (text === undefined) return undefined;
    const pow = /^\s*(\d+)\s*\*\*\s*(\d+)\s*$/.exec(text);
    if (pow) return String(Number(pow[1]) ** Number(pow[2]));
    // `end - start` with both names bound to numbers.
    const op = /^\s*([\w$.]+)\s*([-+*])\s*([\w$.]+)\s*$/.exec(text);
    if (op) {
      const a = src().valueOf(site, op[1]);
      const b = src().valueOf(site, op[3]);
      if (a && b && a.type === 'number' && b.type === 'number') {
        const x = Number(a.shown);
        const y = Number(b.shown);
        return String(op[2] === '-' ? x - y : op[2] === '+' ? x + y : x * y);
      }
    }
    const v = src().valueOf(site, text);
    return v && (v.type === 'number' || v.type === 'string' || v.type === 'boolean') ? v.shown : undefined;
  }
  const callAt = (site, callee) => (site && src() ? src().callArgs(site, callee) : null);
  // `new Int32Array(...)` at the throw site: [call, 'Int32'].
  function typedNew(site) {
    const call = callAt(site, `\\bnew\\s+${TYPED}`);
    return call ? [call, new RegExp(TYPED).exec(call.m[0])[1]] : [null, null];
  }
  // A DataView method called at the throw site: [call, 'setUint8'].
  function dataViewCall(site) {
    const call = callAt(site, DV_METHODS);
    return call ? [call, /[gs]et\w+/.exec(call.m[0])[0]] : [null, null];
  }
  // The typed-array type of the receiver of `.method(` at the throw site: `new Uint8Array(2).set(...)`, or a
  // name bound to such a construction.
  function receiverType(site, method) {
    const call = callAt(site, `\\.\\s*${method}`);
    if (!call) return undefined;
    const before = site.src.slice(0, call.m.index);
    const made = new RegExp(`\\bnew\\s+${TYPED}\\s*\\([^()]*\\)\\s*$`).exec(before);
    if (made) return `${made[1]}Array`;
    const id = /([A-Za-z_$][\w$]*)\s*$/.exec(before);
    const v = id && src().valueOf(site, id[1]);
    const t = v && /^#<(\w+)>$/.exec(v.shown || '');
    return t && new RegExp(`^${TYPED}$`).test(t[1]) ? t[1] : undefined;
  }

  const outOfBounds = (err, site) => {
    const [, method] = dataViewCall(site);
    if (method) internal.builtinFrame(err, `DataView.${method}`);
    return 'Offset is outside the bounds of the DataView';
  };
  EXACT.set('Offset is outside the bounds of the DataView', outOfBounds);
  EXACT.set('Offset is outside the bounds of DataView', outOfBounds);
  EXACT.set('Index must be between 0 and  2^53 - 1', (err, site) => {
    if (!site) return undefined;
    if (dataViewCall(site)[1]) return outOfBounds(err, site);
    if (atomicsCall(site)) return atomicIndex(err, site);
    // A view's negative byte offset (`new Uint8Array(new ArrayBuffer(8), -2)`, `new DataView(buf, -1)`).
    const [view, viewType] = typedNew(site);
    const dv = viewType ? null : callAt(site, '\\bnew\\s+DataView');
    const offset = view ? shownArg(site, view, 1) : dv ? shownArg(site, dv, 1) : undefined;
    if (offset !== undefined && Number(offset) < 0) {
      internal.builtinFrame(err, view ? `new ${viewType}Array` : 'new DataView');
      return `Start offset ${offset} is outside the bounds of the buffer`;
    }
    if (/\bnew\s+(Shared)?ArrayBuffer\s*\(/.test(site.src)) return 'Invalid array buffer length';
    // A typed array's length the source gives (a literal, or a name bound to a number): V8 names it, with
    // the constructor's frame.
    const [call, type] = typedNew(site);
    const v = call ? shownArg(site, call, 0) : undefined;
    if (v !== undefined) {
      internal.builtinFrame(err, `new ${type}Array`);
      return `Invalid typed array length: ${v}`;
    }
    const m = /\bnew\s+\w+Array\s*\(\s*(-?\d+(?:\.\d+)?)\s*\)/.exec(site.src);
    return m ? `Invalid typed array length: ${m[1]}` : undefined;
  });
  // (Anything else keeps the general rule's wording.)
  const NUMBER_TO_BIGINT = 'Cannot convert Number to a BigInt';
  EXACT.set('cannot convert Number to a BigInt', (err, site) => numberToBigInt(err, site) || NUMBER_TO_BIGINT);
  function numberToBigInt(err, site) {
    const [dv, method] = dataViewCall(site);
    if (method && /^setBig/.test(method)) {
      const v = shownArg(site, dv, 1);
      if (v === undefined) return undefined;
      internal.builtinFrame(err, `DataView.${method}`);
      return `Cannot convert ${v} to a BigInt`;
    }
    // `big[0] = 1`: no built-in frame.
    const put = site && /\]\s*=\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(?:[;,)]|$)/i.exec(site.src);
    if (put) return `Cannot convert ${Number(put[1])} to a BigInt`;
    const [call, type] = typedNew(site);
    if (!call || !/^Big/.test(type)) return undefined;
    const list = src().valueOf(site, call.args[0] || '');
    for (const item of (list && list.array) || []) {
      const v = src().valueOf(site, item);
      if (!v || v.type === 'bigint') continue;
      if (v.type !== 'number') return undefined;
      internal.builtinFrame(err, `new ${type}Array`);
      return `Cannot convert ${v.shown} to a BigInt`;
    }
    return undefined;
  }
  // The constructors' argument checks: V8 names the values.
  const fromNew = (make) => (err, site) => {
    const [call, type] = typedNew(site);
    if (!call) return undefined;
    const out = make(call, type, site);
    if (out !== undefined) internal.builtinFrame(err, `new ${type}Array`);
    return out;
  };
  EXACT.set('offset of typed array exceeds buffer size', fromNew((call, type, site) => {
    const v = shownArg(site, call, 1);
    return v === undefined ? undefined : `Start offset ${v} is outside the bounds of the buffer`;
  }));
  EXACT.set('byte offset of typed array must be aligned', fromNew((call, type) => (SIZES[type]
    ? `start offset of ${type}Array should be a multiple of ${SIZES[type]}` : undefined)));
  EXACT.set('cannot construct a typed array with an unaligned buffer', fromNew((call, type) => (SIZES[type]
    ? `byte length of ${type}Array should be a multiple of ${SIZES[type]}` : undefined)));
  EXACT.set('cannot create a typed array spanning a byte range outside of its buffer', fromNew((call, type, site) => {
    const v = shownArg(site, call, 2);
    return v === undefined ? undefined : `Invalid typed array length: ${v}`;
  }));
  EXACT.set('cannot allocate a buffer that exceeds the maximum buffer size', (err, site) => {
    if (site && /\bnew\s+(Shared)?ArrayBuffer\s*\(/.test(site.src)) {
      internal.builtinFrame(err, `new ${/\bnew\s+(Shared)?ArrayBuffer/.exec(site.src)[1] || ''}ArrayBuffer`);
      return 'Array buffer allocation failed';
    }
    return fromNew((call, type) => {
      const v = shownArg(site, call, 0);
      return v === undefined ? undefined : `Invalid typed array length: ${v}`;
    })(err, site);
  });
  EXACT.set('Cannot initialize typed array from different content type',
    fromNew(() => 'Cannot mix BigInt and other types, use explicit conversions'));
  // DataView's constructor.
  const fromDataView = (i, make) => (err, site) => {
    const call = callAt(site, '\\bnew\\s+DataView');
    const v = call && shownArg(site, call, i);
    if (v === undefined) return undefined;
    internal.builtinFrame(err, 'new DataView');
    return make(v);
  };
  EXACT.set('Start offset is outside the bounds of the buffer', fromDataView(1, (v) => `Start offset ${v} is outside the bounds of the buffer`));
  EXACT.set('Invalid data view length', fromDataView(2, (v) => `Invalid DataView length ${v}`));
  // `ta.set(source, offset)` past the end or at a negative offset.
  const setOutOfBounds = (err, site) => {
    const type = receiverType(site, 'set');
    if (type) internal.builtinFrame(err, `${type}.set`);
    return 'offset is out of bounds';
  };
  for (const msg of ['Source object and target offset longer than target typed array',
    'Source typed array and target offset longer than target typed array', 'TypedArray.set called with negative offset']) {
    EXACT.set(msg, setOutOfBounds);
  }
  // Boa words `with` alike for arrays and typed arrays; V8 does not.
  EXACT.set('invalid integer index for TypedArray operation', (err, site) => {
    const type = receiverType(site, 'with');
    if (type) {
      internal.builtinFrame(err, `${type}.with`);
      return 'Invalid typed array index';
    }
    const m = site && /\.with\s*\(\s*(-?\d+)/.exec(site.src);
    return m ? `Invalid index : ${m[1]}` : undefined;
  });
  // Atomics on the wrong kind of array: V8 names it (`[object Int32Array] is not a shared typed array.`).
  const atomicsCall = (site) => callAt(site, '\\bAtomics\\.\\w+');
  // (With the Atomics method's frame: `at Atomics.store (<anonymous>)`.)
  function atomicIndex(err, site) {
    const call = atomicsCall(site);
    const m = call && /\bAtomics\.(\w+)/.exec(call.m[0]);
    if (m) internal.builtinFrame(err, `Atomics.${m[1]}`);
    return 'Invalid atomic access index';
  }
  const atomicsArray = (site) => {
    const call = atomicsCall(site);
    const v = call && src().valueOf(site, call.args[0] || '');
    const t = v && /^#<(\w+)>$/.exec(v.shown || '');
    return t ? t[1] : undefined;
  };
  EXACT.set('cannot use `ArrayBuffer` for an atomic wait',
    (err, site) => `[object ${atomicsArray(site) || 'Int32Array'}] is not a shared typed array.`);
  EXACT.set("platform doesn't support atomic operations on the provided `TypedArray`", (err, site) => {
    const type = atomicsArray(site);
    if (!type) return undefined;
    const wait = /\.wait(Async)?\b/.test(atomicsCall(site).m[0]);
    return `[object ${type}] is not an ${wait ? 'int32 or BigInt64' : 'integer'} typed array.`;
  });
  EXACT.set('can only atomically wait using Int32 or BigInt64 arrays', (err, site) => {
    const type = atomicsArray(site);
    return type ? `[object ${type}] is not an int32 or BigInt64 typed array.` : undefined;
  });
  EXACT.set('index for typed array outside of bounds', (err, site) => (atomicsCall(site) ? atomicIndex(err, site) : undefined));
  // `Int8Array.prototype.map.call([1], f)`: V8's frame is the receiver's (`Array.map`).
  EXACT.set('`this` is not a typed array object', (err, site) => {
    const call = callAt(site, '\\.prototype\\.\\w+\\.call');
    const v = call && src().valueOf(site, call.args[0] || '');
    if (v && v.array) internal.builtinFrame(err, `Array.${/\.prototype\.(\w+)/.exec(call.m[0])[1]}`);
    return 'this is not a typed array.';
  });
  // Detached and fixed-length buffers, resizes past the maximum: V8's texts (the method from the call).
  EXACT.set('ArrayBuffer.slice called with detached buffer', 'Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer');
  EXACT.set('cannot construct typed array from detached buffer', 'Cannot perform Construct on a detached ArrayBuffer');
  EXACT.set('ArrayBuffer is detached', (err, site) => (site && /\bnew\s+DataView\b/.test(site.src) ? 'Cannot perform DataView constructor on a detached ArrayBuffer' : undefined));
  EXACT.set('typed array is outside the bounds of its inner buffer', (err, site) => {
    // (The method whose call Boa points at: the last `.name(` up to its position.)
    let m = null;
    if (site) for (const found of site.src.slice(0, site.p + 1).matchAll(/\.\s*([a-zA-Z]+)\s*\(/g)) m = found;
    return m ? `Cannot perform %TypedArray%.prototype.${m[1]} on a detached ArrayBuffer` : undefined;
  });
  EXACT.set("ArrayBuffer.resize: new byte length exceeds buffer's maximum byte length", 'ArrayBuffer.prototype.resize: Invalid length parameter');
  EXACT.set('`length` cannot be bigger than `maxByteLength`', 'Invalid array buffer max length');
  EXACT.set('ArrayBuffer.resize: cannot resize a fixed-length buffer', 'Method ArrayBuffer.prototype.resize called on incompatible receiver #<ArrayBuffer>');
  EXACT.set('SharedArrayBuffer.grow: failed to grow buffer to new length', 'SharedArrayBuffer.prototype.grow: Invalid length parameter');
})
