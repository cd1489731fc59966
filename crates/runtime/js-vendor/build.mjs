//! Looplab's JS vendor build, run by crates/runtime/build.rs as `node js-vendor/build.mjs OUT_DIR`: bundles
//! entry.js (npm buffer + cjs-module-lexer) into OUT_DIR/vendor.js and streams.js (npm readable-stream +
//! web-streams-polyfill) into OUT_DIR/streams-vendor.js with esbuild's JS API, each wrapped as a function
//! expression `(function (internal) {...})` that stores its exports in `internal.<slot>`.
//
// readable-stream 4.8 is node 18.19's lib/internal/streams; a plugin edits its files as esbuild loads them:
// - lib/ours/errors.js gets a small patch appended (own enumerable `code`, `Error [CODE]: message` stack header,
//   node 20's messages, as lib/internal/errors.js does) and helpers that give uncaught errors node's crash
//   report (ERRORS_EDITS); its private inspect/format copy is replaced by Looplab's util.inspect, so messages
//   print values exactly as node does;
// - SOURCE_PATCHES are exact textual edits that give node 20.20's behaviour where 18.19's differs, and
//   THROW_SITES mark the errors node throws synchronously with node's fatal-error header.
// Nothing of the package's source is kept in this repository.
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeData, pluralLocaleFiles, collationTable, timeZoneData, supportedValues } from './intl-data.mjs';
import { streamFrameTable } from './stream-frames.mjs';
import { PUSH_FROM_START, PUSH_FROM_END, PUSH_TO } from './readable-push.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const require = createRequire(join(root, 'package.json'));
const esbuild = require('esbuild');
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node js-vendor/build.mjs OUT_DIR');
  process.exit(2);
}

const ERRORS_PATCH = `
// ---- appended by Looplab's js-vendor/build.mjs ----
;(function looplabNodeErrors() {
  const nodeShape = require('looplab:errors').withCode;
  // An error made by node's stream code always has a frame of it (e.g. \`at emitErrorNT
  // (node:internal/streams/destroy:...)\`); Looplab hides its own, so an error created from the event loop would
  // have none, and util.inspect would print it as \`[Error: ...]\`. Give it the frame that ends node's
  // asynchronous stacks.
  withFrame = function withFrame(e) {
    const stack = e.stack;
    if (typeof stack === 'string' && stack.indexOf('\\n    at ') === -1) {
      e.stack = stack + '\\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)';
    }
    return e;
  };
  // Codes the package uses but never defines (lib/stream.js throws ERR_ILLEGAL_CONSTRUCTOR for \`new
  // readable.map()\`; errors.js's own assert uses ERR_INTERNAL_ASSERTION); wording from node's errors.js.
  E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
  E('ERR_INTERNAL_ASSERTION', (...args) => {
    const message = args[0];
    const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\\n';
    return message === undefined ? suffix : message + '\\n' + suffix;
  }, Error);
  E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
  // Node 20's wording where readable-stream's differs (Looplab's util.js has node's message builders).
  const nodeErrors = internal.nodeErrors;
  const messages = {
    ERR_INVALID_ARG_TYPE: (name, expected, actual) => nodeErrors.invalidArgTypeMessage(name, expected, actual),
    ERR_INVALID_RETURN_VALUE: (input, name, value) =>
      'Expected ' + input + ' to be returned from the "' + name + '" function but got ' +
      nodeErrors.determineSpecificType(value) + '.',
    ERR_MISSING_ARGS: (...args) => {
      const wrap = (a) => '"' + a + '"';
      const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
      const len = names.length;
      let msg = 'The ';
      if (len === 1) msg += names[0] + ' argument';
      else if (len === 2) msg += names[0] + ' and ' + names[1] + ' arguments';
      else msg += names.slice(0, len - 1).join(', ') + ', and ' + names[len - 1] + ' arguments';
      return msg + ' must be specified';
    },
  };
  for (const key of Object.keys(codes)) {
    const Base = codes[key];
    const custom = messages[key];
    const NodeError = custom
      ? function (...args) {
        const e = new Base(...args.map(() => 'x'));
        e.message = custom(...args);
        return withFrame(nodeShape(e, key));
      }
      : function (...args) { return withFrame(nodeShape(new Base(...args), key)); };
    NodeError.prototype = Base.prototype;
    Object.defineProperty(NodeError, 'name', { value: 'NodeError' });
    codes[key] = NodeError;
  }
})();
`;

