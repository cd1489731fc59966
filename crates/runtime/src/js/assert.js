//! node:assert and node:assert/strict, ported from Node 20's lib/assert.js and lib/internal/assert/calltracker.js,
//! over its parts (assert_error.js: AssertionError; assert_message.js: assert.ok's message from the call's source
//! text), which it runs first and which share through internal.assertShared. Deep equality comes from util.js
//! (`internal.comparisons`).
(function (internal) {
  'use strict';
  // The other parts run first, in order; node:assert is parsed (all three files) when first needed.
  for (const part of ['assert_error.js', 'assert_message.js']) internal.host.loadInternal(part)(internal);
  const shared = internal.assertShared;
  const {
    AssertionError, codes, innerOk, inspect, isDeepEqual, isDeepStrictEqual, throwAt, types, withArrow
  } = shared;
  // ---------------------------------------------------------------------------------------------------------
  // assert (lib/assert.js)
  // ---------------------------------------------------------------------------------------------------------
  function ok(...args) {
    innerOk(ok, args.length, ...args);
  }
  const assert = ok;
  const NO_EXCEPTION_SENTINEL = {};
  let warned = false;

  function innerFail(obj) {
    if (obj.message instanceof Error) throwAt(obj.message, 'messageError');
    throwAt(new AssertionError(obj), 'innerFail');
  }

  function fail(actual, expected, message, operator, stackStartFn) {
    const argsLen = arguments.length;
    let internalMessage = false;
    if (actual == null && argsLen <= 1) {
      internalMessage = true;
      message = 'Failed';
    } else if (argsLen === 1) {
      message = actual;
      actual = undefined;
    } else {
      if (warned === false) {
        warned = true;
        internal.process.emitWarning(
          'assert.fail() with more than one argument is deprecated. ' +
            'Please use assert.strictEqual() instead or only pass a message.',
          'DeprecationWarning',
          'DEP0094',
        );
      }
      if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throwAt(message, 'failMessageError');
    const err = new AssertionError({
      actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message,
    });
    if (internalMessage) err.generatedMessage = true;
    throwAt(err, 'fail');
  }
  assert.fail = fail;
  assert.AssertionError = AssertionError;
  assert.ok = ok;

  assert.equal = function equal(actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    // eslint-disable-next-line eqeqeq
    if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
      innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
    }
  };
  assert.notEqual = function notEqual(actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    // eslint-disable-next-line eqeqeq
    if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
      innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
    }
  };
  assert.deepEqual = function deepEqual(actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    if (!isDeepEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
    }
  };
  assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    if (isDeepEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
    }
  };
  assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    if (!isDeepStrictEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
    }
  };
  function notDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    if (isDeepStrictEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
    }
  }
  assert.notDeepStrictEqual = notDeepStrictEqual;
  assert.strictEqual = function strictEqual(actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    if (!Object.is(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
    }
  };
  assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    if (Object.is(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
    }
  };

  class Comparison {
    constructor(obj, keys, actual) {
      for (const key of keys) {
        if (key in obj) {
          if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(obj[key]) &&
              RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
            this[key] = actual[key];
          } else {
            this[key] = obj[key];
          }
        }
      }
    }
  }

  function compareExceptionKey(actual, expected, key, message, keys, fn) {
    if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
      if (!message) {
        const a = new Comparison(actual, keys);
        const b = new Comparison(expected, keys, actual);
        const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
        err.actual = actual;
        err.expected = expected;
        err.operator = fn.name;
        throwAt(err, 'compareExceptionKey');
      }
      innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    }
  }

  function expectedException(actual, expected, message, fn) {
    let generatedMessage = false;
    let throwError = false;
    if (typeof expected !== 'function') {
      if (types.isRegExp(expected)) {
        const str = String(actual);
        if (RegExp.prototype.exec.call(expected, str) !== null) return;
        if (!message) {
          generatedMessage = true;
          message = 'The input did not match the regular expression ' +
                    `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
        }
        throwError = true;
      } else if (typeof actual !== 'object' || actual === null) {
        const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
        err.operator = fn.name;
        throwAt(err, 'expectedPrimitive');
      } else {
        const keys = Object.keys(expected);
        if (expected instanceof Error) {
          keys.push('name', 'message');
        } else if (keys.length === 0) {
          throw codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
        }
        for (const key of keys) {
          if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) &&
              RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
            continue;
          }
          compareExceptionKey(actual, expected, key, message, keys, fn);
        }
        return;
      }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
      return;
    } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      if (!message) {
        generatedMessage = true;
        message = 'The error is expected to be an instance of ' + `"${expected.name}". Received `;
        if (internal.isError(actual)) {
          const name = (actual.constructor && actual.constructor.name) || actual.name;
          if (expected.name === name) {
            message += 'an error with identical name but a different prototype.';
          } else {
            message += `"${name}"`;
          }
          if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
        } else {
          message += `"${inspect(actual, { depth: -1 })}"`;
        }
      }
      throwError = true;
    } else {
      const res = Reflect.apply(expected, {}, [actual]);
      if (res !== true) {
        if (!message) {
          generatedMessage = true;
          const name = expected.name ? `"${expected.name}" ` : '';
          message = `The ${name}validation function is expected to return` + ` "true". Received ${inspect(res)}`;
          if (internal.isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
        }
        throwError = true;
      }
    }
    if (throwError) {
      const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
      err.generatedMessage = generatedMessage;
      throwAt(err, 'expectedException');
    }
  }

  // (`via`: frames.js's trampoline for node's frames under the function, `getActual` and its caller.)
  function getActual(fn, via) {
    if (typeof fn !== 'function') throw codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    try {
      if (via) via(fn);
      else fn();
    } catch (e) {
      return internal.userCatch ? internal.userCatch(e) : e;
    }
    return NO_EXCEPTION_SENTINEL;
  }
  function checkIsPromise(obj) {
    return types.isPromise(obj) ||
      (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
  }
  async function waitForActual(promiseFn, via) {
    let resultPromise;
    if (typeof promiseFn === 'function') {
      resultPromise = via ? via(promiseFn) : promiseFn();
      if (!checkIsPromise(resultPromise)) {
        throw codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
      }
    } else if (checkIsPromise(promiseFn)) {
      resultPromise = promiseFn;
    } else {
      throw codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
    }
    try {
      await resultPromise;
    } catch (e) {
      return internal.userCatch ? internal.userCatch(e) : e;
    }
    return NO_EXCEPTION_SENTINEL;
  }

  function expectsError(stackStartFn, actual, error, message) {
    if (typeof error === 'string') {
      if (arguments.length === 4) {
        throw codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
      }
      if (typeof actual === 'object' && actual !== null) {
        if (actual.message === error) {
          throw codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
            `The error message "${actual.message}" is identical to the message.`);
        }
      } else if (actual === error) {
        throw codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
      }
      message = error;
      error = undefined;
    } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
      throw codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (actual === NO_EXCEPTION_SENTINEL) {
      let details = '';
      if (error && error.name) details += ` (${error.name})`;
      details += message ? `: ${message}` : '.';
      const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
      const obj = {
        actual: undefined, expected: error, operator: stackStartFn.name,
        message: `Missing expected ${fnType}${details}`, stackStartFn,
      };
      innerFail(obj);
    }
    if (!error) return;
    expectedException(actual, error, message, stackStartFn);
  }

  function hasMatchingError(actual, expected) {
    if (typeof expected !== 'function') {
      if (types.isRegExp(expected)) {
        const str = String(actual);
        return RegExp.prototype.exec.call(expected, str) !== null;
      }
      throw codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
    return Reflect.apply(expected, {}, [actual]) === true;
  }

  function expectsNoError(stackStartFn, actual, error, message) {
    if (actual === NO_EXCEPTION_SENTINEL) return;
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || hasMatchingError(actual, error)) {
      const details = message ? `: ${message}` : '.';
      const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
      const obj = {
        actual, expected: error, operator: stackStartFn.name,
        message: `Got unwanted ${fnType}${details}\n` + `Actual message: "${actual && actual.message}"`,
        stackStartFn,
      };
      innerFail(obj);
    }
    if (stackStartFn === assert.doesNotReject) throw actual;
    throwAt(actual, 'expectsNoError');
  }

  const onAssert = (self) => typeof self === 'function';
  assert.throws = function throws(promiseFn, ...args) {
    const via = internal.assertVia && (onAssert(this) ? internal.assertVia.throws : internal.assertVia.throwsBare);
    expectsError(throws, getActual(promiseFn, via), ...args);
  };
  // Errors of the promise-returning checks only ever surface as rejections.
  function asRejection(err) {
    if (err instanceof AssertionError) withArrow(err, 'rejection');
    return err;
  }
  // An assertion error made after the await above: V8's stack has no frame of its own, only the async frames of
  // the user functions awaiting the call (`at async main (...)`), which async_stack.js knows from the caller.
  const asyncCaller = () => (internal.asyncCaller ? internal.asyncCaller() : null);
  function withCallerFrames(err, caller) {
    const frames = caller && internal.asyncFramesFrom ? internal.asyncFramesFrom(caller) : [];
    if (!frames.length || !(err instanceof AssertionError)) return err;
    try {
      const stack = String(err.stack);
      internal.setStack(err, `${stack}\n${frames.join('\n')}`);
    } catch { /* a frozen error keeps its stack */ }
    return err;
  }
  assert.rejects = async function rejects(promiseFn, ...args) {
    const caller = asyncCaller();
    const via = internal.assertVia && (onAssert(this) ? internal.assertVia.rejects : internal.assertVia.rejectsBare);
    const actual = await waitForActual(promiseFn, via);
    try {
      expectsError(rejects, actual, ...args);
    } catch (err) {
      throw asRejection(withCallerFrames(err, caller));
    }
  };
  assert.doesNotThrow = function doesNotThrow(fn, ...args) {
    const via = internal.assertVia && (onAssert(this) ? internal.assertVia.doesNotThrow : internal.assertVia.doesNotThrowBare);
    expectsNoError(doesNotThrow, getActual(fn, via), ...args);
  };
  assert.doesNotReject = async function doesNotReject(fn, ...args) {
    const caller = asyncCaller();
    const via = internal.assertVia && (onAssert(this) ? internal.assertVia.doesNotReject : internal.assertVia.doesNotRejectBare);
    const actual = await waitForActual(fn, via);
    try {
      expectsNoError(doesNotReject, actual, ...args);
    } catch (err) {
      throw err === actual ? err : asRejection(withCallerFrames(err, caller));
    }
  };

  assert.ifError = function ifError(err) {
    if (err !== null && err !== undefined) {
      let message = 'ifError got unwanted exception: ';
      if (typeof err === 'object' && typeof err.message === 'string') {
        if (err.message.length === 0 && err.constructor) {
          message += err.constructor.name;
        } else {
          message += err.message;
        }
      } else {
        message += inspect(err);
      }
      const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
      const origStack = err.stack;
      if (typeof origStack === 'string') {
        const origStackStart = origStack.indexOf('\n    at');
        if (origStackStart !== -1) {
          const originalFrames = origStack.slice(origStackStart + 1).split('\n');
          let newFrames = newErr.stack.split('\n');
          for (const errFrame of originalFrames) {
            const pos = newFrames.indexOf(errFrame);
            if (pos !== -1) {
              newFrames = newFrames.slice(0, pos);
              break;
            }
          }
          newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
        }
      }
      throwAt(newErr, 'ifError');
    }
  };

  function internalMatch(string, regexp, message, fn) {
    if (!types.isRegExp(regexp)) throw codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
    const match = fn === assert.match;
    if (typeof string !== 'string' || (RegExp.prototype.exec.call(regexp, string) !== null) !== match) {
      if (message instanceof Error) throwAt(message, 'matchMessageError');
      const generatedMessage = !message;
      message = message || (typeof string !== 'string' ?
        'The "string" argument must be of type string. Received type ' + `${typeof string} (${inspect(string)})` :
        (match ?
          'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
            `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
      const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
      err.generatedMessage = generatedMessage;
      throwAt(err, 'internalMatch');
    }
  }
  assert.match = function match(string, regexp, message) {
    internalMatch(string, regexp, message, match);
  };
  assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, doesNotMatch);
  };

  // CallTracker (lib/internal/assert/calltracker.js; deprecated in Node 20).
  const kCalls = Symbol('calls');
  const kExpected = Symbol('expected');
  const kName = Symbol('name');
  const kStackTrace = Symbol('stackTrace');
  class CallTrackerContext {
    constructor({ expected, stackTrace, name }) {
      this[kCalls] = [];
      this[kExpected] = expected;
      this[kStackTrace] = stackTrace;
      this[kName] = name;
    }
    track(thisArg, args) {
      this[kCalls].push(Object.freeze({ thisArg, arguments: Object.freeze(args.slice()) }));
    }
    get delta() { return this[kCalls].length - this[kExpected]; }
    reset() { this[kCalls] = []; }
    getCalls() { return Object.freeze(this[kCalls].slice()); }
    report() {
      if (this.delta !== 0) {
        return {
          message: `Expected the ${this[kName]} function to be executed ${this[kExpected]} time(s) but was ` +
            `executed ${this[kCalls].length} time(s).`,
          actual: this[kCalls].length,
          expected: this[kExpected],
          operator: this[kName],
          stack: this[kStackTrace],
        };
      }
      return undefined;
    }
  }
  const kCallChecks = Symbol('callChecks');
  const kTracked = Symbol('trackedFunctions');
  class CallTracker {
    constructor() {
      this[kCallChecks] = new Set();
      this[kTracked] = new WeakMap();
    }
    #getTrackedFunction(tracked) {
      if (!this[kTracked].has(tracked)) throw codes.ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
      return this[kTracked].get(tracked);
    }
    reset(tracked) {
      if (tracked === undefined) {
        this[kCallChecks].forEach((check) => check.reset());
        return;
      }
      this.#getTrackedFunction(tracked).reset();
    }
    getCalls(tracked) {
      return this.#getTrackedFunction(tracked).getCalls();
    }
    calls(fn, expected = 1) {
      if (typeof fn === 'number') {
        expected = fn;
        fn = function () {};
      } else if (fn === undefined) {
        fn = function () {};
      }
      if (typeof expected !== 'number') throw codes.ERR_INVALID_ARG_TYPE('expected', 'number', expected);
      if (!Number.isInteger(expected)) throw codes.ERR_OUT_OF_RANGE('expected', 'an integer', expected);
      if (expected < 1 || expected > 4294967295) {
        throw codes.ERR_OUT_OF_RANGE('expected', '>= 1 && <= 4294967295', expected);
      }
      const context = new CallTrackerContext({ expected, stackTrace: new Error(), name: fn.name || 'calls' });
      const tracked = new Proxy(fn, {
        __proto__: null,
        apply(target, thisArg, argList) {
          context.track(thisArg, argList);
          return Reflect.apply(target, thisArg, argList);
        },
      });
      this[kCallChecks].add(context);
      this[kTracked].set(tracked, context);
      return tracked;
    }
    report() {
      const errors = [];
      for (const context of this[kCallChecks]) {
        const message = context.report();
        if (message !== undefined) errors.push(message);
      }
      return errors;
    }
    verify() {
      const errors = this.report();
      if (errors.length === 0) return;
      const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
      throw new AssertionError({ message, details: errors });
    }
  }
  assert.CallTracker = internal.deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

  function strict(...args) {
    innerOk(strict, args.length, ...args);
  }
  assert.strict = Object.assign(strict, assert, {
    equal: assert.strictEqual,
    deepEqual: assert.deepStrictEqual,
    notEqual: assert.notStrictEqual,
    notDeepEqual: assert.notDeepStrictEqual,
  });
  assert.strict.strict = assert.strict;

  internal.modules.assert = assert;
})
