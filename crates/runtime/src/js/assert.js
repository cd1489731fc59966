//! node:assert and node:assert/strict, ported from Node 20's lib/assert.js, lib/internal/assert/assertion_error.js,
//! lib/internal/assert/utils.js and lib/internal/assert/calltracker.js. Deep equality comes from util.js
//! (`internal.comparisons`). `assert.ok(falsy)` reads the call's source text like Node does (the host gives the
//! source lines; a small scanner stands in for acorn).
(function (internal) {
  void internal.modules.util; // util.js (parsed lazily) provides comparisons, types and errors
  'use strict';
  const host = internal.host;
  const inspect = internal.util.inspect;
  const { isDeepEqual, isDeepStrictEqual } = internal.comparisons;
  const types = internal.types;
  const { codes } = internal.nodeErrors;

  // Where Node's own frames throw (the header of an uncaught AssertionError's report).
  const arrows = {
    innerFail: 'node:assert:90\n  throw new AssertionError(obj);\n  ^\n',
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

  // ---------------------------------------------------------------------------------------------------------
  // The message of assert.ok(falsy): the source text of the call (lib/internal/assert/utils.js).
  // ---------------------------------------------------------------------------------------------------------
  const escapeSequencesRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
  const meta = [
    '\\u0000', '\\u0001', '\\u0002', '\\u0003', '\\u0004', '\\u0005', '\\u0006', '\\u0007', '\\b', '', '', '\\u000b',
    '\\f', '', '\\u000e', '\\u000f', '\\u0010', '\\u0011', '\\u0012', '\\u0013', '\\u0014', '\\u0015', '\\u0016',
    '\\u0017', '\\u0018', '\\u0019', '\\u001a', '\\u001b', '\\u001c', '\\u001d', '\\u001e', '\\u001f',
  ];
  const escapeFn = (str) => meta[str.charCodeAt(0)];
  const errorCache = new Map();

  // The first user frame of the current stack: { file, line, column } (1-based), or undefined.
  function callerLocation() {
    const lines = host.stackLines();
    for (const l of lines) {
      const m = /\((.*):(\d+):(\d+)\)$/.exec(l) || /^\s*at (.*):(\d+):(\d+)$/.exec(l);
      if (m && !m[1].startsWith('node:')) {
        // host.stackLines takes a CommonJS wrapper line off every frame; an ES module has none.
        const line = Number(m[2]) + (internal.esmFiles.has(m[1]) ? 1 : 0);
        return { file: m[1], line, column: Number(m[3]) };
      }
    }
    return undefined;
  }
  function readSourceLines(file, line, count) {
    const out = [];
    for (let i = 0; i < count; i++) {
      const text = host.sourceLine(file, line + i);
      if (text === undefined) break;
      out.push(text);
    }
    if (out.length === 0) {
      // A file written at run time: read it from the virtual file system.
      try {
        const all = String(internal.modules.fs.readFileSync(file, 'utf8')).split(/\r?\n/);
        return all.slice(line - 1, line - 1 + count);
      } catch {
        return out;
      }
    }
    return out;
  }
  const isIdentChar = (c) => c !== undefined && /[\w$\u0080-\uffff]/.test(c);
  const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  // Index of the bracket opening the one that closes at `i` (scanning backwards), or -1.
  function matchBack(code, i) {
    const close = code[i];
    const open = close === ')' ? '(' : close === ']' ? '[' : '{';
    let depth = 0;
    for (let j = i; j >= 0; j--) {
      const c = code[j];
      if (c === close) depth++;
      else if (c === open && --depth === 0) return j;
      else if (c === '"' || c === "'" || c === '`') {
        const k = code.lastIndexOf(c, j - 1);
        if (k === -1) return -1;
        j = k;
      }
    }
    return -1;
  }
  // Index just past the bracket closing the one that opens at `i`, skipping strings, templates and comments.
  function matchForward(code, i) {
    const stack = [];
    let prevSignificant = '(';
    for (let j = i; j < code.length; j++) {
      const c = code[j];
      if (c === '"' || c === "'") {
        j++;
        while (j < code.length && code[j] !== c) {
          if (code[j] === '\\') j++;
          j++;
        }
        prevSignificant = c;
        continue;
      }
      if (c === '`') {
        j++;
        while (j < code.length && code[j] !== '`') {
          if (code[j] === '\\') {
            j++;
          } else if (code[j] === '$' && code[j + 1] === '{') {
            const end = matchForward(code, j + 1);
            if (end === -1) return -1;
            j = end - 1;
          }
          j++;
        }
        prevSignificant = c;
        continue;
      }
      if (c === '/' && code[j + 1] === '/') {
        const nl = code.indexOf('\n', j);
        if (nl === -1) return -1;
        j = nl;
        continue;
      }
      if (c === '/' && code[j + 1] === '*') {
        const endc = code.indexOf('*/', j + 2);
        if (endc === -1) return -1;
        j = endc + 1;
        continue;
      }
      if (c === '/' && /[(,=:[!&|?{};+\-*%<>~^]/.test(prevSignificant)) {
        // A regular expression literal.
        j++;
        let inClass = false;
        while (j < code.length && (code[j] !== '/' || inClass)) {
          if (code[j] === '\\') j++;
          else if (code[j] === '[') inClass = true;
          else if (code[j] === ']') inClass = false;
          else if (code[j] === '\n') return -1;
          j++;
        }
        prevSignificant = '/';
        continue;
      }
      if (c === '(' || c === '[' || c === '{') {
        stack.push(c === '(' ? ')' : c === '[' ? ']' : '}');
      } else if (c === ')' || c === ']' || c === '}') {
        if (stack.pop() !== c) return -1;
        if (stack.length === 0) return j + 1;
      }
      if (!isSpace(c)) prevSignificant = c;
    }
    return -1;
  }
  // [start, text] of the call expression whose argument list opens at or after `offset` on the first line.
  function parseCall(code, offset) {
    const firstLineEnd = code.indexOf('\n') === -1 ? code.length : code.indexOf('\n');
    let open = offset;
    // Engines point at the callee or at the argument list; find the '(' that starts the arguments.
    while (open < firstLineEnd && code[open] !== '(') {
      if (!isIdentChar(code[open]) && code[open] !== '.' && code[open] !== '?' && !isSpace(code[open])) break;
      open++;
    }
    if (code[open] !== '(') return undefined;
    let i = open - 1;
    while (i >= 0 && isSpace(code[i])) i--;
    if (i >= 1 && code[i] === '.' && code[i - 1] === '?') {
      // An optional call: `fn?.(...)`.
      i -= 2;
      while (i >= 0 && isSpace(code[i])) i--;
    }
    // V8 places a call of a call's result (`f(a)(b)`) inside the inner call, which is what Node then prints.
    const callsCallResult = i >= 0 && code[i] === ')';
    let start = -1;
    for (;;) {
      if (i >= 0 && isIdentChar(code[i])) {
        while (i >= 0 && isIdentChar(code[i])) i--;
        start = i + 1;
      } else if (i >= 0 && (code[i] === ')' || code[i] === ']')) {
        const j = matchBack(code, i);
        if (j === -1) break;
        start = j;
        i = j - 1;
        while (i >= 0 && isSpace(code[i])) i--;
        if (i >= 0 && (isIdentChar(code[i]) || code[i] === ')' || code[i] === ']')) continue;
      } else {
        break;
      }
      let k = i;
      while (k >= 0 && isSpace(code[k])) k--;
      if (k >= 0 && code[k] === '.') {
        k--;
        if (k >= 0 && code[k] === '?') k--;
        while (k >= 0 && isSpace(code[k])) k--;
        i = k;
        continue;
      }
      break;
    }
    if (start === -1) return undefined;
    if (callsCallResult) {
      const inner = code.indexOf('(', start);
      if (inner !== -1 && inner < open) open = inner;
    }
    const end = matchForward(code, open);
    if (end === -1) return undefined;
    return [start, code.slice(start, end).replace(escapeSequencesRegExp, escapeFn)];
  }
  function getErrMessage(message) {
    const loc = callerLocation();
    if (loc === undefined) return message;
    const identifier = `${loc.file}${loc.line}${loc.column}`;
    if (errorCache.has(identifier)) return errorCache.get(identifier);
    let result;
    try {
      const lines = readSourceLines(loc.file, loc.line, 200);
      if (lines.length > 0) {
        const found = parseCall(lines.join('\n'), loc.column - 1);
        if (found !== undefined) {
          const column = found[0];
          message = found[1];
          if (message.includes('\n')) {
            const frames = message.split('\n');
            message = frames.shift();
            for (const frame of frames) {
              let pos = 0;
              while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
              message += `\n  ${frame.slice(pos)}`;
            }
          }
          result = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
        }
      }
    } catch {
      result = undefined;
    }
    errorCache.set(identifier, result);
    return result;
  }

  function innerOk(fn, argLen, value, message) {
    if (!value) {
      let generatedMessage = false;
      if (argLen === 0) {
        generatedMessage = true;
        message = 'No value argument passed to `assert.ok()`';
      } else if (message == null) {
        generatedMessage = true;
        message = getErrMessage(message);
      } else if (internal.isError(message)) {
        throw message;
      }
      const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
      err.generatedMessage = generatedMessage;
      throwAt(err, 'innerOk');
    }
  }

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
    if (obj.message instanceof Error) throw obj.message;
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
    if (message instanceof Error) throw message;
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

  function getActual(fn) {
    if (typeof fn !== 'function') throw codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION_SENTINEL;
  }
  function checkIsPromise(obj) {
    return types.isPromise(obj) ||
      (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
  }
  async function waitForActual(promiseFn) {
    let resultPromise;
    if (typeof promiseFn === 'function') {
      resultPromise = promiseFn();
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
      return e;
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

  assert.throws = function throws(promiseFn, ...args) {
    expectsError(throws, getActual(promiseFn), ...args);
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
      Object.defineProperty(err, 'stack', { value: `${stack}\n${frames.join('\n')}`, writable: true, configurable: true, enumerable: false });
    } catch { /* a frozen error keeps its stack */ }
    return err;
  }
  assert.rejects = async function rejects(promiseFn, ...args) {
    const caller = asyncCaller();
    const actual = await waitForActual(promiseFn);
    try {
      expectsError(rejects, actual, ...args);
    } catch (err) {
      throw asRejection(withCallerFrames(err, caller));
    }
  };
  assert.doesNotThrow = function doesNotThrow(fn, ...args) {
    expectsNoError(doesNotThrow, getActual(fn), ...args);
  };
  assert.doesNotReject = async function doesNotReject(fn, ...args) {
    const caller = asyncCaller();
    const actual = await waitForActual(fn);
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
      if (message instanceof Error) throw message;
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