// Edits of lib/ours/errors.js before ERRORS_PATCH is appended: AbortError gets a stack frame too (withFrame);
// hideStackFrames() wraps the validators as node's does, so their throws show node's fatal-error header; and
// throwSite() (see THROW_SITES) marks an error with the header node prints when it is thrown uncaught.
const ERRORS_EDITS = [
  ['class AbortError extends Error {', 'let withFrame = (e) => e\nclass AbortError extends Error {'],
  ["    this.name = 'AbortError'\n  }", "    this.name = 'AbortError'\n    withFrame(this)\n  }"],
  ['  Object.defineProperty(fn, \'name\', {\n    value: hidden\n  })\n  return fn\n}\n',
    "  Object.defineProperty(fn, 'name', {\n    value: hidden\n  })\n" +
    '  function wrappedFn(...args) {\n    try {\n      return fn.apply(this, args)\n    } catch (error) {\n' +
    "      throwSite(error, 'internal/errors:541', '      throw error;')\n      throw error\n    }\n  }\n" +
    "  Object.defineProperty(wrappedFn, 'name', { value: hidden })\n  return wrappedFn\n}\n" +
    // Looplab's fatal-error printer (process.js) shows `err[internal.kArrow]` as the header: node's is the source
    // line of the throw in its own lib/ (V8's message location), e.g. "node:internal/streams/from:36".
    'function throwSite(err, where, line) {\n  const kArrow = internal.kArrow\n' +
    "  if (kArrow !== undefined && err !== null && typeof err === 'object' && Object.isExtensible(err) && !Object.prototype.hasOwnProperty.call(err, kArrow)) {\n" +
    "    const arrow = 'node:' + where + '\\n' + line + '\\n' + ' '.repeat(line.length - line.trimStart().length) + '^\\n'\n" +
    '    Object.defineProperty(err, kArrow, { value: arrow, configurable: true, writable: true })\n  }\n  return err\n}\n' +
    // `new (atSite(ERR_X, where, line))(...)` builds ERR_X(...) and marks it.
    'function atSite(Ctor, where, line) {\n  return function (...args) {\n    return throwSite(new Ctor(...args), where, line)\n  }\n}\n' +
    // An unhandled 'error' that a stream emits crashes with "Emitted 'error' event on X instance at:" and the
    // frames of the emit (node's own: `at emitErrorNT (node:internal/streams/destroy:...)`). Looplab hides the
    // frames of its bundled code, which would leave none (and util.inspect then prints `[Error: ...]`), so the
    // emit goes through a function made by indirect eval, whose frame is shown (a listener's stack shows it too,
    // as node's does, and so does an error a listener re-emits: readline's).
    // node's `emitErrorCloseNT` frame (destroy with an error) comes from a second such function around it;
    // bootstrap.js maps both to node's lines.
    "const emitErrorVisibly = (0, eval)(\"(function emitErrorNT(stream, err) { return stream.emit('error', err) })\")\n" +
    "const emitErrorCloseVisibly = (0, eval)(\"(function (inner) { return function emitErrorCloseNT(stream, err) { return inner(stream, err) } })\")(emitErrorVisibly)\n" +
    "function emitError(stream, err, viaClose) {\n" +
    "  return viaClose ? emitErrorCloseVisibly(stream, err) : emitErrorVisibly(stream, err)\n}\n" +
    // A pipe's `onerror` re-emits its destination's error: node's frame is `Transform.onerror`, named after the
    // destination's class; one function per class name (`onerror$Transform`), which stack.js shows so.
    'const pipeErrorFns = new Map()\n' +
    'function emitPipeError(dest, err) {\n' +
    "  let name = 'Object'\n  try { name = dest.constructor.name } catch {}\n" +
    "  if (typeof name !== 'string' || !/^[A-Za-z_$][\\w$]*$/.test(name)) name = 'Object'\n" +
    '  let fn = pipeErrorFns.get(name)\n' +
    "  if (fn === undefined) {\n    fn = (0, eval)('(function onerror$' + name + \"(stream, err) { return stream.emit('error', err) })\")\n" +
    '    pipeErrorFns.set(name, fn)\n  }\n  return fn(dest, err)\n}\n'],
  ['  hideStackFrames,\n  codes\n}', '  hideStackFrames,\n  codes,\n  throwSite,\n  atSite,\n  emitError,\n  emitPipeError\n}'],
];

// readable-stream 4.8 is generated from Node 18.19; these edits give it Node 20.20's behaviour where the two
// differ (found by the spec scenarios recorded from node 20 and by comparing with node 20.20's lib/, which
// `process.binding('natives')` prints). Keys are paths under readable-stream/lib/. Each `from` must occur
// exactly once, and every file must be loaded, or the build fails: a new readable-stream version must be
// re-checked.

// Node 20.20's lib/internal/streams/duplexpair.js (its internal asserts left out).
const DUPLEX_PAIR = `Stream.duplexPair = (function () {
  const { Duplex } = Stream
  const process = require('process/')
  const kCallback = Symbol('Callback')
  const kInitOtherSide = Symbol('InitOtherSide')
  class DuplexSide extends Duplex {
    #otherSide = null
    constructor(options) {
      super(options)
      this[kCallback] = null
      this.#otherSide = null
    }
    [kInitOtherSide](otherSide) {
      if (this.#otherSide === null) this.#otherSide = otherSide
    }
    _read() {
      const callback = this[kCallback]
      if (callback) {
        this[kCallback] = null
        callback()
      }
    }
    _write(chunk, encoding, callback) {
      if (chunk.length === 0) {
        process.nextTick(callback)
      } else {
        this.#otherSide.push(chunk)
        this.#otherSide[kCallback] = callback
      }
    }
    _final(callback) {
      this.#otherSide.on('end', callback)
      this.#otherSide.push(null)
    }
  }
  return function duplexPair(options) {
    const side0 = new DuplexSide(options)
    const side1 = new DuplexSide(options)
    side0[kInitOtherSide](side1)
    side1[kInitOtherSide](side0)
    return [side0, side1]
  }
})()
`;
// Node 20.20's ReadableState/WritableState check the defaultEncoding option (`where` is the throw's location).
const defaultEncoding = (where) => `  const defaultEncoding = options ? options.defaultEncoding : null
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') this.defaultEncoding = 'utf8'
  else if (Buffer.isEncoding(defaultEncoding)) this.defaultEncoding = defaultEncoding
  else throw new (ERRORS.atSite(ERRORS.codes.ERR_UNKNOWN_ENCODING, '${where}', '    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);'))(defaultEncoding)
`;
const WRITABLE_ONWRITE_SYNC_FROM = `    if (sync) {
      // It is a common case that the callback passed to .write() is always
      // the same. In that case, we do not schedule a new nextTick(), but
      // rather just increase a counter, to improve performance and avoid
      // memory allocations.
      if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++
      } else {
        state.afterWriteTickInfo = {
          count: 1,
          cb,
          stream,
          state
        }
        process.nextTick(afterWriteTick, state.afterWriteTickInfo)
      }
    } else {`;
