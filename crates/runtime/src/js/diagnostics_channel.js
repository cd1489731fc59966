//! node:diagnostics_channel — a port of Node 20's lib/diagnostics_channel.js: named channels (a channel becomes
//! active, with its own prototype, on its first subscriber or bound store), publish, bindStore/runStores over
//! AsyncLocalStorage, and TracingChannel's traceSync/tracePromise/traceCallback. Channels are kept for the
//! whole run (node drops an unused one only when the GC collects it, which a deterministic run never shows).
// Copyright Joyent, Inc. and other Node contributors. (MIT licence, see Node's LICENSE.)
(function (internal) {
  'use strict';
  const errors = internal.errors;
  const ReflectApply = Reflect.apply;

  // (`frames`: node's own frames above the caller's.)
  function validateFunction(value, name, ...frames) {
    if (typeof value !== 'function') throw errors.nodeFrames(errors.invalidArgType(name, 'function', value), ...frames);
  }
  const SUBSCRIBE_FRAME = 'Channel.subscribe (node:diagnostics_channel:101:5)';

  // A subscriber or store transform that throws is reported as uncaught on the next tick; the others still run.
  const reportLater = (err) => internal.process.nextTick(() => { throw err; });

  const active = new Set();

  function markActive(channel) {
    Object.setPrototypeOf(channel, ActiveChannel.prototype); // eslint-disable-line no-use-before-define
    channel._subscribers = [];
    channel._stores = new Map();
    active.add(channel);
  }

  function maybeMarkInactive(channel) {
    // When there are no more active subscribers or bound stores, back to the plain prototype.
    if (!channel._subscribers.length && !channel._stores.size) {
      Object.setPrototypeOf(channel, Channel.prototype); // eslint-disable-line no-use-before-define
      channel._subscribers = undefined;
      channel._stores = undefined;
      active.delete(channel);
    }
  }

  function defaultTransform(data) {
    return data;
  }

  function wrapStoreRun(store, data, next, transform = defaultTransform) {
    return () => {
      let context;
      try {
        context = transform(data);
      } catch (err) {
        reportLater(err);
        return next();
      }
      return store.run(context, next);
    };
  }

  class ActiveChannel {
    subscribe(subscription) {
      validateFunction(subscription, 'subscription', SUBSCRIBE_FRAME);
      this._subscribers = this._subscribers.slice();
      this._subscribers.push(subscription);
    }

    unsubscribe(subscription) {
      const index = this._subscribers.indexOf(subscription);
      if (index === -1) return false;
      this._subscribers = this._subscribers.slice(0, index).concat(this._subscribers.slice(index + 1));
      maybeMarkInactive(this);
      return true;
    }

    bindStore(store, transform) {
      this._stores.set(store, transform);
    }

    unbindStore(store) {
      if (!this._stores.has(store)) return false;
      this._stores.delete(store);
      maybeMarkInactive(this);
      return true;
    }

    get hasSubscribers() {
      return true;
    }

    publish(data) {
      const subscribers = this._subscribers;
      for (let i = 0; i < ((subscribers && subscribers.length) || 0); i++) {
        try {
          const onMessage = subscribers[i];
          onMessage(data, this.name);
        } catch (err) {
          reportLater(err);
        }
      }
    }

    runStores(data, fn, thisArg, ...args) {
      let run = () => {
        this.publish(data);
        return ReflectApply(fn, thisArg, args);
      };
      for (const [store, transform] of this._stores.entries()) run = wrapStoreRun(store, data, run, transform);
      return run();
    }
  }

  // Channels by name, held weakly as node's WeakRefMap holds them: one nobody references (no subscriber, no
  // bound store, no user reference) can be collected. `active` holds the channels that have subscribers or stores.
  const channels = {
    map: new Map(),
    get(name) {
      const ref = this.map.get(name);
      const found = ref && ref.deref();
      if (ref && found === undefined) this.map.delete(name);
      return found;
    },
    set(name, value) { this.map.set(name, new WeakRef(value)); },
  };

  class Channel {
    constructor(name) {
      this._subscribers = undefined;
      this._stores = undefined;
      this.name = name;
      channels.set(name, this);
    }

    static [Symbol.hasInstance](instance) {
      const prototype = Object.getPrototypeOf(instance);
      return prototype === Channel.prototype || prototype === ActiveChannel.prototype;
    }

    subscribe(subscription) {
      markActive(this);
      this.subscribe(subscription);
    }

    unsubscribe() {
      return false;
    }

    bindStore(store, transform) {
      markActive(this);
      this.bindStore(store, transform);
    }

    unbindStore() {
      return false;
    }

    get hasSubscribers() {
      return false;
    }

    publish() {}

    runStores(data, fn, thisArg, ...args) {
      return ReflectApply(fn, thisArg, args);
    }
  }

  function channel(name) {
    const found = channels.get(name);
    if (found) return found;
    if (typeof name !== 'string' && typeof name !== 'symbol') {
      throw errors.invalidArgType('channel', 'one of type string or symbol', name);
    }
    return new Channel(name);
  }

  function subscribe(name, subscription) {
    const found = channel(name);
    validateFunction(subscription, 'subscription', SUBSCRIBE_FRAME, 'Object.subscribe (node:diagnostics_channel:233:24)');
    return found.subscribe(subscription);
  }

  function unsubscribe(name, subscription) {
    return channel(name).unsubscribe(subscription);
  }

  function hasSubscribers(name) {
    const found = channels.get(name);
    if (!found) return false;
    return found.hasSubscribers;
  }

  const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

  function assertChannel(value, name) {
    if (!(value instanceof Channel)) throw errors.invalidArgType(name, 'Channel', value);
  }

  function tracingChannelFrom(nameOrChannels, name) {
    if (typeof nameOrChannels === 'string') return channel(`tracing:${nameOrChannels}:${name}`);
    if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      const found = nameOrChannels[name];
      assertChannel(found, `nameOrChannels.${name}`);
      return found;
    }
    throw errors.invalidArgType('nameOrChannels', 'string or an instance of TracingChannel or Object', nameOrChannels);
  }

  class TracingChannel {
    constructor(nameOrChannels) {
      for (const eventName of traceEvents) {
        Object.defineProperty(this, eventName, { __proto__: null, value: tracingChannelFrom(nameOrChannels, eventName) });
      }
    }

    get hasSubscribers() {
      return this.start.hasSubscribers || this.end.hasSubscribers || this.asyncStart.hasSubscribers ||
        this.asyncEnd.hasSubscribers || this.error.hasSubscribers;
    }

    subscribe(handlers) {
      for (const name of traceEvents) {
        if (!handlers[name]) continue;
        if (this[name]) this[name].subscribe(handlers[name]);
      }
    }

    unsubscribe(handlers) {
      let done = true;
      for (const name of traceEvents) {
        if (!handlers[name]) continue;
        if (!(this[name] && this[name].unsubscribe(handlers[name]))) done = false;
      }
      return done;
    }

    traceSync(fn, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
      const { start, end, error } = this;
      return start.runStores(context, () => {
        try {
          const result = ReflectApply(fn, thisArg, args);
          context.result = result;
          return result;
        } catch (err) {
          context.error = err;
          error.publish(context);
          throw err;
        } finally {
          end.publish(context);
        }
      });
    }

    tracePromise(fn, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
      const { start, end, asyncStart, asyncEnd, error } = this;
      function reject(err) {
        context.error = err;
        error.publish(context);
        asyncStart.publish(context);
        asyncEnd.publish(context);
        return Promise.reject(err);
      }
      function resolve(result) {
        context.result = result;
        asyncStart.publish(context);
        asyncEnd.publish(context);
        return result;
      }
      return start.runStores(context, () => {
        try {
          let promise = ReflectApply(fn, thisArg, args);
          // Thenables become native promises.
          if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
          return promise.then(resolve, reject);
        } catch (err) {
          context.error = err;
          error.publish(context);
          throw err;
        } finally {
          end.publish(context);
        }
      });
    }

    traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
      const { start, end, asyncStart, asyncEnd, error } = this;
      function wrappedCallback(err, res) {
        if (err) {
          context.error = err;
          error.publish(context);
        } else {
          context.result = res;
        }
        // runStores here lets the callback recover the context by hand.
        asyncStart.runStores(context, () => {
          try {
            return ReflectApply(callback, this, arguments);
          } finally {
            asyncEnd.publish(context);
          }
        });
      }
      const callback = args.at(position);
      validateFunction(callback, 'callback');
      args.splice(position, 1, wrappedCallback);
      return start.runStores(context, () => {
        try {
          return ReflectApply(fn, thisArg, args);
        } catch (err) {
          context.error = err;
          error.publish(context);
          throw err;
        } finally {
          end.publish(context);
        }
      });
    }
  }

  function tracingChannel(nameOrChannels) {
    return new TracingChannel(nameOrChannels);
  }

  internal.modules.diagnostics_channel = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
})
