//! Stand-ins for the typed-array constructors: Boa's, given a typed array of another element type, saturate
//! (`new Int16Array(new Float64Array([70000.9]))` is 32767 where V8 converts with ToInt16 to 4464; Uint8Clamped
//! rounds half up instead of to even). Such a source is copied with `set`, which converts as the spec says;
//! every other call goes to the engine's constructor unchanged. Also `Atomics.wait` on the main thread, which
//! node allows and Boa refuses ("agent cannot be suspended"), and `Atomics.notify` waking it from a worker.
(function (internal) {
  'use strict';
  const NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
  const TypedArray = Object.getPrototypeOf(Int8Array);
  const tagOf = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const isBig = (name) => name.startsWith('Big');
  for (const name of NAMES) {
    const Orig = globalThis[name];
    const StandIn = internal.standIn(Orig, name, 3, (args, newTarget) => {
      // Called without `new`: the engine's TypeError.
      if (newTarget === undefined) return Orig(...args);
      const src = args[0];
      const kind = src !== null && typeof src === 'object' ? tagOf.call(src) : undefined;
      // (A BigInt array from a Number one, or back, stays with the engine: its TypeError.)
      if (kind !== undefined && kind !== name && isBig(kind) === isBig(name)) {
        const out = Reflect.construct(Orig, [src.length], newTarget);
        out.set(src);
        return out;
      }
      return Reflect.construct(Orig, args, newTarget);
    });
    Object.setPrototypeOf(StandIn, TypedArray);
    Object.defineProperty(globalThis, name, { value: StandIn, writable: true, configurable: true, enumerable: false });
  }

  // `Atomics.wait` where Boa refuses ("agent cannot be suspended"). A main thread with workers runs them until
  // one notifies it or the timeout passes (engine/atomics.rs); otherwise nothing else can notify it, so it is
  // 'not-equal' or blocks for its whole timeout, in virtual time. Boa checks the arguments first (its errors
  // stand). `Atomics.notify` wakes such waiters too.
  const origWait = Atomics.wait;
  const origNotify = Atomics.notify;
  const byteIndex = (typedArray, index) => typedArray.byteOffset + Number(index) * typedArray.BYTES_PER_ELEMENT;
  const wait = {
    wait(typedArray, index, value, timeout) {
      try {
        return origWait.call(Atomics, typedArray, index, value, timeout);
      } catch (e) {
        if (!(e instanceof TypeError) || e.message !== 'agent cannot be suspended') throw e;
      }
      const big = tagOf.call(typedArray) === 'BigInt64Array';
      const want = big ? BigInt(value) : Number(value) | 0;
      if (Atomics.load(typedArray, index) !== want) return 'not-equal';
      let ms = timeout === undefined ? Infinity : Number(timeout);
      if (Number.isNaN(ms)) ms = Infinity;
      const outcome = internal.host.atomicsWait(typedArray.buffer, byteIndex(typedArray, index), ms);
      if (outcome === 'ok' || outcome === 'timed-out') return outcome;
      if (ms === Infinity) {
        const err = new Error(outcome === 'never'
          ? 'Atomics.wait() without a timeout would block the main thread forever: no worker is left that could notify it'
          : internal.host.worker
            ? 'Atomics.wait() without a timeout cannot wait for another thread in Looplab: threads take turns, so a waiting worker would block the process; give it a timeout'
            : 'Atomics.wait() without a timeout would block the main thread forever: no other thread can notify it in Looplab');
        throw internal.errors.withCode(err, 'ERR_LOOPLAB_UNSUPPORTED');
      }
      internal.host.blockFor(Math.max(ms, 0));
      return 'timed-out';
    },
  }.wait;
  internal.hidden(Atomics, 'wait', wait);
  const notify = {
    notify(typedArray, index, count) {
      const n = origNotify.call(Atomics, typedArray, index, count);
      let c = count === undefined ? Infinity : Math.trunc(Number(count));
      if (Number.isNaN(c) || c < 0) c = 0;
      if (c - n <= 0) return n;
      return n + internal.host.atomicsNotify(typedArray.buffer, byteIndex(typedArray, index), c - n);
    },
  }.notify;
  internal.hidden(Atomics, 'notify', notify);
})