const WRITABLE_ONWRITE_SYNC_TO = `    if (sync) {
      const needDrain = state.needDrain && state.length === 0
      const needTick = needDrain || state.objectMode || cb !== nop
      if (cb === nop) {
        if (!state.afterWritePending && needTick) {
          process.nextTick(afterWrite, stream, state, 1, cb)
          state.afterWritePending = true
        } else {
          state.pendingcb--
          if (state.ending) {
            finishMaybe(stream, state, true)
          }
        }
      } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++
      } else if (needTick) {
        state.afterWriteTickInfo = {
          count: 1,
          cb,
          stream,
          state
        }
        process.nextTick(afterWriteTick, state.afterWriteTickInfo)
        state.afterWritePending = true
      } else {
        state.pendingcb--
        if (state.ending) {
          finishMaybe(stream, state, true)
        }
      }
    } else {`;
// readable.js's push() to readableAddChunk() as the package has them (replaced by readable-push.mjs).
const PUSH_FROM = (() => {
  const text = readFileSync(join(root, 'node_modules', 'readable-stream', 'lib', 'internal', 'streams', 'readable.js'), 'utf8');
  const from = text.indexOf(PUSH_FROM_START);
  const to = text.indexOf(PUSH_FROM_END, from);
  if (from < 0 || to < 0) throw new Error('js-vendor/build.mjs: readable.js has no push() ... readableAddChunk() to replace');
  return text.slice(from, to + 1);
})();
const CHUNK_TYPES = "['string', 'Buffer', 'TypedArray', 'DataView']";
// Node 20.20 pre-fills a stream's _events with its common event names (EventEmitter's "shape mode"), which orders
// eventNames() and Object.keys(_events); Stream.prototype.eventNames() lists only those with listeners.
const eventsShape = (indent, names) =>
  `${indent}this._events ??= {\n${names.map((n) => `${indent}  ${n}: undefined`).join(',\n')}\n${indent}}\n`;

