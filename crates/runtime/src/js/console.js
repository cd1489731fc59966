//! Looplab's `console` object: Node 20's console API rebuilt on top of inspect.js, evaluated by the runtime as one function expression.
//
// Usage (host side): `const { createConsole } = (<this file>)(natives, util)` where `util`
// is the object returned by inspect.js and `natives` offers
//   write(fd, string)  -> writes one complete line (string ends with '\n') to fd 1 or 2
//   now()              -> milliseconds as a float (like performance.now())
//   warning(message)   -> reports a process warning, e.g. "No such label 'x' for console.timeEnd()"
//   stackLines()       -> array of frames like '    at f (file.js:1:2)' for console.trace()
//
// Known gaps: without util.previewEntries, console.table() reads Map/Set iterators by
// iterating them (which consumes them); clear/profile/timeStamp are no-ops as in a non-TTY Node.
(function (natives, util) {
  'use strict';

  const { inspect, formatWithOptions } = util;
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  const kSecond = 1000;
  const kMinute = 60 * kSecond;
  const kHour = 60 * kMinute;

  const pad = (value) => `${value}`.padStart(2, '0');

  // Formats a duration like Node: "1.234ms", "1.500s", "1:02.345 (m:ss.mmm)".
  function formatTime(ms) {
    let hours = 0;
    let minutes = 0;
    let seconds = 0;
    if (ms >= kSecond) {
      if (ms >= kMinute) {
        if (ms >= kHour) {
          hours = Math.floor(ms / kHour);
          ms = ms % kHour;
        }
        minutes = Math.floor(ms / kMinute);
        ms = ms % kMinute;
      }
      seconds = ms / kSecond;
    }
    if (hours !== 0 || minutes !== 0) {
      const parts = seconds.toFixed(3).split('.');
      const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
      return `${res}:${pad(parts[0])}.${parts[1]} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
    }
    if (seconds !== 0) return `${seconds.toFixed(3)}s`;
    return `${Number(ms.toFixed(3))}ms`;
  }

  // --- console.table rendering ---------------------------------------------
  const tableChars = {
    middleMiddle: '\u2500',
    rowMiddle: '\u253c',
    topRight: '\u2510',
    topLeft: '\u250c',
    leftMiddle: '\u251c',
    topMiddle: '\u252c',
    bottomRight: '\u2518',
    bottomLeft: '\u2514',
    bottomMiddle: '\u2534',
    rightMiddle: '\u2524',
    left: '\u2502 ',
    right: ' \u2502',
    middle: ' \u2502 ',
  };

  const stringWidth = (s) => util.getStringWidth(s);

  function renderRow(row, columnWidths) {
    let out = tableChars.left;
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      const needed = columnWidths[i] - stringWidth(cell);
      out += cell + ' '.repeat(Math.ceil(needed));
      if (i !== row.length - 1) out += tableChars.middle;
    }
    return out + tableChars.right;
  }

  function renderTable(head, columns) {
    const rows = [];
    const columnWidths = head.map((h) => stringWidth(h));
    const longestColumn = Math.max(...columns.map((a) => a.length));
    for (let i = 0; i < head.length; i++) {
      const column = columns[i];
      for (let j = 0; j < longestColumn; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const value = rows[j][i] = hasOwn(column, j) ? column[j] : '';
        columnWidths[i] = Math.max(columnWidths[i] || 0, stringWidth(value));
      }
    }
    const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
    let result = tableChars.topLeft + divider.join(tableChars.topMiddle) + tableChars.topRight + '\n' +
      renderRow(head, columnWidths) + '\n' +
      tableChars.leftMiddle + divider.join(tableChars.rowMiddle) + tableChars.rightMiddle + '\n';
    for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
    result += tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight;
    return result;
  }

  const keyKey = 'Key';
  const valuesKey = 'Values';
  const indexKey = '(index)';
  const iterKey = '(iteration index)';

  const isArrayLike = (v) => Array.isArray(v) || util.isTypedArray(v) || util.isBuffer(v);

  // Reads the entries of a Map/Set iterator: [entries, isKeyValue].
  function iteratorEntries(iter, isMapIter) {
    const preview = util.previewEntries(iter, true);
    if (preview !== undefined) return preview;
    const entries = [];
    let isKeyValue = false;
    for (const item of iter) {
      if (isMapIter && Array.isArray(item) && item.length === 2) {
        isKeyValue = true;
        entries.push(item[0], item[1]);
      } else {
        entries.push(item);
      }
    }
    return [entries, isKeyValue];
  }

  // --- the console -----------------------------------------------------------
  // `options.write(fd, text)` replaces the host's writer (a `new Console(...)` writes to its streams).
  function createConsole(options) {
    options = options || {};
    const out = typeof options.write === 'function' ? Object.assign({}, natives, { write: options.write }) : natives;
    const groupIndentation = options.groupIndentation === undefined ? 2 : options.groupIndentation;
    const inspectOptions = Object.assign(options.colors ? { colors: true } : {}, options.inspectOptions);
    const times = new Map();
    const counts = new Map();
    let groupIndent = '';

    const con = {};
    // Whose methods the others call (`this.log` in node): a Console instance's own, else this console's.
    const self = options.self || con;

    function writeLine(fd, string) {
      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      out.write(fd, `${string}\n`);
    }

    // No re-spreading of the arguments: Boa's spread calls are slow and console.log is hot.
    const formatArgs = util.formatArgsArray
      ? (args) => (args.length === 1 && typeof args[0] === 'string' ? args[0] : util.formatArgsArray(inspectOptions, args))
      : (args) => formatWithOptions(inspectOptions, ...args);

    function warning(message) {
      if (typeof out.warning === 'function') out.warning(message);
    }

    function timeLogImpl(name, label, data) {
      const start = times.get(label);
      if (start === undefined) {
        warning(`No such label '${label}' for console.${name}()`);
        return false;
      }
      const formatted = formatTime(out.now() - start);
      if (data === undefined) {
        self.log('%s: %s', label, formatted);
      } else {
        self.log('%s: %s', label, formatted, ...data);
      }
      return true;
    }

    const methods = {
      log(...args) {
        writeLine(1, formatArgs(args));
      },
      info(...args) {
        writeLine(1, formatArgs(args));
      },
      debug(...args) {
        writeLine(1, formatArgs(args));
      },
      warn(...args) {
        writeLine(2, formatArgs(args));
      },
      error(...args) {
        writeLine(2, formatArgs(args));
      },
      dir(object, dirOptions) {
        writeLine(1, inspect(object, Object.assign({ customInspect: false }, inspectOptions, dirOptions)));
      },
      time(label = 'default') {
        label = `${label}`;
        if (times.has(label)) {
          warning(`Label '${label}' already exists for console.time()`);
          return;
        }
        times.set(label, out.now());
      },
      timeEnd(label = 'default') {
        label = `${label}`;
        if (timeLogImpl('timeEnd', label)) times.delete(label);
      },
      timeLog(label = 'default', ...data) {
        label = `${label}`;
        timeLogImpl('timeLog', label, data);
      },
      trace(...args) {
        const message = formatWithOptions(inspectOptions, ...args);
        let stack = message === '' ? 'Trace' : `Trace: ${message}`;
        const frames = typeof out.stackLines === 'function' ? out.stackLines() : [];
        if (frames && frames.length) stack += `\n${frames.join('\n')}`;
        self.error(stack);
      },
      assert(expression, ...args) {
        if (!expression) {
          args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
          self.warn(...args);
        }
      },
      clear() {},
      count(label = 'default') {
        label = `${label}`;
        let count = counts.get(label);
        count = count === undefined ? 1 : count + 1;
        counts.set(label, count);
        self.log(`${label}: ${count}`);
      },
      countReset(label = 'default') {
        if (!counts.has(label)) {
          warning(`Count for '${label}' does not exist`);
          return;
        }
        counts.delete(`${label}`);
      },
      group(...data) {
        if (data.length > 0) self.log(...data);
        groupIndent += ' '.repeat(groupIndentation);
      },
      groupEnd() {
        groupIndent = groupIndent.slice(0, groupIndent.length - groupIndentation);
      },
      table(tabularData, properties) {
        if (properties !== undefined && !Array.isArray(properties)) {
          const e = util.invalidArgType('properties', 'an instance of Array', properties);
          throw natives.nodeFrames ? natives.nodeFrames(e, 'console.table (node:internal/console/constructor:502:7)') : e;
        }
        if (tabularData === null || typeof tabularData !== 'object') return self.log(tabularData);

        const final = (k, v) => self.log(renderTable(k, v));
        const _inspect = (v) => {
          const depth = v !== null && typeof v === 'object' && !isArrayLike(v) &&
            Object.keys(v).length > 2 ? -1 : 0;
          return inspect(v, Object.assign({ depth, maxArrayLength: 3, breakLength: Infinity }, inspectOptions));
        };
        const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

        const mapIter = util.isMapIterator(tabularData);
        let isKeyValue = false;
        if (mapIter) {
          const res = iteratorEntries(tabularData, true);
          tabularData = res[0];
          isKeyValue = res[1];
        }
        if (isKeyValue || util.isMap(tabularData)) {
          const keys = [];
          const values = [];
          let length = 0;
          if (mapIter) {
            for (let i = 0; i < tabularData.length / 2; ++i) {
              keys.push(_inspect(tabularData[i * 2]));
              values.push(_inspect(tabularData[i * 2 + 1]));
              length++;
            }
          } else {
            for (const entry of tabularData) {
              keys.push(_inspect(entry[0]));
              values.push(_inspect(entry[1]));
              length++;
            }
          }
          return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
        }

        const setIter = util.isSetIterator(tabularData);
        if (setIter) tabularData = iteratorEntries(tabularData, false)[0];
        if (setIter || mapIter || util.isSet(tabularData)) {
          const values = [];
          let length = 0;
          for (const v of tabularData) {
            values.push(_inspect(v));
            length++;
          }
          return final([iterKey, valuesKey], [getIndexArray(length), values]);
        }

        const map = Object.create(null);
        let hasPrimitives = false;
        const valuesKeyArray = [];
        const indexKeyArray = Object.keys(tabularData);
        for (let i = 0; i < indexKeyArray.length; i++) {
          const item = tabularData[indexKeyArray[i]];
          const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
          if (properties === undefined && primitive) {
            hasPrimitives = true;
            valuesKeyArray[i] = _inspect(item);
          } else {
            const keys = properties || Object.keys(item);
            for (const key of keys) {
              if (map[key] === undefined || map[key] === null) map[key] = [];
              if ((primitive && properties) || !hasOwn(item, key)) {
                map[key][i] = '';
              } else {
                map[key][i] = _inspect(item[key]);
              }
            }
          }
        }
        const keys = Object.keys(map);
        const values = keys.map((k) => map[k]);
        if (hasPrimitives) {
          keys.push(valuesKey);
          values.push(valuesKeyArray);
        }
        keys.unshift(indexKey);
        values.unshift(indexKeyArray);
        return final(keys, values);
      },
      profile() {},
      profileEnd() {},
      timeStamp() {},
    };
    methods.groupCollapsed = methods.group;
    // (node's dirxml is its log, not a call of a replaced `console.log`.)
    methods.dirxml = methods.log;

    methods.context = function context() { return createConsole(options); };
    methods.createTask = function createTask(name) {
      if (typeof name !== 'string') throw util.invalidArgType('name', 'of type string', name);
      return { run: (fn) => fn() };
    };
    // node's key order (lib/internal/console/constructor.js, then the global console's extras).
    for (const key of KEY_ORDER) {
      if (key === 'Console') {
        con.Console = Console;
        continue;
      }
      const fn = methods[key];
      // Bound-style methods (usable detached, like Node's) that keep their names.
      const bound = (...args) => fn.apply(con, args);
      Object.defineProperty(bound, 'name', { value: key });
      con[key] = bound;
    }
    Object.defineProperty(con, Symbol.toStringTag, {
      value: 'console', writable: false, enumerable: false, configurable: true,
    });
    // As node's global console: an object whose prototype is an empty one, an instance of Console by its mark.
    Object.setPrototypeOf(con, {});
    Object.defineProperty(con, kIsConsole, { value: true, writable: true, enumerable: false, configurable: true });
    return con;
  }
  const kIsConsole = Symbol('kIsConsole');

  const KEY_ORDER = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
    'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed', 'Console',
    'profile', 'profileEnd', 'timeStamp', 'context', 'createTask'];

  // node's Console class: `new Console(stdout[, stderr[, ignoreErrors]])` or `new Console({ stdout, stderr,
  // ignoreErrors, colorMode, inspectOptions, groupIndentation })`; callable without `new`. Its prototype holds
  // the methods; each instance binds the ones it finds (a subclass's own included) to itself, and the methods
  // call each other through the instance (`group` logs with a subclass's `log`), as node's do.
  const kImpl = Symbol('kConsoleImpl');
  const CONSTRUCTOR = 'node:internal/console/constructor';
  function thrown(err, line, column, arrow) {
    const errors = natives.errors();
    if (arrow) errors.withArrow(err, arrow);
    else errors.validator(err);
    return errors.nodeFrames(err, `new Console (${CONSTRUCTOR}:${line}:${column})`);
  }
  function streamError(which, line) {
    const e = new TypeError(`Console expects a writable stream instance for ${which}`);
    e.code = 'ERR_CONSOLE_WRITABLE_STREAM';
    return thrown(e, line, 11, `${CONSTRUCTOR}:${line}\n    throw new ERR_CONSOLE_WRITABLE_STREAM('${which}');\n    ^\n`);
  }
  function Console(options, stderr, ignoreErrors) {
    if (!new.target) return Reflect.construct(Console, [options, stderr, ignoreErrors]);
    if (!options || typeof options.write === 'function') options = { stdout: options, stderr, ignoreErrors };
    const { stdout, stderr: errStream = stdout, ignoreErrors: ignore = true, colorMode = 'auto', inspectOptions, groupIndentation } = options;
    if (!stdout || typeof stdout.write !== 'function') throw streamError('stdout', 130);
    if (!errStream || typeof errStream.write !== 'function') throw streamError('stderr', 133);
    const errors = natives.errors();
    if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
      const e = errors.withCode(new TypeError(`The argument 'colorMode' must be one of: 'auto', true, false. Received ${inspect(colorMode)}`), 'ERR_INVALID_ARG_VALUE');
      throw thrown(e, 136, 3);
    }
    if (groupIndentation !== undefined) {
      let e = null;
      if (typeof groupIndentation !== 'number') e = errors.invalidArgType('groupIndentation', 'number', groupIndentation);
      else if (!Number.isInteger(groupIndentation)) e = errors.outOfRange('groupIndentation', 'an integer', groupIndentation);
      else if (groupIndentation < 0 || groupIndentation > 1000) e = errors.outOfRange('groupIndentation', '>= 0 && <= 1000', groupIndentation);
      if (e) throw thrown(e, 139, 5);
    }
    if (inspectOptions !== undefined) {
      if (inspectOptions === null || typeof inspectOptions !== 'object') {
        throw thrown(errors.invalidArgType('options.inspectOptions', 'object', inspectOptions), 144, 5);
      }
      if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
        const e = errors.withCode(new TypeError('Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"'), 'ERR_INCOMPATIBLE_OPTION_PAIR');
        throw thrown(e, 148, 13, `${CONSTRUCTOR}:148\n      throw new ERR_INCOMPATIBLE_OPTION_PAIR(\n      ^\n`);
      }
    }
    const write = (fd, text) => {
      const stream = fd === 2 ? errStream : stdout;
      try { stream.write(text); } catch (e) { if (ignore === false) throw e; }
    };
    const impl = createConsole({ write, inspectOptions, groupIndentation, colors: colorMode === true, self: this });
    Object.defineProperty(this, kImpl, { value: impl, writable: true, enumerable: false, configurable: true });
    for (const key of Object.keys(Console.prototype)) {
      const bound = Function.prototype.bind.call(this[key], this);
      Object.defineProperty(bound, 'name', { value: key });
      this[key] = bound;
    }
    Object.defineProperty(this, kIsConsole, { value: true, writable: true, enumerable: false, configurable: true });
  }
  const PROTO_KEYS = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
    'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed'];
  for (const key of PROTO_KEYS) {
    const method = {
      [key](...args) {
        const impl = this !== null && this !== undefined ? this[kImpl] : undefined;
        // (The global console, or an object borrowing the method: its own console's method.)
        const target = impl || (this !== null && this !== undefined && this[kIsConsole] ? this : null);
        if (target === null) throw new TypeError(`Cannot read properties of ${this} (reading '${key}')`);
        return target[key](...args);
      },
    }[key];
    Object.defineProperty(Console.prototype, key, { value: method, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(Console, Symbol.hasInstance, {
    value(instance) { return instance !== null && instance !== undefined && instance[kIsConsole] === true; },
  });

  return { createConsole, formatTime, Console };
})
