//! node:events' EventEmitterAsyncResource, made on first read of `events.EventEmitterAsyncResource` (it needs
//! async_hooks' AsyncResource).
(function (internal) {
  'use strict';
  const { ERR_INVALID_THIS, validateString } = internal.eventsShared;

  // ---- EventEmitterAsyncResource ----
  let EventEmitterAsyncResource;
  function lazyEventEmitterAsyncResource() {
    if (EventEmitterAsyncResource === undefined) {
      const hooks = Object.prototype.hasOwnProperty.call(internal.modules, 'async_hooks') ?
        internal.modules.async_hooks : undefined;
      const AsyncResource = hooks && hooks.AsyncResource;
      if (typeof AsyncResource !== 'function') {
        const e = new Error("Looplab does not emulate EventEmitterAsyncResource yet (it needs the 'async_hooks' module)");
        throw internal.errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
      }
      const kEventEmitter = Symbol('kEventEmitter');
      const kAsyncResource = Symbol('kAsyncResource');
      class EventEmitterReferencingAsyncResource extends AsyncResource {
        constructor(ee, type, options) {
          super(type, options);
          this[kEventEmitter] = ee;
        }
        get eventEmitter() {
          if (this[kEventEmitter] === undefined) throw ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
          return this[kEventEmitter];
        }
      }
      const EventEmitter = internal.modules.events;
      EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
        constructor(options = undefined) {
          let name;
          if (typeof options === 'string') {
            name = options;
            options = undefined;
          } else {
            if (new.target === EventEmitterAsyncResource) {
              validateString(options == null ? undefined : options.name, 'options.name');
            }
            name = (options == null ? undefined : options.name) || new.target.name;
          }
          super(options);
          this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
        }
        emit(event, ...args) {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          const { asyncResource } = this;
          args.unshift(super.emit, this, event);
          return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
        }
        emitDestroy() {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          this.asyncResource.emitDestroy();
        }
        get asyncId() {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          return this.asyncResource.asyncId();
        }
        get triggerAsyncId() {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          return this.asyncResource.triggerAsyncId();
        }
        get asyncResource() {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          return this[kAsyncResource];
        }
      };
    }
    return EventEmitterAsyncResource;
  }

  internal.eventsShared.lazyEventEmitterAsyncResource = lazyEventEmitterAsyncResource;
})
