//! node:async_hooks: AsyncLocalStorage and AsyncResource over the engine's async context frames (see
//! engine/async_context.rs: the frame current when a callback or promise reaction is scheduled is restored
//! while it runs), and a createHook subset: init/before/after/destroy for Timeout, Immediate and TickObject
//! resources, whose async ids are the runtime's task ids (engine/async_hooks.rs). PROMISE resources (and so
//! promiseResolve) are not reported: Boa has no hook for promise creation or resolution.
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;

  function withStore(frame, storage, store) {
    const next = new Map(frame instanceof Map ? frame : undefined);
    if (store === kNoStore) next.delete(storage);
    else next.set(storage, store);
    return next;
  }
  const kNoStore = Symbol('kNoStore');
  // The functions node's async_hooks calls user code from, named so stack.js shows node's frame for each
  // (`AsyncLocalStorage.run (node:async_hooks:346:14)`...).
  const via = {
    run: function __ll_alsRun(fn, thisArg, args) { return Reflect.apply(fn, thisArg, args); },
    exit: function __ll_alsExit(fn, thisArg, args) { return Reflect.apply(fn, thisArg, args); },
    scope: function __ll_runInAsyncScope(fn, thisArg, args) { return Reflect.apply(fn, thisArg, args); },
  };
  function runIn(frame, fn, thisArg, args, call = via.scope) {
    if (typeof fn !== 'function') {
      // V8's message for node's ReflectApply on a non-function.
      throw internal.errors.applyNonFunction(fn);
    }
    const prev = host.getFrame();
    host.setFrame(frame);
    try {
      return call(fn, thisArg, args);
    } finally {
      host.setFrame(prev);
    }
  }
  function validateFunction(fn, name) {
    if (typeof fn !== 'function') throw errors.invalidArgType(name, 'function', fn);
  }

  const topResource = {};
  class AsyncLocalStorage {
    constructor() {
      // (node keys a resource's store by this symbol; here it is only shown, as util.inspect shows node's.)
      this.kResourceStore = Symbol('kResourceStore');
      this.enabled = false;
    }
    static bind(fn) {
      validateFunction(fn, 'fn');
      return AsyncResource.bind(fn);
    }
    static snapshot() {
      const frame = host.getFrame();
      return function runInAsyncScope(fn, ...args) {
        return runIn(frame, fn, this, args);
      };
    }
    disable() {
      if (this.enabled) {
        this.enabled = false;
        const frame = host.getFrame();
        if (frame instanceof Map && frame.has(this)) host.setFrame(withStore(frame, this, kNoStore));
      }
    }
    getStore() {
      if (!this.enabled) return undefined;
      const frame = host.getFrame();
      return frame instanceof Map ? frame.get(this) : undefined;
    }
    enterWith(store) {
      this.enabled = true;
      host.setFrame(withStore(host.getFrame(), this, store));
    }
    run(store, callback, ...args) {
      validateFunction(callback, 'callback');
      this.enabled = true;
      return runIn(withStore(host.getFrame(), this, store), callback, undefined, args, via.run);
    }
    exit(callback, ...args) {
      validateFunction(callback, 'callback');
      if (!this.enabled) return via.exit(callback, undefined, args);
      return runIn(withStore(host.getFrame(), this, kNoStore), callback, undefined, args, via.exit);
    }
  }

  let nextAsyncId = 2;
  const kFrame = Symbol('kFrame');
  // One DEP0172 warning for all bound functions' asyncResource accessors, as node's deprecate() shares its code.
  let asyncResourceWarned = false;
  function deprecateAsyncResource(f) {
    return function deprecated(...args) {
      if (!asyncResourceWarned) {
        asyncResourceWarned = true;
        internal.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
      }
      return Reflect.apply(f, this, args);
    };
  }
  class AsyncResource {
    constructor(type, opts = {}) {
      if (typeof type !== 'string') throw errors.invalidArgType('type', 'string', type);
      const triggerAsyncId = typeof opts === 'number' ? opts : (opts && opts.triggerAsyncId);
      if (triggerAsyncId !== undefined && (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1)) {
        throw errors.withCode(new RangeError(`Invalid triggerAsyncId value: ${triggerAsyncId}`), 'ERR_INVALID_ASYNC_ID');
      }
      this[kFrame] = host.getFrame();
      this._asyncId = nextAsyncId++;
      this._triggerAsyncId = triggerAsyncId === undefined ? 1 : triggerAsyncId;
      this._type = type;
    }
    runInAsyncScope(fn, thisArg, ...args) {
      return runIn(this[kFrame], fn, thisArg, args);
    }
    emitDestroy() { return this; }
    asyncId() { return this._asyncId; }
    triggerAsyncId() { return this._triggerAsyncId; }
    bind(fn, thisArg) {
      validateFunction(fn, 'fn');
      const resource = this;
      const bound = thisArg === undefined
        ? function __ll_boundResource(...args) { return resource.runInAsyncScope(fn, this, ...args); }
        : resource.runInAsyncScope.bind(resource, fn, thisArg);
      Object.defineProperties(bound, {
        length: { configurable: true, enumerable: false, value: fn.length, writable: false },
        name: { configurable: true, enumerable: false, value: thisArg === undefined ? 'bound' : bound.name, writable: false },
        // node 20 deprecates it (DEP0172): a getter and setter that warn once.
        asyncResource: {
          configurable: true,
          enumerable: true,
          get: deprecateAsyncResource(function () { return resource; }),
          set: deprecateAsyncResource(function (v) { Object.defineProperty(bound, 'asyncResource', { value: v, writable: true, enumerable: true, configurable: true }); }),
        },
      });
      return bound;
    }
    static bind(fn, type, thisArg) {
      type = type || fn.name || 'bound-anonymous-fn';
      return (new AsyncResource(type)).bind(fn, thisArg);
    }
  }

  // ---- createHook ----
  const active = [];
  const kCallbacks = Symbol('kCallbacks');
  function call(name, args) {
    for (const h of active.slice()) {
      const f = h[kCallbacks][name];
      if (typeof f === 'function') Reflect.apply(f, h, args);
    }
  }
  class AsyncHook {
    constructor({ init, before, after, destroy, promiseResolve }) {
      for (const [k, f] of [['init', init], ['before', before], ['after', after], ['destroy', destroy],
        ['promiseResolve', promiseResolve]]) {
        if (f !== undefined && typeof f !== 'function') throw errors.withCode(new TypeError(`hook.${k} must be a function`), 'ERR_ASYNC_CALLBACK');
      }
      this[kCallbacks] = { init, before, after, destroy, promiseResolve };
    }
    enable() {
      if (!active.includes(this)) active.push(this);
      internal.asyncHooksOn = true;
      host.asyncHooksEnable(true);
      return this;
    }
    disable() {
      const i = active.indexOf(this);
      if (i >= 0) active.splice(i, 1);
      internal.asyncHooksOn = active.length > 0;
      host.asyncHooksEnable(internal.asyncHooksOn);
      return this;
    }
  }
  // Called by timers.js and process.nextTick right after a resource is queued.
  internal.asyncInit = function asyncInit(id, type, resource) {
    const trigger = host.asyncInit(id, type);
    if (trigger >= 0) call('init', [id, type, trigger, resource]);
  };
  internal.hooks.asyncBefore = (id) => call('before', [id]);
  internal.hooks.asyncAfter = (id) => call('after', [id]);
  internal.hooks.asyncDestroy = (ids) => { for (const id of ids) call('destroy', [id]); };

  internal.modules.async_hooks = {
    AsyncLocalStorage,
    AsyncResource,
    createHook(callbacks) {
      if (callbacks === null || typeof callbacks !== 'object') throw errors.invalidArgType('callbacks', 'Object', callbacks);
      return new AsyncHook(callbacks);
    },
    executionAsyncId() { return host.asyncIds()[0]; },
    triggerAsyncId() { return host.asyncIds()[1]; },
    // The running Timeout or Immediate; the one top-level resource otherwise (node has a resource per request,
    // tick and promise: those are not modelled).
    executionAsyncResource() { return internal.currentResource || topResource; },
    asyncWrapProviders: Object.freeze({ __proto__: null }),
  };
})