const SOURCE_PATCHES = {
  'stream.js': [
    // Node 20.20 exports duplexPair (lib/internal/streams/duplexpair.js, backported from 22) right after
    // PassThrough, and _isArrayBufferView (util.types.isArrayBufferView, i.e. ArrayBuffer.isView).
    ["Stream.PassThrough = require('./internal/streams/passthrough')\n",
      "Stream.PassThrough = require('./internal/streams/passthrough')\n" + DUPLEX_PAIR],
    // stream.js (the glue) swaps `promises` for node's load-order quirk (see there).
    ["const promises = require('./stream/promises')\n",
      "let promises = require('./stream/promises')\ninternal.streamPromisesLoadedFirst = () => {\n  promises = {}\n}\n"],
    ['Stream.Stream = Stream\n', 'Stream.Stream = Stream\nStream._isArrayBufferView = ArrayBuffer.isView\n' +
      // For Looplab's fs streams (fs_streams.js), which use these internals as node's do.
      "internal.streamErrorOrDestroy = require('./internal/streams/destroy').errorOrDestroy\n" +
      "internal.streamErrorCodes = require('./ours/errors').codes\n"],
  ],
  'internal/streams/legacy.js': [
    ['module.exports = {\n  Stream,',
      'Stream.prototype.eventNames = function eventNames() {\n  const names = []\n' +
      '  for (const key of Reflect.ownKeys(this._events)) {\n' +
      "    if (typeof this._events[key] === 'function' || (ArrayIsArray(this._events[key]) && this._events[key].length > 0)) {\n" +
      '      names.push(key)\n    }\n  }\n  return names\n}\nmodule.exports = {\n  Stream,'],
  ],
  'internal/streams/readable.js': [
    // Node 20's push()/unshift(), split by mode (readable-push.mjs).
    [PUSH_FROM, PUSH_TO],
    ["  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8'\n", defaultEncoding('internal/streams/readable:301')],
    ["  const isDuplex = this instanceof require('./duplex')\n  this._readableState = new ReadableState(options, this, isDuplex)\n",
      eventsShape('  ', ['close', 'error', 'data', 'end', 'readable']) +
      "  const isDuplex = this instanceof require('./duplex')\n  this._readableState = new ReadableState(options, this, isDuplex)\n"],
    // Node 20.20 remembers in a state bit that 'data' is listened to (set by on('data'), cleared when
    // removeListener() leaves none; removeAllListeners('data') does not clear it, so chunks of a flowing stream
    // are then emitted to nobody) where 18.19 asked listenerCount('data').
    ['const kDataEmitted = 1 << 18\n', 'const kDataEmitted = 1 << 18\nconst kDataListening = 1 << 19\n'],
    ['  dataEmitted: makeBitMapDescriptor(kDataEmitted)\n', '  dataEmitted: makeBitMapDescriptor(kDataEmitted),\n  dataListening: makeBitMapDescriptor(kDataListening)\n'],
    ["if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {",
      'if (state.flowing && state.length === 0 && !state.sync && state.dataListening) {'],
    ["state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {", 'state.awaitDrainWriters.size === 0) && state.dataListening) {'],
    ["  } else if (self.listenerCount('data') > 0) {\n    self.resume()", '  } else if (state.dataListening) {\n    self.resume()'],
    ["  const state = this._readableState\n  if (ev === 'data') {\n", "  const state = this._readableState\n  if (ev === 'data') {\n    state.dataListening = true\n"],
    ["    process.nextTick(updateReadableListening, this)\n  }\n  return res\n}\nReadable.prototype.off = ",
      "    process.nextTick(updateReadableListening, this)\n  } else if (ev === 'data' && this.listenerCount('data') === 0) {\n" +
      '    this._readableState.dataListening = false\n  }\n  return res\n}\nReadable.prototype.off = '],
    // Node 20.20 only ever sets needReadable in these two places (`state[kState] |= ... ? kNeedReadable : 0`).
    ['    state.needReadable = state.length <= state.highWaterMark\n',
      '    if (state.length <= state.highWaterMark) state.needReadable = true\n'],
    ['  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark\n',
      '  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true\n'],
    // See emitError (ERRORS_EDITS): a pipe destination's error rethrown when nothing else listens.
    ['        dest.emit(\'error\', er)\n', '        ERRORS.emitPipeError(dest, er)\n'],
    // An unknown encoding throws from node's string_decoder.
    ['  const decoder = new StringDecoder(enc)\n',
      "  let decoder\n  try {\n    decoder = new StringDecoder(enc)\n  } catch (err) {\n" +
      "    throw ERRORS.throwSite(err, 'string_decoder:69', '      throw new ERR_UNKNOWN_ENCODING(enc);')\n  }\n"],
  ],
  'internal/streams/writable.js': [
    // write() reports the length after a synchronous _write() has completed; an empty buffer is never full.
    ['  // stream._write resets state.length\n  const ret = state.length < state.highWaterMark\n' +
      '  // We must ensure that previous needDrain will not be reset to false.\n  if (!ret) state.needDrain = true\n', ''],
    ['    state.sync = false\n  }\n\n  // Return false if errored or destroyed',
      '    state.sync = false\n  }\n  const ret = state.length < state.highWaterMark || state.length === 0\n  if (!ret) state.needDrain = true\n\n' +
      '  // Return false if errored or destroyed'],
    ['  this._writableState = new WritableState(options, this, isDuplex)\n',
      '  if (!isDuplex) {\n' + eventsShape('    ', ['close', 'error', 'prefinish', 'finish', 'drain']) + '  }\n' +
      '  this._writableState = new WritableState(options, this, isDuplex)\n'],
    // end() callbacks: given the stream's error if it has errored, and `null` once finished.
    ["  if (typeof cb === 'function') {\n    if (err || state.finished) {\n      process.nextTick(cb, err)\n    } else {\n",
      "  if (typeof cb === 'function') {\n    if (err) {\n      process.nextTick(cb, err)\n    } else if (state.errored) {\n" +
      '      process.nextTick(cb, state.errored)\n    } else if (state.finished) {\n      process.nextTick(cb, null)\n    } else {\n'],
    ['  const onfinishCallbacks = state[kOnFinished].splice(0)\n  for (let i = 0; i < onfinishCallbacks.length; i++) {\n    onfinishCallbacks[i]()\n  }\n',
      '  const onfinishCallbacks = state[kOnFinished].splice(0)\n  for (let i = 0; i < onfinishCallbacks.length; i++) {\n    onfinishCallbacks[i](null)\n  }\n'],
    // write callbacks get `null` on success.
    ['    state.pendingcb--\n    cb()\n', '    state.pendingcb--\n    cb(null)\n'],
    // Node 20.20's onwrite(): a synchronous write without a callback settles at once unless a 'drain' is due (or,
    // by a precedence slip in node, the stream is in object mode), and at most one afterWrite tick is pending.
    [WRITABLE_ONWRITE_SYNC_FROM, WRITABLE_ONWRITE_SYNC_TO],
    // ... and afterWrite() looks for 'finish' only once ending, a tick later (finishMaybe(..., sync = true)).
    ['function afterWrite(stream, state, count, cb) {\n', 'function afterWrite(stream, state, count, cb) {\n  state.afterWritePending = false\n'],
    ['    errorBuffer(state)\n  }\n  finishMaybe(stream, state)\n}\n',
      '    errorBuffer(state)\n  }\n  if (state.ending) {\n    finishMaybe(stream, state, true)\n  }\n}\n'],
    ["new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk)", `new ERR_INVALID_ARG_TYPE('chunk', ${CHUNK_TYPES}, chunk)`],
    ['    } else if (Stream._isUint8Array(chunk)) {', '    } else if (Stream._isArrayBufferView(chunk)) {'],
    // In object mode the encoding is neither defaulted nor validated: _write() gets what write() was given
    // (undefined, or null when the callback was the second argument).
    ["  if (typeof encoding === 'function') {\n    cb = encoding\n    encoding = state.defaultEncoding\n  } else {\n" +
      '    if (!encoding) encoding = state.defaultEncoding\n' +
      "    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding)\n" +
      "    if (typeof cb !== 'function') cb = nop\n  }\n  if (chunk === null) {\n    throw new ERR_STREAM_NULL_VALUES()\n" +
      '  } else if (!state.objectMode) {\n',
      "  if (cb == null || typeof cb !== 'function') cb = nop\n  if (chunk === null) {\n    throw new ERR_STREAM_NULL_VALUES()\n" +
      '  } else if (!state.objectMode) {\n    if (!encoding) encoding = state.defaultEncoding\n' +
      "    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding)\n"],
    ["  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8'\n", defaultEncoding('internal/streams/writable:340')],
    // 'utf-8' is stored as 'utf8' (WritableState's defaultEncoding setter).
    ['  this._writableState.defaultEncoding = encoding\n  return this\n',
      "  this._writableState.defaultEncoding = encoding === 'utf-8' ? 'utf8' : encoding\n  return this\n"],
    // Writable[Symbol.asyncDispose] (added in node 20.x after 18.19).
    ['Writable.toWeb = function (streamWritable) {\n',
      "Writable.prototype[require('../../ours/primordials').SymbolAsyncDispose] = function () {\n  let error\n" +
      '  if (!this.destroyed) {\n    error = this.writableFinished ? null : new (require(\'../../ours/errors\').AbortError)()\n' +
      '    this.destroy(error)\n  }\n  return new Promise((resolve, reject) =>\n' +
      "    require('./end-of-stream')(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)))\n  )\n}\n" +
      'Writable.toWeb = function (streamWritable) {\n'],
    ['Writable.prototype.write = function (chunk, encoding, cb) {\n',
      "Writable.prototype.write = function (chunk, encoding, cb) {\n  if (encoding != null && typeof encoding === 'function') {\n    cb = encoding\n    encoding = null\n  }\n"],
  ],
  'internal/streams/duplex.js': [
    // Duplex uses Writable's destroy(), which fails the pending write callbacks.
    ['function Duplex(options) {\n', 'Duplex.prototype.destroy = Writable.prototype.destroy\nfunction Duplex(options) {\n'],
    ['  if (!(this instanceof Duplex)) return new Duplex(options)\n  Readable.call(this, options)\n',
      '  if (!(this instanceof Duplex)) return new Duplex(options)\n' +
      eventsShape('  ', ['close', 'error', 'prefinish', 'finish', 'drain', 'data', 'end', 'readable']) +
      '  Readable.call(this, options)\n'],
  ],
  'internal/streams/destroy.js': [
    // See emitError (ERRORS_EDITS).
    ['    r.errorEmitted = true\n  }\n  self.emit(\'error\', err)\n}\n', '    r.errorEmitted = true\n  }\n  ERRORS.emitError(self, err, viaClose)\n}\n'],
    ['function emitErrorNT(self, err) {\n', 'function emitErrorNT(self, err, viaClose) {\n'],
    ['  emitErrorNT(self, err)\n  emitCloseNT(self)\n', '  emitErrorNT(self, err, true)\n  emitCloseNT(self)\n'],
    ['function emitErrorCloseLegacy(stream, err) {\n  stream.emit(\'error\', err)\n', 'function emitErrorCloseLegacy(stream, err) {\n  ERRORS.emitError(stream, err)\n'],
    // Once _construct() has called back (a tick later), the construct event is emitted at once, not a tick later.
    ['    } else {\n      process.nextTick(emitConstructNT, stream)\n    }\n', '    } else {\n      stream.emit(kConstruct)\n    }\n'],
  ],
  'internal/streams/transform.js': [
    // After this.push(null) in _transform, the write callback is delayed a tick to propagate the new state.
    ['    if (\n      wState.ended ||\n      // Backwards compat.\n      length === rState.length ||',
      "    if (rState.ended) {\n      require('../shims/process').nextTick(callback)\n    } else if (\n      wState.ended ||\n" +
      '      // Backwards compat.\n      length === rState.length ||'],
  ],
  'internal/streams/pipeline.js': [
    // The AbortError of an aborted pipeline has the signal's reason as its cause.
    ['    finishImpl(new AbortError())\n',
      '    finishImpl(new AbortError(undefined, { cause: outerSignal === null || outerSignal === undefined ? undefined : outerSignal.reason }))\n'],
  ],
  'internal/streams/compose.js': [
    // The composed stream's destroy() destroys the tail stream even when it has already closed.
    ['    if (onclose === null) {\n      callback(err)\n    } else {\n      onclose = callback\n      if (isNodeStream(tail)) {\n        destroyer(tail, err)\n      }\n    }\n',
      '    if (isNodeStream(tail)) {\n      destroyer(tail, err)\n    }\n    if (onclose === null) {\n      callback(err)\n    } else {\n      onclose = callback\n    }\n'],
  ],
  'internal/streams/duplexify.js': [
    // A body function that is a constructor returning a Duplex gives that Duplex.
    ['    const { value, write, final, destroy } = fromAsyncGen(body)\n',
      '    const { value, write, final, destroy } = fromAsyncGen(body)\n    if (isDuplexNodeStream(value)) {\n      return value\n    }\n'],
  ],
};

