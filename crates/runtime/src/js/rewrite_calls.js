//! The runtime side of the instrumented user code's `__ll$` calls that are not spans: names from parameter
//! defaults (`nm`), deferred field initializers (`fd`/`fr`), their `super` reads (`sg`/`sc`), `import()` (`di`)
//! and writes in a temporal dead zone (`tz`); see instrument/. Split out of source_scan.js for size; not
//! instrumented itself, like source_scan.js.
(function (internal) {
  'use strict';
  // `__ll$.nm(value, name)`: a parameter's default that is an anonymous function or class gets the parameter's
  // name, as V8's NamedEvaluation gives it (Boa gives none; instrument/names.rs wraps the default).
  const llCalls = globalThis[Symbol.for('looplab.calls')];
  if (llCalls) {
    Object.defineProperty(llCalls, 'nm', {
      value: function nm(value, name) {
        if (typeof value === 'function') {
          const d = Object.getOwnPropertyDescriptor(value, 'name');
          if (!d || (d.value === '' && d.configurable)) {
            Object.defineProperty(value, 'name', { value: name, writable: false, enumerable: false, configurable: true });
          }
        }
        return value;
      },
      enumerable: false,
    });
    // `__ll$.fd(instance, init)` / `__ll$.fr(instance)`: instance field initializers kept for after the fields
    // are defined (instrument/class_fields.rs: Boa 0.22 panics when one writes to its class while they are).
    const deferred = new WeakMap();
    Object.defineProperty(llCalls, 'fd', {
      value: function fd(instance, init) {
        const list = deferred.get(instance);
        if (list) list.push(init);
        else deferred.set(instance, [init]);
        return undefined;
      },
      enumerable: false,
    });
    // `__ll$.sg(C, instance, key)` / `__ll$.sc(...)`: `super[key]` in an instance field initializer of class `C`
    // (instrument/field_super.rs: Boa 0.22 gives those initializers the class as their home object), read
    // from the parent of `C.prototype` with the instance as receiver; `sc` returns it bound for a call.
    const FunctionPrototypeBind = Function.prototype.bind;
    const superRead = (C, instance, key) => {
      const home = Object.getPrototypeOf(C.prototype);
      if (home === null || home === undefined) {
        throw new TypeError(`Cannot read properties of null (reading '${String(key)}')`);
      }
      return Reflect.get(home, key, instance);
    };
    Object.defineProperty(llCalls, 'sg', { value: superRead, enumerable: false });
    Object.defineProperty(llCalls, 'sc', {
      value: function sc(C, instance, key) {
        const f = superRead(C, instance, key);
        if (typeof f !== 'function') throw new TypeError(`(intermediate value).${String(key)} is not a function`);
        return FunctionPrototypeBind.call(f, instance);
      },
      enumerable: false,
    });
    // `__ll$.di(file, load, specifier, options)`: a user file's `import()` (instrument/calls.rs). An ES
    // module file not loaded yet is read first with fs.promises.readFile, as node's loader does, so the import
    // settles loop turns later; anything else (a built-in, CommonJS, JSON, a loaded module, a failure to
    // resolve) is imported at once, its errors left to `import()` itself.
    Object.defineProperty(llCalls, 'di', {
      value: function di(file, load, specifier, options) {
        let found = null;
        try {
          if (typeof specifier === 'string') found = internal.hooks.esmResolve(specifier, file);
        } catch { /* import() reports it */ }
        // (node's loader takes a microtask turn more for a built-in, or a CommonJS or JSON file, which it reads at once.)
        if (found && (found.format === 'commonjs' || found.format === 'json' || found.format === 'builtin') && !internal.esmFiles.has(found.url)) {
          return Promise.resolve().then(() => load(specifier, options));
        }
        if (!found || found.format !== 'module' || internal.esmFiles.has(found.url)) return load(specifier, options);
        return internal.modules.fs.promises.readFile(found.url).then(() => load(specifier, options), () => load(specifier, options));
      },
      enumerable: false,
    });
    // `__ll$.tz(name)`: a write in `name`'s temporal dead zone (instrument/tdz_writes.rs), after its value.
    Object.defineProperty(llCalls, 'tz', {
      value: function tz(name) { throw new ReferenceError(`Cannot access '${name}' before initialization`); },
      enumerable: false,
    });
    Object.defineProperty(llCalls, 'fr', {
      value: function fr(instance) {
        const list = deferred.get(instance);
        if (!list) return;
        deferred.delete(instance);
        for (let i = 0; i < list.length; i++) list[i]();
      },
      enumerable: false,
    });
  }
})
