//! Node 20's push()/unshift() for the bundled readable-stream (node 18.19's, one readableAddChunk for all
//! four cases): node 20 splits it by mode, and its frames (`at readableAddChunkPushByteMode
//! (node:internal/streams/readable:512:3)`) name those functions. A port of node 20.20's lib/internal/streams/
//! readable.js lines 387-558 onto the package's state (its `state.state` bits and getters).

// The package's text this replaces: from push() to the end of readableAddChunk().
export const PUSH_FROM_START = 'Readable.prototype.push = function (chunk, encoding) {\n';
export const PUSH_FROM_END = '\nfunction addChunk(stream, state, chunk, addToFront) {\n';

export const PUSH_TO = `Readable.prototype.push = function (chunk, encoding) {
  const state = this._readableState
  return (state.state & kObjectMode) === 0
    ? readableAddChunkPushByteMode(this, state, chunk, encoding)
    : readableAddChunkPushObjectMode(this, state, chunk, encoding)
}

// Unshift should *always* be something directly out of read().
Readable.prototype.unshift = function (chunk, encoding) {
  const state = this._readableState
  return (state.state & kObjectMode) === 0
    ? readableAddChunkUnshiftByteMode(this, state, chunk, encoding)
    : readableAddChunkUnshiftObjectMode(this, state, chunk)
}
function readableAddChunkUnshiftByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.state &= ~kReading
    onEofChunk(stream, state)
    return false
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding
    if (state.encoding !== encoding) {
      if (state.encoding) {
        // When unshifting, if state.encoding is set, we have to save
        // the string in the BufferList with the state encoding.
        chunk = Buffer.from(chunk, encoding).toString(state.encoding)
      } else {
        chunk = Buffer.from(chunk, encoding)
      }
    }
  } else if (Stream._isArrayBufferView(chunk)) {
    chunk = Stream._uint8ArrayToBuffer(chunk)
  } else if (chunk !== undefined && !(chunk instanceof Buffer)) {
    errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk))
    return false
  }
  if (!(chunk && chunk.length > 0)) {
    return canPushMore(state)
  }
  return readableAddChunkUnshiftValue(stream, state, chunk)
}
function readableAddChunkUnshiftObjectMode(stream, state, chunk) {
  if (chunk === null) {
    state.state &= ~kReading
    onEofChunk(stream, state)
    return false
  }
  return readableAddChunkUnshiftValue(stream, state, chunk)
}
function readableAddChunkUnshiftValue(stream, state, chunk) {
  if ((state.state & kEndEmitted) !== 0) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT())
  else if (state.destroyed || state.errored) return false
  else addChunk(stream, state, chunk, true)
  return canPushMore(state)
}
function readableAddChunkPushByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.state &= ~kReading
    onEofChunk(stream, state)
    return false
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding)
      encoding = ''
    }
  } else if (chunk instanceof Buffer) {
    encoding = ''
  } else if (Stream._isArrayBufferView(chunk)) {
    chunk = Stream._uint8ArrayToBuffer(chunk)
    encoding = ''
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk))
    return false
  }
  if (!chunk || chunk.length <= 0) {
    state.state &= ~kReading
    maybeReadMore(stream, state)
    return canPushMore(state)
  }
  if ((state.state & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF())
    return false
  }
  if (state.destroyed || state.errored) {
    return false
  }
  state.state &= ~kReading
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk)
    if (chunk.length === 0) {
      maybeReadMore(stream, state)
      return canPushMore(state)
    }
  }
  addChunk(stream, state, chunk, false)
  return canPushMore(state)
}
function readableAddChunkPushObjectMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.state &= ~kReading
    onEofChunk(stream, state)
    return false
  }
  if ((state.state & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF())
    return false
  }
  if (state.destroyed || state.errored) {
    return false
  }
  state.state &= ~kReading
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk)
  }
  addChunk(stream, state, chunk, false)
  return canPushMore(state)
}
function canPushMore(state) {
  // We can push more data if we are below the highWaterMark.
  // Also, if we have no data yet, we can stand some more bytes.
  // This is to work around cases where hwm=0, such as the repl.
  return !state.ended && (state.length < state.highWaterMark || state.length === 0)
}
`;