// Where node 20.20 throws the errors a caller can provoke synchronously: [file, the package's `throw new ERR_X(`
// (or `throw ERR_X(`) statement start, node's location, node's source line]. The error is marked with node's
// fatal-error header (throwSite above).
const THROW_SITES = [
  ['stream.js', '  function fn(...args) {\n    if (new.target) {\n      throw ERR_ILLEGAL_CONSTRUCTOR()\n    }\n    return Stream.Readable.from(',
    'stream:70', '      throw new ERR_ILLEGAL_CONSTRUCTOR();'],
  ['stream.js', '  function fn(...args) {\n    if (new.target) {\n      throw ERR_ILLEGAL_CONSTRUCTOR()\n    }\n    return ReflectApply(',
    'stream:90', '      throw new ERR_ILLEGAL_CONSTRUCTOR();'],
  ['internal/streams/from.js', "    throw new ERR_INVALID_ARG_TYPE('iterable',", 'internal/streams/from:36',
    "    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);"],
  ['internal/streams/writable.js', '    throw new ERR_STREAM_NULL_VALUES()', 'internal/streams/writable:461',
    '    throw new ERR_STREAM_NULL_VALUES();'],
  ['internal/streams/writable.js', "!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding)\n    if (typeof chunk",
    'internal/streams/writable:468', '      throw new ERR_UNKNOWN_ENCODING(encoding);'],
  ['internal/streams/writable.js', "      throw new ERR_INVALID_ARG_TYPE('chunk',", 'internal/streams/writable:482',
    '      throw new ERR_INVALID_ARG_TYPE('],
  ['internal/streams/writable.js', '  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding)\n  this._writableState',
    'internal/streams/writable:540', '    throw new ERR_UNKNOWN_ENCODING(encoding);'],
  ['internal/streams/writable.js', "    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()')", 'internal/streams/writable:802',
    "    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');"],
  ['internal/streams/transform.js', "  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()')", 'internal/streams/transform:163',
    "  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');"],
  ['internal/streams/readable.js', "    throw new ERR_OUT_OF_RANGE('size',", 'internal/streams/readable:613',
    "    throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);"],
  ['internal/streams/state.js', '      throw new ERR_INVALID_ARG_VALUE(name, hwm)', 'internal/streams/state:37',
    '      throw new ERR_INVALID_ARG_VALUE(name, hwm);'],
  ['internal/streams/pipeline.js', "    throw new ERR_MISSING_ARGS('streams')", 'internal/streams/pipeline:193',
    "    throw new ERR_MISSING_ARGS('streams');"],
  ['internal/streams/compose.js', "    throw new ERR_MISSING_ARGS('streams')", 'internal/streams/compose:30',
    "    throw new ERR_MISSING_ARGS('streams');"],
  ['internal/streams/end-of-stream.js', "    throw new ERR_INVALID_ARG_TYPE('stream',", 'internal/streams/end-of-stream:74',
    "    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);"],
  ['internal/streams/add-abort-signal.js', "    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal',", 'internal/streams/add-abort-signal:28',
    "    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);"],
  ['internal/streams/add-abort-signal.js', "    throw new ERR_INVALID_ARG_TYPE('stream',", 'internal/streams/add-abort-signal:35',
    "    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);"],
  ['internal/streams/duplexify.js', '  throw new ERR_INVALID_ARG_TYPE(\n    name,', 'internal/streams/duplexify:204',
    '  throw new ERR_INVALID_ARG_TYPE('],
  ['internal/streams/operators.js', "function map(fn, options) {\n  if (typeof fn !== 'function') {\n    throw new ERR_INVALID_ARG_TYPE(",
    'internal/streams/operators:71', '    throw new ERR_INVALID_ARG_TYPE('],
  ['internal/streams/operators.js', "function filter(fn, options) {\n  if (typeof fn !== 'function') {\n    throw new ERR_INVALID_ARG_TYPE(",
    'internal/streams/operators:278', '    throw new ERR_INVALID_ARG_TYPE('],
  ['internal/streams/operators.js', "    throw new ERR_OUT_OF_RANGE('number',", 'internal/streams/operators:382',
    "    throw new ERR_OUT_OF_RANGE('number', '>= 0', number);"],
];
for (const [file, from, where, line] of THROW_SITES) {
  const m = /throw (new )?(ERR_[A-Z_]+)\(/.exec(from);
  if (!m) throw new Error(`js-vendor/build.mjs: no throw in THROW_SITES entry ${from}`);
  const to = from.slice(0, m.index) +
    `throw new (ERRORS.atSite(${m[2]}, ${JSON.stringify(where)}, ${JSON.stringify(line)}))(` + from.slice(m.index + m[0].length);
  (SOURCE_PATCHES[file] ||= []).push([from, to]);
}

function applyEdits(path, text, edits) {
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    if (at === -1 || text.indexOf(from, at + 1) !== -1) {
      throw new Error(`js-vendor/build.mjs: patch target not found exactly once in ${path}:\n${from}`);
    }
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}

const patchedFiles = new Set();
const looplabPatches = {
  name: 'looplab-patches',
  setup(build) {
    build.onLoad({ filter: /readable-stream[\\/]lib[\\/].*\.js$/ }, (args) => {
      const rel = args.path.split(/[\\/]readable-stream[\\/]lib[\\/]/).pop().split('\\').join('/');
      if (rel === 'ours/util/inspect.js') return { contents: "module.exports = require('looplab:util');", loader: 'js' };
      let text = readFileSync(args.path, 'utf8');
      if (rel === 'ours/errors.js') return { contents: applyEdits(args.path, text, ERRORS_EDITS) + ERRORS_PATCH, loader: 'js' };
      const edits = SOURCE_PATCHES[rel];
      if (edits === undefined) return undefined;
      patchedFiles.add(rel);
      // The edits reach errors.js as ERRORS (used only once the module has loaded, so declared at its end).
      const depth = rel.split('/').length - 1;
      text = applyEdits(args.path, text, edits);
      return { contents: `${text}\n;var ERRORS = require('${depth === 0 ? './' : '../'.repeat(depth)}ours/errors');\n`, loader: 'js' };
    });
  },
};

const bundles = [
  { entry: 'entry.js', global: '__looplabVendor', slot: 'vendor', out: 'vendor.js', prelude: '', external: [] },
  { entry: 'glob.js', global: '__looplabGlob', slot: 'globVendor', out: 'glob-vendor.js', prelude: '', external: [] },
  {
    entry: 'streams.js',
    global: '__looplabStreams',
    slot: 'streamVendor',
    out: 'streams-vendor.js',
    frames: true,
    // readable-stream asks for these by name: the wrapper's `require` hands it Looplab's own modules.
    prelude: 'var require = internal.vendorRequire;',
    external: ['buffer', 'events', 'process/', 'string_decoder/', 'abort-controller', 'looplab:errors', 'looplab:util'],
  },
];

for (const b of bundles) {
  const result = await esbuild.build({
    entryPoints: [join(here, b.entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: b.global,
    target: 'es2020',
    legalComments: 'none',
    // esbuild renames the package's `function Buffer` to `Buffer2`; keep `Buffer.name === 'Buffer'`.
    keepNames: true,
    // Boa's parser is most of the cost of loading a bundle: minified, it loads ~11% faster (callgrind: 149M
    // instead of 167M instructions on first use of Buffer).
    minify: true,
    logLevel: 'warning',
    external: b.external,
    plugins: [looplabPatches],
    absWorkingDir: root,
    // The stream bundle's source map places node's frames in it (stream-frames.mjs).
    ...(b.frames ? { sourcemap: 'external', outfile: join(outDir, b.out) } : {}),
  });
  const out = (ext) => result.outputFiles.find((f) => f.path.endsWith(ext));
  const code = (b.frames ? out('.js') : result.outputFiles[0]).text.trimEnd();
  let frames = '';
  if (b.frames) {
    // The wrapper puts three lines before the bundle.
    const { table, found, missed } = streamFrameTable(code, out('.js.map').text, 3);
    if (found < 500) throw new Error(`js-vendor/build.mjs: only ${found} of node's stream frames located (${missed} not)`);
    frames = `internal.streamNodeFrames = ${JSON.stringify(table)};\n`;
  }
  const js = `// Generated by crates/runtime/js-vendor/build.mjs from js-vendor/${b.entry}; do not edit.\n` +
    `(function (internal) {\n${b.prelude}\n${code}\ninternal.${b.slot} = ${b.global};\n${frames}})\n`;
  writeFileSync(join(outDir, b.out), js);
}
// Intl (src/js/intl.js builds `Intl` on these; js-vendor/intl-data.mjs makes the data):
// - OUT_DIR/intl-vendor.js: the formatjs PluralRules, NumberFormat, DateTimeFormat, ListFormat and
//   RelativeTimeFormat polyfills, Looplab's getCanonicalLocales (intl-canonical.js), the plural rules of the
//   shipped locales, the collation table and Intl.supportedValuesOf's lists measured from this node's ICU;
// - OUT_DIR/intl-locale-vendor.js: the Intl.Locale polyfill with CLDR's alias tables, loaded on first use of
//   Intl.Locale (the constructor goes to `internal.IntlLocale`, not onto `Intl`);
// - OUT_DIR/intl-locales.txt: the other locale data, one JSON line per locale (engine/intl.rs hands it over when a
//   script first asks for that locale), and a `time-zones` line, added on first use of a time zone other than UTC.
// Edits as esbuild loads the packages (each must apply):
// - formatjs resolves locales with a "best fit" matcher by default, whose first use builds language-distance
//   tables (nearly a second on Boa for `new Intl.NumberFormat('en-GB')`). For the locales Looplab ships, BCP 47
//   lookup (drop subtags from the end until a locale matches) picks the same data: `if (matcher === "lookup")
//   r = LookupMatcher(...); else r = BestFitMatcher(...);` keeps its first call only;
// - intl-locale's `defineProperty(ensureIntl(), "Locale", ...)` becomes `internal.IntlLocale = Locale`;
// - intl-datetimeformat: the hour cycle for `hour12` and the hour's width follow node 20 (see INTL_EDITS).
// Every edit must be used: a file that is no longer loaded (the package reorganised) fails the build too.
const intlEditsUsed = new Set();
const INTL_EDITS = [
  [/intl-datetimeformat[\\/]polyfill-force\.js$/, [
    // node 20's V8 resolves `hour12` by the locale's default cycle (the pre-2023 ECMA-402 rule): `hour12: false`
    // in en-US (h12) is h24 ("24:00" at midnight), `hour12: true` in en-GB (h23) is h11 ("0:00 am").
    [/function resolveHourCycle\(hc, data, hour12\) \{\n\tif \(hour12 === true\)[^\n]*\n\tif \(hour12 === false\)[^\n]*\n/,
      'function resolveHourCycle(hc, data, hour12) {\n\tif (hour12 === true || hour12 === false) {\n' +
      '\t\tconst low = data.hourCycle === "h11" || data.hourCycle === "h23";\n' +
      '\t\treturn hour12 ? (low ? "h11" : "h12") : (low ? "h23" : "h24");\n\t}\n'],
    // ICU widens no field the options ask narrower once it adjusts a pattern: `{ hour: 'numeric', minute:
    // '2-digit' }` in en-GB is "3:05" (CLDR's Hm pattern says HH:mm).
    ['\tfor (const prop in opt) {\n\t\tconst p = bestFormat[prop];\n\t\tif (p !== void 0) internalSlots[prop] = p;\n\t}\n',
      '\tfor (const prop in opt) {\n\t\tconst p = bestFormat[prop];\n\t\tif (p !== void 0) internalSlots[prop] = p;\n\t}\n' +
      '\tif (opt.hour === "numeric" && opt.minute === "2-digit" && internalSlots.hour === "2-digit") internalSlots.hour = "numeric";\n'],
  ]],
  [/intl-localematcher[\\/]index\.js$/, [[/if \(matcher === "lookup"\) (r = LookupMatcher\([^\n]*\n)\s*else r = BestFitMatcher\([^\n]*\n/, '$1']]],
  [/intl-locale[\\/]polyfill-force\.js$/, [['defineProperty(ensureIntl(), "Locale", { value: Locale });', 'internal.IntlLocale = Locale;']]],
];
const intlEdits = {
  name: 'looplab-intl-edits',
  setup(build) {
    for (const [filter, edits] of INTL_EDITS) {
      build.onLoad({ filter }, (args) => {
        let text = readFileSync(args.path, 'utf8');
        for (const [from, to] of edits) {
          const edited = text.replace(from, to);
          if (edited === text) throw new Error(`js-vendor/build.mjs: ${args.path} no longer has the text to edit (${from})`);
          text = edited;
        }
        intlEditsUsed.add(filter);
        return { contents: text, loader: 'js' };
      });
    }
  },
};
const intlBundles = [
  {
    out: 'intl-vendor.js',
    imports: ['./crates/runtime/js-vendor/intl-canonical.js', '@formatjs/intl-pluralrules/polyfill-force.js',
      '@formatjs/intl-numberformat/polyfill-force.js', '@formatjs/intl-datetimeformat/polyfill-force.js',
      '@formatjs/intl-listformat/polyfill-force.js', '@formatjs/intl-relativetimeformat/polyfill-force.js',
      ...pluralLocaleFiles()],
    tail: () => `internal.collationTable = ${collationTable()};\ninternal.intlSupportedValues = ${supportedValues()};\n`,
  },
  { out: 'intl-locale-vendor.js', imports: ['@formatjs/intl-locale/polyfill-force.js'], tail: () => '' },
];
for (const b of intlBundles) {
  const result = await esbuild.build({
    stdin: { contents: b.imports.map((i) => `import '${i}';`).join('\n'), resolveDir: root, sourcefile: `looplab-${b.out}` },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    plugins: [intlEdits],
    legalComments: 'none',
    keepNames: true,
    minify: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const code = result.outputFiles[0].text.trimEnd();
  writeFileSync(join(outDir, b.out), `// Generated by crates/runtime/js-vendor/build.mjs (formatjs Intl polyfills); do not edit.\n` +
    `(function (internal) {\n${code}\n${b.tail()}})\n`);
}
for (const [filter] of INTL_EDITS) {
  if (!intlEditsUsed.has(filter)) throw new Error(`js-vendor/build.mjs: no bundled file matches ${filter}: its edit was not applied`);
}
writeFileSync(join(outDir, 'intl-locales.txt'), Object.entries({ ...localeData(require), 'time-zones': timeZoneData(require) })
  .map(([k, v]) => `${k}\t${v}\n`).join(''));

for (const rel of Object.keys(SOURCE_PATCHES)) {
  if (!patchedFiles.has(rel)) throw new Error(`js-vendor/build.mjs: readable-stream/lib/${rel} was never loaded`);
}

// Looplab's own runtime scripts (src/js/*.js) are embedded as OUT_DIR/js/<name> with comments and layout
// removed by terser without compression or mangling: every name, string and statement stays as written (terser
// never renames, unlike esbuild's printer, which renames shadowing names such as `function once` to `once2`),
// so behaviour and `fn.name` are unchanged, but the wasm ships ~30% less text and Boa parses less at every
// bootstrap. Output is ASCII (non-ASCII characters in strings become escapes with the same value), so the
// instrumenter's columns are byte offsets on these one-line files.
const { minify } = require('terser');
const jsDir = join(here, '..', 'src', 'js');
mkdirSync(join(outDir, 'js'), { recursive: true });
// A directory src/js/NAME/ holds the parts of one script too long for one file: its .js files, joined in file-name
// order, make NAME.js (inspect/ is util.inspect's one function expression). src/js/test/ holds node-side checks.
const scriptNames = readdirSync(jsDir, { withFileTypes: true })
  .filter((e) => (e.isDirectory() ? e.name !== 'test' : e.name.endsWith('.js')))
  .map((e) => (e.isDirectory() ? `${e.name}.js` : e.name))
  .sort();
function scriptSource(name) {
  const dir = join(jsDir, name.slice(0, -3));
  try {
    const parts = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
    return parts.map((f) => readFileSync(join(dir, f), 'utf8')).join('');
  } catch (e) {
    if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR') throw e;
  }
  return readFileSync(join(jsDir, name), 'utf8');
}
for (const name of scriptNames) {
  const source = scriptSource(name);
  let code;
  try {
    code = (await minify(source, { compress: false, mangle: false, format: { comments: false, ascii_only: true }, ecma: 2020 })).code;
  } catch (e) {
    throw new Error(`js-vendor/build.mjs: cannot minify src/js/${name}: ${e.message} (line ${e.line})`);
  }
  if (!code || !code.trim()) throw new Error(`js-vendor/build.mjs: minifying src/js/${name} left nothing`);
  // Each script is one function expression that the engine may wrap as `return (SCRIPT\n)`: terser ends the
  // expression statement with `;`, which must go.
  if (code.startsWith('(')) code = code.replace(/;\s*$/, '');
  writeFileSync(join(outDir, 'js', name), code);
}
