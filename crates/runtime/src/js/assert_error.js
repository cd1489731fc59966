//! node:assert, part 1 of 3 (run by assert.js, sharing through internal.assertShared): AssertionError, a port
//! of Node 20's lib/internal/assert/assertion_error.js (the diff and its messages).
(function (internal) {
  'use strict';
  const shared = (internal.assertShared = {});
  void internal.modules.util; // util.js (parsed lazily) provides comparisons, types and errors
  const host = internal.host;
  const inspect = internal.util.inspect;
  const { isDeepEqual, isDeepStrictEqual } = internal.comparisons;
  const types = internal.types;
  const { codes } = internal.nodeErrors;

  // Where Node's own frames throw (the header of an uncaught AssertionError's report).
  const arrows = {
    innerFail: 'node:assert:90\n  throw new AssertionError(obj);\n  ^\n',
    // An Error given as the message argument is thrown as it is, from node's line.
    messageError: `node:assert:88\n  if (obj.message instanceof Error) throw obj.message;\n${' '.repeat(36)}^\n`,
    failMessageError: `node:assert:124\n  if (message instanceof Error) throw message;\n${' '.repeat(32)}^\n`,
    matchMessageError: 'node:assert:747\n      throw message;\n      ^\n',
    fail: 'node:assert:137\n  throw err;\n  ^\n',
    compareExceptionKey: 'node:assert:377\n      throw err;\n      ^\n',
    expectedPrimitive: 'node:assert:416\n      throw err;\n      ^\n',
    expectedException: 'node:assert:491\n    throw err;\n    ^\n',
    expectsNoError: 'node:assert:634\n  throw actual;\n  ^\n',
    ifError: 'node:assert:733\n    throw newErr;\n    ^\n',
    internalMatch: 'node:assert:768\n    throw err;\n    ^\n',
    innerOk: 'node:internal/assert/utils:281\n    throw err;\n    ^\n',
    rejection: 'node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n',
    esmEntry: 'node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n',
  };
  const kFatalInspect = Symbol('kFatalInspect');
  // Marks `err` with the arrow printed above an uncaught error. Reading it (which the fatal-error printer does
  // right before inspecting the error) also switches the next inspection to Node's fatal-report options
  // (`customInspect: false`, depth >= 5), which Node's printer passes itself.
  function withArrow(err, where) {
    if (err === null || typeof err !== 'object' || !Object.isExtensible(err)) return err;
    const text = arrows[where];
    Object.defineProperty(err, internal.kArrow, {
      get() {
        if (this instanceof AssertionError) {
          Object.defineProperty(this, kFatalInspect, { value: true, writable: true, configurable: true });
        }
        // node takes the header from where the error reached its uncaught handler: an assertion that
        // rejected a promise, or failed an ES module's evaluation, shows where node rethrows it.
        if (internal.fatalFromPromise) return arrows.rejection;
        if (internal.esmEntryError === this) return arrows.esmEntry;
        return text;
      },
      configurable: true,
      enumerable: false,
    });
    return err;
  }
  function throwAt(err, where) {
    throw withArrow(err, where);
  }

  // ---------------------------------------------------------------------------------------------------------
  // AssertionError (lib/internal/assert/assertion_error.js)
  // ---------------------------------------------------------------------------------------------------------
  const kReadableOperator = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
  };
  const kMaxShortLength = 12;
  // No colours: Looplab's stderr is never a TTY.
  const colors = { blue: '', green: '', red: '', white: '' };

  function copyError(source) {
    const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
    Object.defineProperty(target, 'message', { value: source.message });
    return target;
  }
  function inspectValue(val) {
    return inspect(val, {
      compact: false,
      customInspect: false,
      depth: 1000,
      maxArrayLength: Infinity,
      showHidden: false,
      showProxy: false,
      sorted: true,
      getters: true,
    });
  }
  function getErrorMessage(operator, message) {
    return message || kReadableOperator[operator];
  }
  const removeColors = (s) => internal.util.stripVTControlCharacters(s);

  function createErrDiff(actual, expected, operator, message = '') {
    let other = '';
    let res = '';
    let end = '';
    let skipped = false;
    const actualInspected = inspectValue(actual);
    const actualLines = actualInspected.split('\n');
    const expectedLines = inspectValue(expected).split('\n');
    let i = 0;
    let indicator = '';

    if (operator === 'strictEqual' &&
        ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
         (typeof actual === 'function' && typeof expected === 'function'))) {
      operator = 'strictEqualObject';
    }

    if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
      const c = inspect.defaultOptions.colors;
      const actualRaw = c ? removeColors(actualLines[0]) : actualLines[0];
      const expectedRaw = c ? removeColors(expectedLines[0]) : expectedLines[0];
      const inputLength = actualRaw.length + expectedRaw.length;
      if (inputLength <= kMaxShortLength) {
        if ((typeof actual !== 'object' || actual === null) &&
            (typeof expected !== 'object' || expected === null) &&
            (actual !== 0 || expected !== 0)) {
          return `${getErrorMessage(operator, message)}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
        }
      } else if (operator !== 'strictEqualObject') {
        const stderr = internal.process && internal.process.stderr;
        const maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
        if (inputLength < maxLength) {
          while (actualRaw[i] === expectedRaw[i]) i++;
          if (i > 2) {
            indicator = `\n  ${' '.repeat(i)}^`;
            i = 0;
          }
        }
      }
    }

    let a = actualLines[actualLines.length - 1];
    let b = expectedLines[expectedLines.length - 1];
    while (a === b) {
      if (i++ < 3) {
        end = `\n  ${a}${end}`;
      } else {
        other = a;
      }
      actualLines.pop();
      expectedLines.pop();
      if (actualLines.length === 0 || expectedLines.length === 0) break;
      a = actualLines[actualLines.length - 1];
      b = expectedLines[expectedLines.length - 1];
    }

    const maxLines = Math.max(actualLines.length, expectedLines.length);
    if (maxLines === 0) {
      const lines = actualInspected.split('\n');
      if (lines.length > 50) {
        lines[46] = `${colors.blue}...${colors.white}`;
        while (lines.length > 47) lines.pop();
      }
      return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
    }

    if (i >= 5) {
      end = `\n${colors.blue}...${colors.white}${end}`;
      skipped = true;
    }
    if (other !== '') {
      end = `\n  ${other}${end}`;
      other = '';
    }

    let printedLines = 0;
    let identical = 0;
    const msg = `${getErrorMessage(operator, message)}\n${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
    const skippedMsg = ` ${colors.blue}...${colors.white} Lines skipped`;

    let lines = actualLines;
    let plusMinus = `${colors.green}+${colors.white}`;
    let maxLength = expectedLines.length;
    if (actualLines.length < maxLines) {
      lines = expectedLines;
      plusMinus = `${colors.red}-${colors.white}`;
      maxLength = actualLines.length;
    }

    for (i = 0; i < maxLines; i++) {
      if (maxLength < i + 1) {
        if (identical > 2) {
          if (identical > 3) {
            if (identical > 4) {
              if (identical === 5) {
                res += `\n  ${lines[i - 3]}`;
                printedLines++;
              } else {
                res += `\n${colors.blue}...${colors.white}`;
                skipped = true;
              }
            }
            res += `\n  ${lines[i - 2]}`;
            printedLines++;
          }
          res += `\n  ${lines[i - 1]}`;
          printedLines++;
        }
        identical = 0;
        if (lines === actualLines) {
          res += `\n${plusMinus} ${lines[i]}`;
        } else {
          other += `\n${plusMinus} ${lines[i]}`;
        }
        printedLines++;
      } else {
        const expectedLine = expectedLines[i];
        let actualLine = actualLines[i];
        let divergingLines = actualLine !== expectedLine &&
          (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
        if (divergingLines && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
          divergingLines = false;
          actualLine += ',';
        }
        if (divergingLines) {
          if (identical > 2) {
            if (identical > 3) {
              if (identical > 4) {
                if (identical === 5) {
                  res += `\n  ${actualLines[i - 3]}`;
                  printedLines++;
                } else {
                  res += `\n${colors.blue}...${colors.white}`;
                  skipped = true;
                }
              }
              res += `\n  ${actualLines[i - 2]}`;
              printedLines++;
            }
            res += `\n  ${actualLines[i - 1]}`;
            printedLines++;
          }
          identical = 0;
          res += `\n${colors.green}+${colors.white} ${actualLine}`;
          other += `\n${colors.red}-${colors.white} ${expectedLine}`;
          printedLines += 2;
        } else {
          res += other;
          other = '';
          identical++;
          if (identical <= 2) {
            res += `\n  ${actualLine}`;
            printedLines++;
          }
        }
      }
      if (printedLines > 50 && i < maxLines - 2) {
        return `${msg}${skippedMsg}\n${res}\n${colors.blue}...${colors.white}${other}\n` +
               `${colors.blue}...${colors.white}`;
      }
    }
    return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
  }

  function addEllipsis(string) {
    const lines = string.split('\n', 11);
    if (lines.length > 10) {
      lines.length = 10;
      return `${lines.join('\n')}\n...`;
    } else if (string.length > 512) {
      return `${string.slice(512)}...`;
    }
    return string;
  }

  class AssertionError extends Error {
    constructor(options) {
      if (options === null || typeof options !== 'object' || Array.isArray(options)) {
        throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      const { message, operator, details } = options;
      let { actual, expected } = options;
      let text;
      if (message != null) {
        if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
          text = createErrDiff(actual, expected, operator, message);
        } else {
          text = String(message);
        }
      } else {
        if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
            'stack' in actual && actual instanceof Error && 'stack' in expected && expected instanceof Error) {
          actual = copyError(actual);
          expected = copyError(expected);
        }
        if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
          text = createErrDiff(actual, expected, operator);
        } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
          let base = kReadableOperator[operator];
          const res = inspectValue(actual).split('\n');
          if (operator === 'notStrictEqual' &&
              ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
            base = kReadableOperator.notStrictEqualObject;
          }
          if (res.length > 50) {
            res[46] = `${colors.blue}...${colors.white}`;
            while (res.length > 47) res.pop();
          }
          if (res.length === 1) {
            text = `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
          } else {
            text = `${base}\n\n${res.join('\n')}\n`;
          }
        } else {
          let res = inspectValue(actual);
          let other = inspectValue(expected);
          const knownOperator = kReadableOperator[operator];
          if (operator === 'notDeepEqual' && res === other) {
            res = `${knownOperator}\n\n${res}`;
            if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
            text = res;
          } else {
            if (res.length > 512) res = `${res.slice(0, 509)}...`;
            if (other.length > 512) other = `${other.slice(0, 509)}...`;
            if (operator === 'deepEqual') {
              res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
            } else {
              const newOp = kReadableOperator[`${operator}Unequal`];
              if (newOp) {
                res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
              } else {
                other = ` ${operator} ${other}`;
              }
            }
            text = `${res}${other}`;
          }
        }
      }
      super(text);
      this.generatedMessage = !message;
      Object.defineProperty(this, 'name', {
        value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
      });
      this.code = 'ERR_ASSERTION';
      if (details) {
        this.actual = undefined;
        this.expected = undefined;
        this.operator = undefined;
        for (let i = 0; i < details.length; i++) {
          this['message ' + i] = details[i].message;
          this['actual ' + i] = details[i].actual;
          this['expected ' + i] = details[i].expected;
          this['operator ' + i] = details[i].operator;
          this['stack trace ' + i] = details[i].stack;
        }
      } else {
        this.actual = actual;
        this.expected = expected;
        this.operator = operator;
      }
      // The stack's header keeps the code ("AssertionError [ERR_ASSERTION]: ..."), as in Node.
      void this.stack;
      this.name = 'AssertionError';
      // Made without a stackStartFn (by user code, or CallTracker's verify): node's stack keeps the
      // constructor's own frame.
      if (options.stackStartFn === undefined && options.stackStartFunction === undefined) {
        internal.errors.nodeFrames(this, 'new AssertionError (node:internal/assert/assertion_error:454:5)');
      }
    }

    toString() {
      return `${this.name} [${this.code}]: ${this.message}`;
    }

    [inspect.custom](recurseTimes, ctx) {
      if (this[kFatalInspect]) {
        // The fatal-error printer: Node inspects with its own options there.
        delete this[kFatalInspect];
        return inspect(this, { ...ctx, customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
      }
      const tmpActual = this.actual;
      const tmpExpected = this.expected;
      if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
      if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
      const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
      this.actual = tmpActual;
      this.expected = tmpExpected;
      return result;
    }
  }
  Object.defineProperty(AssertionError.prototype, kFatalInspect, { value: false, writable: true, configurable: true });


  Object.assign(shared, {
    AssertionError, codes, host, inspect, isDeepEqual, isDeepStrictEqual, throwAt, types, withArrow
  });
})
