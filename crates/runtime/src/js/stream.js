//! node:stream, stream/promises, stream/consumers and the legacy _stream_* names over the npm readable-stream
//! package (Node's own lib/internal/streams, bundled into streams-vendor.js), plus the trace instrumentation:
//! every stream gets an id, kind and label; buffer levels, flowing changes, write() false, drain/end/finish/
//! close/error and pipe edges are recorded through `host.streamEvent` (see engine/streams.rs).
(function (internal) {
  'use strict';
  const host = internal.host;
  const process = internal.process;

  // streams-vendor.js was evaluated just before this file by bootstrap.js `loadStreams`.
  const vendor = internal.streamVendor;
  const Stream = vendor.Stream;
  const { Readable, Writable, Duplex, Transform, PassThrough } = Stream;

  // ---- trace instrumentation (installed only when the run records a trace) ----
  const kId = Symbol('looplab.streamId');
  const kLen = Symbol('looplab.length');
  const kFlowing = Symbol('looplab.flowing');
  const kSide = Symbol('looplab.side');
  const kOwner = Symbol('looplab.owner');
  internal.kStreamLabel = Symbol('looplab.streamLabel');
  const ev = host.streamEvent;
  let nextId = 1;

  function kindOf(stream) {
    if (stream instanceof PassThrough) return 4;
    if (stream instanceof Transform) return 3;
    if (stream instanceof Duplex) return 2;
    if (stream instanceof Readable) return 0;
    return 1;
  }
  function labelOf(stream) {
    const given = stream[internal.kStreamLabel];
    if (typeof given === 'string') return given;
    const ctor = stream.constructor;
    return (ctor && typeof ctor.name === 'string' && ctor.name) || 'Stream';
  }
  function register(stream, state, side) {
    let id = stream[kId];
    if (id === undefined) {
      id = nextId++;
      Object.defineProperty(stream, kId, { value: id, enumerable: false, configurable: true });
      ev(0, id, kindOf(stream), labelOf(stream), !!state.objectMode);
    }
    Object.defineProperty(state, kOwner, { value: id, enumerable: false, configurable: true, writable: true });
    Object.defineProperty(state, kSide, { value: side, enumerable: false, configurable: true, writable: true });
    ev(1, id, side, state[kLen] || 0, state.highWaterMark);
    if (side === 0 && state[kFlowing] !== null && state[kFlowing] !== undefined) ev(3, id, state[kFlowing]);
  }
  function stateSlot(key, side) {
    Object.defineProperty(Stream.prototype, key, {
      configurable: true,
      enumerable: false,
      get() { return undefined; },
      set(state) {
        Object.defineProperty(this, key, { value: state, writable: true, configurable: true, enumerable: true });
        if (state && typeof state === 'object') register(this, state, side);
      },
    });
  }
  function lengthSlot(State) {
    Object.defineProperty(State.prototype, 'length', {
      configurable: true,
      enumerable: true,
      get() { return this[kLen]; },
      set(v) {
        const before = this[kLen];
        this[kLen] = v;
        if (v !== before && this[kOwner] !== undefined) ev(1, this[kOwner], this[kSide], v, this.highWaterMark);
      },
    });
  }
  function byteSize(chunk, encoding, objectMode) {
    if (objectMode) return 1;
    if (typeof chunk === 'string') return internal.Buffer.byteLength(chunk, typeof encoding === 'string' ? encoding : 'utf8');
    if (chunk && typeof chunk.byteLength === 'number') return chunk.byteLength;
    return 0;
  }
  const SIGNALS = { drain: 1, end: 2, finish: 3, close: 4, error: 5 };
  function instrument() {
    for (const State of [Readable.ReadableState, Writable.WritableState]) lengthSlot(State);
    Object.defineProperty(Readable.ReadableState.prototype, 'flowing', {
      configurable: true,
      enumerable: true,
      get() { return this[kFlowing]; },
      set(v) {
        const before = this[kFlowing];
        this[kFlowing] = v;
        if (v !== before && this[kOwner] !== undefined) ev(3, this[kOwner], v);
      },
    });
    stateSlot('_readableState', 0);
    stateSlot('_writableState', 1);
    const push = Readable.prototype.push;
    Readable.prototype.push = function push_(chunk, encoding) {
      const id = this[kId];
      if (id !== undefined && chunk !== null && chunk !== undefined) {
        const st = this._readableState;
        const n = byteSize(chunk, encoding, st && st.objectMode);
        if (n > 0) ev(2, id, 0, n);
      }
      return push.call(this, chunk, encoding);
    };
    Object.defineProperty(Readable.prototype.push, 'name', { value: 'push' });
    for (const proto of [Writable.prototype, Duplex.prototype]) {
      const write = proto.write;
      const wrapped = function write_(chunk, encoding, cb) {
        const id = this[kId];
        const st = this._writableState;
        const open = st && !st.ending && !st.destroyed;
        const ret = write.call(this, chunk, encoding, cb);
        if (id !== undefined) {
          const n = open ? byteSize(chunk, typeof encoding === 'string' ? encoding : st.defaultEncoding, st.objectMode) : 0;
          if (n > 0) ev(2, id, 1, n);
          if (ret === false) ev(4, id, 0);
        }
        return ret;
      };
      Object.defineProperty(wrapped, 'name', { value: 'write' });
      proto.write = wrapped;
    }
    const emit = Stream.prototype.emit;
    Stream.prototype.emit = function emit_(name, arg) {
      const id = this[kId];
      if (id !== undefined) {
        const sig = SIGNALS[name];
        if (sig !== undefined) ev(4, id, sig);
        else if ((name === 'pipe' || name === 'unpipe') && arg && arg[kId] !== undefined) ev(5, arg[kId], id, name === 'pipe');
      }
      return emit.apply(this, arguments);
    };
    Object.defineProperty(Stream.prototype.emit, 'name', { value: 'emit' });
  }
  if (host.tracing()) instrument();

  // node 20 deprecates readable.asIndexedPairs() (a DeprecationWarning on first use, no code).
  if (typeof Readable.prototype.asIndexedPairs === 'function') {
    const pairs = internal.modules.util.deprecate(Readable.prototype.asIndexedPairs,
      'readable.asIndexedPairs will be removed in a future version.');
    Object.defineProperty(Readable.prototype, 'asIndexedPairs', { value: pairs, writable: true, configurable: true, enumerable: false });
  }

  // ---- Node 20's module shape ----
  const promises = vendor.promises;
  internal.stream = { Stream, Readable, Writable, Duplex, Transform, PassThrough, kId };
  // require('stream/promises') is stream.promises, and util.promisify(stream.pipeline / stream.finished) gives
  // its functions, except for a node 20.20 load-order quirk: lib/stream/promises.js requires 'stream' while its
  // own exports are still the initial `{}`, which lib/stream.js keeps; so when 'stream/promises' is required
  // before 'stream', stream.promises is an empty object for good (and the promisify getters give undefined).
  // (In node anything else that loads lib/stream.js first, e.g. process.stdout, also avoids it.)
  let streamRequired = false;
  let promisesRequired = false;
  Object.defineProperty(internal.modules, 'stream', {
    configurable: true,
    enumerable: true,
    get() {
      streamRequired = true;
      return Stream;
    },
  });
  Object.defineProperty(internal.modules, 'stream/promises', {
    configurable: true,
    enumerable: true,
    get() {
      if (!streamRequired && !promisesRequired) internal.streamPromisesLoadedFirst();
      promisesRequired = true;
      return promises;
    },
  });
  internal.modules._stream_readable = Readable;
  internal.modules._stream_writable = Writable;
  internal.modules._stream_duplex = Duplex;
  internal.modules._stream_transform = Transform;
  internal.modules._stream_passthrough = PassThrough;

  // stream/consumers, as node's lib/stream/consumers.js: buffer() and arrayBuffer() go through a Blob (so any
  // chunk a Blob accepts works, objects becoming their String()), text() decodes with a streaming TextDecoder.
  async function blob(stream) {
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const BlobCtor = internal.Blob || globalThis.Blob;
    return new BlobCtor(chunks);
  }
  async function arrayBuffer(stream) {
    const ret = await blob(stream);
    return ret.arrayBuffer();
  }
  async function buffer(stream) {
    return internal.Buffer.from(await arrayBuffer(stream));
  }
  async function text(stream) {
    const dec = new internal.TextDecoder();
    let str = '';
    for await (const chunk of stream) {
      if (typeof chunk === 'string') str += chunk;
      else str += dec.decode(chunk, { stream: true });
    }
    // Flush the streaming TextDecoder so that any pending incomplete multibyte characters are handled.
    str += dec.decode(undefined, { stream: false });
    return str;
  }
  async function json(stream) {
    const str = await text(stream);
    return JSON.parse(str);
  }
  internal.modules['stream/consumers'] = { arrayBuffer, blob, buffer, text, json };
})
