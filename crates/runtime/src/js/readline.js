//! node:readline and readline/promises over any readable stream (process.stdin, which reads the scenario's
//! stdin text; fs.createReadStream...): 'line' and 'close' events, question(), async iteration.
(function (internal) {
  'use strict';
  const EventEmitter = internal.modules.events;
  const errors = internal.errors;

  const kClosed = Symbol('closed');
  function __ll_readlineNormalWrite(rl, text) { rl._onData(text); }
  function __ll_readlineOnLine(rl, line) { rl.emit('line', line); }
  // A question's callback, called from the same `[_onLine]` (stack.js NAMED_FRAMES).
  function __ll_readlineAnswer(cb, line) { cb(line); }
  class Interface extends EventEmitter {
    constructor(input, output, completer, terminal) {
      super();
      let opts = input;
      if (!(input && input.input !== undefined) || typeof input.on === 'function') opts = { input, output, completer, terminal };
      this.input = opts.input;
      this.output = opts.output;
      this.terminal = !!(opts.terminal === undefined ? (this.output && this.output.isTTY) : opts.terminal);
      this.crlfDelay = opts.crlfDelay === undefined ? 100 : Math.max(100, opts.crlfDelay);
      this.line = '';
      // node 20.20 has no `closed` until close() sets it.
      this[kClosed] = false;
      this.history = [];
      this._prompt = opts.prompt === undefined ? '> ' : opts.prompt;
      this._questionCallback = null;
      this._queue = [];
      this._paused = false;
      if (this.input && typeof this.input.on === 'function') {
        // Any readable stream (process.stdin included): decode its chunks as UTF-8 (split characters kept whole), close at its end.
        const decoder = new internal.modules.string_decoder.StringDecoder('utf8');
        // The input's errors are the interface's (node's onerror, whose frame stack.js names).
        const self = this;
        this.input.on('error', function __ll_readlineOnerror(err) { self.emit('error', err); });
        // node's frames for a 'line' listener's throw (stack.js NAMED_FRAMES): this listener is `ondata`, then
        // `[_normalWrite]`, then `[_onLine]` (the emit).
        this.input.on('data', function __ll_readlineOndata(chunk) {
          if (self[kClosed]) return;
          __ll_readlineNormalWrite(self, typeof chunk === 'string' ? chunk : decoder.write(chunk));
        });
        this.input.on('end', () => {
          if (this[kClosed]) return;
          const rest = decoder.end();
          if (rest) this._onData(rest);
          this._onEnd();
        });
        if (typeof this.input.resume === 'function') this.input.resume();
      } else {
        throw errors.invalidArgType('input', 'Readable', this.input);
      }
    }
    // node's kNormalWrite: a chunk ending in '\r' ends its line at once; a '\n' starting the next chunk within
    // crlfDelay ms is then the rest of that '\r\n'.
    _onData(text) {
      if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
        if (text.codePointAt(0) === 10) text = text.slice(1);
        this._sawReturnAt = 0;
      }
      if (!/\r?\n|\r(?!\n)/.test(text)) {
        if (text) this._partial = (this._partial || '') + text;
        return;
      }
      const all = (this._partial || '') + text;
      this._sawReturnAt = all.endsWith('\r') ? Date.now() : 0;
      const lines = all.split(/\r?\n|\r(?!\n)/);
      this._partial = lines.pop();
      for (const l of lines) this._emitLine(l);
    }
    // As node's: an unterminated last line is emitted as 'line' (a pending question() does not get it).
    _onEnd() {
      if (this._partial) { const p = this._partial; this._partial = ''; this.emit('line', p); }
      this.close();
    }
    _emitLine(line) {
      if (this._questionCallback) {
        const cb = this._questionCallback;
        this._questionCallback = null;
        this.setPrompt(this._oldPrompt);
        __ll_readlineAnswer(cb, line);
        return;
      }
      __ll_readlineOnLine(this, line);
    }
    // node's kGetDisplayPos over the prompt and the line (no terminal: columns are unbounded; tabs stop every 8).
    getCursorPos() {
      let cols = 0;
      let rows = 0;
      for (const ch of `${this._prompt}${this.line}`) {
        if (ch === '\n') { rows += 1; cols = 0; } else if (ch === '\t') cols += 8 - (cols % 8); else cols += 1;
      }
      return { cols, rows };
    }
    setPrompt(p) { this._prompt = p; }
    getPrompt() { return this._prompt; }
    prompt() { if (this.output && this.output.write) this.output.write(this._prompt); }
    // As node's: a question asked while one is pending prompts the first again; an aborted signal drops it.
    question(query, options, cb) {
      if (typeof options === 'function') { cb = options; options = undefined; }
      // (Without a callback node's does nothing: `await rl.question(...)` on the callback API.)
      if (typeof cb !== 'function') return;
      if (this[kClosed]) {
        // node's [kQuestion] throws it; in readline/promises, inside the executor of the promise it returns
        // (uncaught, the rejection's header marks the `new`; a throw marks the `throw`).
        const e = errors.withCode(new Error('readline was closed'), 'ERR_USE_AFTER_CLOSE');
        const promised = askingViaPromise;
        errors.nodeFrames(e, '[kQuestion] (node:internal/readline/interface:400:13)', ...(promised
          ? ['node:readline/promises:60:22', 'new Promise (<anonymous>)', 'Interface.question (node:readline/promises:35:12)']
          : ['Interface.question (node:readline:158:20)']));
        throw errors.withArrow(e, `node:internal/readline/interface:400\n      throw new ERR_USE_AFTER_CLOSE('readline');\n${promised ? '            ^' : '      ^'}\n`);
      }
      const signal = options && options.signal;
      if (signal && signal.aborted) return;
      if (this._questionCallback) {
        this.prompt();
        return;
      }
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._questionCallback = cb;
      this.prompt();
      if (signal) {
        signal.addEventListener('abort', () => {
          if (this._questionCallback !== cb) return;
          this._questionCallback = null;
          this.setPrompt(this._oldPrompt);
          // node's kQuestionCancel clears the line: the cursor goes to a new one.
          if (this.output && typeof this.output.write === 'function') this.output.write('\r\n');
        }, { once: true });
      }
    }
    // Without a terminal, written data is input (node's kNormalWrite); with one, it is echoed.
    write(data) {
      if (this._paused) this.resume();
      if (this.terminal) {
        if (this.output && this.output.write) this.output.write(data);
      } else if (data !== undefined && data !== null) {
        this._onData(String(data));
      }
    }
    // As node's Interface: 'pause'/'resume' only on a change, and close() pauses first.
    pause() {
      if (this._paused) return this;
      if (this.input && typeof this.input.pause === 'function') this.input.pause();
      this._paused = true;
      this.emit('pause');
      return this;
    }
    resume() {
      if (!this._paused) return this;
      if (this.input && typeof this.input.resume === 'function') this.input.resume();
      this._paused = false;
      this.emit('resume');
      return this;
    }
    close() {
      if (this[kClosed]) return;
      this.pause();
      this[kClosed] = true;
      this.closed = true;
      this.emit('close');
    }
    [Symbol.asyncIterator]() {
      if (!this._iter) {
        const lines = [];
        const waiting = [];
        let done = false;
        const onLine = (l) => {
          if (waiting.length) waiting.shift()({ value: l, done: false }); else lines.push(l);
        };
        const onClose = () => {
          done = true;
          while (waiting.length) waiting.shift()({ value: undefined, done: true });
        };
        // As events.on: an 'error' rejects the next read, then the iteration is over.
        let failed = null;
        const onError = (err) => {
          if (waiting.length) {
            const first = waiting.shift();
            first(Promise.reject(err));
          } else {
            failed = err;
          }
          onClose();
        };
        this.on('line', onLine);
        this.on('close', onClose);
        this.on('error', onError);
        this._iter = {
          next: () => {
            if (lines.length) return Promise.resolve({ value: lines.shift(), done: false });
            if (failed) {
              const err = failed;
              failed = null;
              return Promise.reject(err);
            }
            if (done) return Promise.resolve({ value: undefined, done: true });
            return new Promise((resolve) => waiting.push(resolve));
          },
          // As node's events.on iterator: leaving the loop stops iterating, the interface stays open.
          return: () => {
            done = true;
            this.removeListener('line', onLine);
            this.removeListener('close', onClose);
            this.removeListener('error', onError);
            return Promise.resolve({ value: undefined, done: true });
          },
          [Symbol.asyncIterator]() { return this; },
        };
      }
      return this._iter;
    }
  }
  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }
  // The cursor helpers write ANSI escape sequences whether or not the stream is a terminal, as node's do
  // (lib/internal/readline/callbacks.js).
  const CSI = '\x1b[';
  const done = (callback) => {
    if (typeof callback === 'function') internal.process.nextTick(callback, null);
    return true;
  };
  function cursorTo(stream, x, y, callback) {
    if (typeof y === 'function') { callback = y; y = undefined; }
    if (Number.isNaN(x) || Number.isNaN(y)) {
      const [name, value] = Number.isNaN(x) ? ['x', x] : ['y', y];
      const e = new TypeError(`The argument '${name}' is invalid. Received ${value}`);
      throw internal.errors.withCode(e, 'ERR_INVALID_ARG_VALUE');
    }
    if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return done(callback);
    if (typeof x !== 'number') {
      throw internal.errors.withCode(new TypeError('Cannot set cursor row without setting its column'), 'ERR_INVALID_CURSOR_POS');
    }
    return stream.write(typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`, callback);
  }
  function moveCursor(stream, dx, dy, callback) {
    if (stream == null || !(dx || dy)) return done(callback);
    let data = '';
    if (dx < 0) data += `${CSI}${-dx}D`;
    else if (dx > 0) data += `${CSI}${dx}C`;
    if (dy < 0) data += `${CSI}${-dy}A`;
    else if (dy > 0) data += `${CSI}${dy}B`;
    return stream.write(data, callback);
  }
  function clearLine(stream, dir, callback) {
    if (stream == null) return done(callback);
    return stream.write(dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`, callback);
  }
  function clearScreenDown(stream, callback) {
    if (stream == null) return done(callback);
    return stream.write(`${CSI}0J`, callback);
  }
  // util.promisify(rl.question) resolves with the answer, as node's.
  Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
    value: function question(query, options) {
      return PromisesInterface.prototype.question.call(this, query, options);
    },
    writable: true, enumerable: true, configurable: true,
  });
  const readline = {
    Interface, clearLine, clearScreenDown, createInterface, cursorTo, emitKeypressEvents() {}, moveCursor,
  };
  let askingViaPromise = false;
  class PromisesInterface extends Interface {
    question(query, options) {
      return new Promise((resolve, reject) => {
        const signal = options && options.signal;
        if (signal && signal.aborted) {
          reject(errors.abortError(signal.reason));
          return;
        }
        askingViaPromise = true;
        try {
          Interface.prototype.question.call(this, query, options, resolve);
        } finally {
          askingViaPromise = false;
        }
        if (signal) signal.addEventListener('abort', () => reject(errors.abortError(signal.reason)), { once: true });
      });
    }
  }
  // readline/promises' Readline: cursor actions queued as escape sequences, written by commit().
  class Readline {
    constructor(stream, options) {
      this.stream = stream;
      this.autoCommit = !!(options && options.autoCommit);
      this.todo = [];
    }
    queue(data) {
      if (this.autoCommit) this.stream.write(data); else this.todo.push(data);
      return this;
    }
    cursorTo(x, y) { return this.queue(typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`); }
    moveCursor(dx, dy) {
      let data = '';
      if (dx < 0) data += `${CSI}${-dx}D`; else if (dx > 0) data += `${CSI}${dx}C`;
      if (dy < 0) data += `${CSI}${-dy}A`; else if (dy > 0) data += `${CSI}${dy}B`;
      return data ? this.queue(data) : this;
    }
    clearLine(dir) { return this.queue(dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`); }
    clearScreenDown() { return this.queue(`${CSI}0J`); }
    commit() {
      return new Promise((resolve) => {
        const data = this.todo.join('');
        this.todo = [];
        this.stream.write(data, resolve);
      });
    }
    rollback() { this.todo = []; return this; }
  }
  readline.promises = {
    Interface: PromisesInterface,
    Readline,
    createInterface: (input, output, completer, terminal) => new PromisesInterface(input, output, completer, terminal),
  };
  internal.modules.readline = readline;
  internal.modules['readline/promises'] = readline.promises;
})
