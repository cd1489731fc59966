//! node:events — EventEmitter as Node 20 behaves for the process object and user code (full module later).
(function (internal) {
  'use strict';
  const kCapture = Symbol('kCapture');
  let defaultMaxListeners = 10;

  function checkListener(listener) {
    if (typeof listener !== 'function') {
      throw internal.errors.invalidArgType('listener', 'Function', listener);
    }
  }

  class EventEmitter {
    constructor(opts) {
      EventEmitter.init.call(this, opts);
    }
    static init() {
      if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      }
      this._maxListeners = this._maxListeners || undefined;
    }
    static get defaultMaxListeners() { return defaultMaxListeners; }
    static set defaultMaxListeners(n) { defaultMaxListeners = n; }
    setMaxListeners(n) { this._maxListeners = n; return this; }
    getMaxListeners() { return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners; }
    emit(type, ...args) {
      const events = this._events;
      if (type === 'error' && (events === undefined || events.error === undefined)) {
        const er = args[0];
        if (er instanceof Error) throw er;
        const err = new Error('Unhandled error. (' + internal.inspect(er) + ')');
        err.code = 'ERR_UNHANDLED_ERROR';
        err.context = er;
        throw err;
      }
      if (events === undefined) return false;
      const handler = events[type];
      if (handler === undefined) return false;
      if (typeof handler === 'function') {
        handler.apply(this, args);
      } else {
        const listeners = handler.slice();
        for (let i = 0; i < listeners.length; ++i) listeners[i].apply(this, args);
      }
      return true;
    }
    _addListener(type, listener, prepend) {
      checkListener(listener);
      let events = this._events;
      if (events === undefined) {
        events = this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (events.newListener !== undefined) {
        this.emit('newListener', type, listener.listener ? listener.listener : listener);
        events = this._events;
      }
      const existing = events[type];
      if (existing === undefined) {
        events[type] = listener;
        ++this._eventsCount;
      } else {
        const list = typeof existing === 'function' ? (prepend ? [listener, existing] : [existing, listener])
          : (prepend ? (existing.unshift(listener), existing) : (existing.push(listener), existing));
        events[type] = list;
        const m = this.getMaxListeners();
        if (m > 0 && list.length > m && !list.warned) {
          list.warned = true;
          const name = this.constructor && this.constructor.name || 'EventEmitter';
          internal.emitWarning(
            `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners added to ` +
            `[${name}]. Use emitter.setMaxListeners() to increase limit`, 'MaxListenersExceededWarning');
        }
      }
      return this;
    }
    addListener(type, listener) { return this._addListener(type, listener, false); }
    on(type, listener) { return this._addListener(type, listener, false); }
    prependListener(type, listener) { return this._addListener(type, listener, true); }
    once(type, listener) {
      checkListener(listener);
      return this.on(type, onceWrapper(this, type, listener));
    }
    prependOnceListener(type, listener) {
      checkListener(listener);
      return this.prependListener(type, onceWrapper(this, type, listener));
    }
    removeListener(type, listener) {
      checkListener(listener);
      const events = this._events;
      if (events === undefined) return this;
      const list = events[type];
      if (list === undefined) return this;
      if (list === listener || list.listener === listener) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      } else if (typeof list !== 'function') {
        let position = -1;
        for (let i = list.length - 1; i >= 0; i--) {
          if (list[i] === listener || list[i].listener === listener) { position = i; break; }
        }
        if (position < 0) return this;
        list.splice(position, 1);
        if (list.length === 1) events[type] = list[0];
        if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
      }
      return this;
    }
    off(type, listener) { return this.removeListener(type, listener); }
    removeAllListeners(type) {
      if (this._events === undefined) return this;
      if (type === undefined) { this._events = Object.create(null); this._eventsCount = 0; return this; }
      if (this._events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete this._events[type];
      }
      return this;
    }
    listeners(type) {
      const l = this._events && this._events[type];
      if (l === undefined) return [];
      if (typeof l === 'function') return [l.listener || l];
      return l.map((f) => f.listener || f);
    }
    rawListeners(type) {
      const l = this._events && this._events[type];
      if (l === undefined) return [];
      return typeof l === 'function' ? [l] : l.slice();
    }
    listenerCount(type) {
      const l = this._events && this._events[type];
      if (l === undefined) return 0;
      return typeof l === 'function' ? 1 : l.length;
    }
    eventNames() {
      return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
    }
  }
  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');
  EventEmitter.errorMonitor = Symbol('events.errorMonitor');
  EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
  EventEmitter.once = function once(emitter, name) {
    return new Promise((resolve, reject) => {
      const errorListener = (err) => { emitter.removeListener(name, resolver); reject(err); };
      const resolver = (...args) => {
        if (name !== 'error') emitter.removeListener('error', errorListener);
        resolve(args);
      };
      emitter.once(name, resolver);
      if (name !== 'error') emitter.once('error', errorListener);
    });
  };
  void kCapture;

  function onceWrapper(target, type, listener) {
    const state = { fired: false, target, type, listener };
    function wrapped(...args) {
      if (!state.fired) {
        state.target.removeListener(state.type, wrapped);
        state.fired = true;
        return state.listener.apply(state.target, args);
      }
    }
    wrapped.listener = listener;
    return wrapped;
  }

  internal.modules.events = EventEmitter;
})
