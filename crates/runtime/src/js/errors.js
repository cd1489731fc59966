//! Node-style error constructors (`code`, `[ERR_X]` names) shared by the other bootstrap modules.
(function (internal) {
  'use strict';
  function describe(value) {
    if (value == null) return ' Received ' + value;
    if (typeof value === 'function') return ` Received function ${value.name}`;
    if (typeof value === 'object') {
      if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
      return ` Received ${internal.inspect(value, { depth: -1 })}`;
    }
    let inspected = internal.inspect(value, { colors: false });
    if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
    return ` Received type ${typeof value} (${inspected})`;
  }
  function withCode(err, code) {
    Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    const name = err.name;
    // Node shows the code in the stack header: "TypeError [ERR_X]: msg".
    err.name = `${name} [${code}]`;
    void err.stack;
    delete err.name;
    return err;
  }
  internal.errors = {
    withCode,
    invalidArgType(name, expected, actual) {
      const kind = /^[A-Z]/.test(expected) ? 'an instance of' : 'of type';
      const what = name.includes('.') ? 'property' : 'argument';
      return withCode(new TypeError(`The "${name}" ${what} must be ${kind} ${expected}.${describe(actual)}`),
        'ERR_INVALID_ARG_TYPE');
    },
    outOfRange(name, range, actual) {
      return withCode(new RangeError(`The value of "${name}" is out of range. It must be ${range}. Received ${internal.inspect(actual)}`),
        'ERR_OUT_OF_RANGE');
    },
    abortError(cause) {
      const err = new Error('The operation was aborted');
      err.name = 'AbortError';
      Object.defineProperty(err, 'code', { value: 'ABORT_ERR', enumerable: true, writable: true, configurable: true });
      if (cause !== undefined) {
        Object.defineProperty(err, 'cause', { value: cause, enumerable: false, writable: true, configurable: true });
      }
      return err;
    },
  };
})
