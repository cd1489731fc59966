//! util.inspect, part 2 of 7: options, styles and colours, and how strings are quoted, escaped and split.
// A fragment of the function body that js-vendor/build.mjs joins, in file-name order, into inspect.js;
// not a script on its own.

  // ---------------------------------------------------------------------------
  // Options and styles
  // ---------------------------------------------------------------------------
  const inspectDefaultOptions = Object.seal({
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  });
  const optionKeys = objectKeys(inspectDefaultOptions);

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;
  const kMinLineLength = 16;
  const kWeak = 0;
  const kIterator = 1;
  const kMapEntries = 2;

  const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const numberRegExp = /^(0|[1-9][0-9]*)$/;

  // Matches all ANSI escape sequences (same pattern as Node's `ansi` regex).
  const ansi = new RegExp(
    '[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
    '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
    '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
    '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');
  const colorRegExp = /\u001b\[\d\d?m/g;

  function getUserOptions(ctx, isCrossContext) {
    const ret = {};
    ret.stylize = ctx.stylize;
    for (let i = 0; i < optionKeys.length; i++) ret[optionKeys[i]] = ctx[optionKeys[i]];
    if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);
    if (isCrossContext) {
      Object.setPrototypeOf(ret, null);
      for (const key of objectKeys(ret)) {
        if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
          delete ret[key];
        }
      }
      const stylize = ctx.stylize;
      ret.stylize = Object.setPrototypeOf((value, flavour) => {
        let stylized;
        try { stylized = `${stylize(value, flavour)}`; } catch (e) { /* ignore */ }
        return typeof stylized === 'string' ? stylized : value;
      }, null);
    }
    return ret;
  }

  function inspect(value, opts) {
    const ctx = {
      budget: {},
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      stylize: stylizeNoColor,
    };
    for (let i = 0; i < optionKeys.length; i++) ctx[optionKeys[i]] = inspectDefaultOptions[optionKeys[i]];
    if (arguments.length > 1) {
      // Legacy signature: (value, showHidden, depth, colors)
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        const keys = objectKeys(opts);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
            ctx[key] = opts[key];
          } else if (ctx.userOptions === undefined) {
            ctx.userOptions = opts;
          }
        }
      }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
  }
  inspect.custom = customInspectSymbol;
  Object.defineProperty(inspect, 'defaultOptions', {
    get() { return inspectDefaultOptions; },
    set(options) {
      if (options === null || typeof options !== 'object') {
        throw invalidArgType('options', 'of type object', options);
      }
      return Object.assign(inspectDefaultOptions, options);
    },
  });

  const defaultFG = 39;
  const defaultBG = 49;
  inspect.colors = Object.assign(Object.create(null), {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
    blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
    doubleunderline: [21, 24],
    black: [30, defaultFG], red: [31, defaultFG], green: [32, defaultFG],
    yellow: [33, defaultFG], blue: [34, defaultFG], magenta: [35, defaultFG],
    cyan: [36, defaultFG], white: [37, defaultFG],
    bgBlack: [40, defaultBG], bgRed: [41, defaultBG], bgGreen: [42, defaultBG],
    bgYellow: [43, defaultBG], bgBlue: [44, defaultBG], bgMagenta: [45, defaultBG],
    bgCyan: [46, defaultBG], bgWhite: [47, defaultBG],
    framed: [51, 54], overlined: [53, 55],
    gray: [90, defaultFG], redBright: [91, defaultFG], greenBright: [92, defaultFG],
    yellowBright: [93, defaultFG], blueBright: [94, defaultFG],
    magentaBright: [95, defaultFG], cyanBright: [96, defaultFG], whiteBright: [97, defaultFG],
    bgGray: [100, defaultBG], bgRedBright: [101, defaultBG], bgGreenBright: [102, defaultBG],
    bgYellowBright: [103, defaultBG], bgBlueBright: [104, defaultBG],
    bgMagentaBright: [105, defaultBG], bgCyanBright: [106, defaultBG],
    bgWhiteBright: [107, defaultBG],
  });
  [['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'], ['bgGray', 'bgBlackBright'],
    ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
    ['strikethrough', 'crossedOut'], ['hidden', 'conceal'], ['inverse', 'swapColors'],
    ['inverse', 'swapcolors'], ['doubleunderline', 'doubleUnderline']].forEach(([target, alias]) => {
    Object.defineProperty(inspect.colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  });
  inspect.styles = Object.assign(Object.create(null), {
    special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
    undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
    date: 'magenta', regexp: 'red', module: 'underline',
  });

  function stylizeWithColor(str, styleType) {
    const style = inspect.styles[styleType];
    if (style !== undefined) {
      const color = inspect.colors[style];
      if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
    return str;
  }

  function stylizeNoColor(str) {
    return str;
  }

  // ---------------------------------------------------------------------------
  // Strings
  // ---------------------------------------------------------------------------
  const hex2 = (n) => (n < 16 ? '0' : '') + n.toString(16).toUpperCase();
  // Escape text for a code unit (control chars, quote, backslash, C1 controls).
  function metaFor(code) {
    if (code === 8) return '\\b';
    if (code === 9) return '\\t';
    if (code === 10) return '\\n';
    if (code === 12) return '\\f';
    if (code === 13) return '\\r';
    if (code === 39) return "\\'";
    if (code === 92) return '\\\\';
    return `\\x${hex2(code)}`;
  }

  // Escapes a string the way Node does; `quoteCode` is the char code of the quote
  // to escape (39) or -1 / -2 when no quote needs escaping.
  function escapeBody(str, quoteCode) {
    let result = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const point = str.charCodeAt(i);
      if (point === quoteCode || point === 92 || point < 32 || (point > 126 && point < 160)) {
        result += str.slice(last, i) + metaFor(point);
        last = i + 1;
      } else if (point >= 0xd800 && point <= 0xdfff) {
        if (point <= 0xdbff && i + 1 < str.length) {
          const next = str.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        result += `${str.slice(last, i)}\\u${point.toString(16)}`;
        last = i + 1;
      }
    }
    if (last === 0) return str;
    if (last !== str.length) result += str.slice(last);
    return result;
  }

  function strEscape(str) {
    let quote = 39;
    if (str.includes("'")) {
      if (!str.includes('"')) {
        quote = -1;
      } else if (!str.includes('`') && !str.includes('${')) {
        quote = -2;
      }
    }
    const body = escapeBody(str, quote);
    if (quote === -1) return `"${body}"`;
    if (quote === -2) return `\`${body}\``;
    return `'${body}'`;
  }

  // Escapes a key / symbol description (always escapes single quotes).
  function escapeKey(str) {
    return escapeBody(str, 39);
  }

  function stripVTControlCharacters(str) {
    if (typeof str !== 'string') {
      const e = invalidArgType('str', 'of type string', str);
      throw natives.nodeFrames ? natives.nodeFrames(e, 'Object.stripVTControlCharacters (node:internal/util/inspect:2491:3)') : e;
    }
    return str.replace(ansi, '');
  }

  // node's ERR_INVALID_ARG_TYPE: `expected` is e.g. 'of type object' or 'an instance of Array'.
  function invalidArgType(name, expected, actual) {
    const e = new TypeError(`The "${name}" argument must be ${expected}. Received ${describeType(actual)}`);
    Object.defineProperty(e, 'code', { value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true, configurable: true });
    try {
      e.name = `TypeError [ERR_INVALID_ARG_TYPE]`;
      void e.stack;
      delete e.name;
    } catch { /* keep the plain name */ }
    return e;
  }
  function describeType(v) {
    if (v == null) return String(v);
    if (typeof v === 'function') return `function ${v.name}`;
    if (typeof v === 'object') {
      if (v.constructor && v.constructor.name) return `an instance of ${v.constructor.name}`;
      return inspect(v, { depth: -1 });
    }
    let shown = inspect(v, { colors: false });
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    return `type ${typeof v} (${shown})`;
  }

  function isFullWidthCodePoint(code) {
    return code >= 0x1100 && (
      code <= 0x115f || code === 0x2329 || code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x1f680 && code <= 0x1f6ff) ||
      (code >= 0x1f900 && code <= 0x1f9ff) ||
      (code >= 0x20000 && code <= 0x3fffd));
  }

  function isZeroWidthCodePoint(code) {
    return code <= 0x1F ||
      (code >= 0x7F && code <= 0x9F) ||
      (code >= 0x300 && code <= 0x36F) ||
      (code >= 0x200B && code <= 0x200F) ||
      (code >= 0x20D0 && code <= 0x20FF) ||
      (code >= 0xFE00 && code <= 0xFE0F) ||
      (code >= 0xFE20 && code <= 0xFE2F) ||
      (code >= 0xE0100 && code <= 0xE01EF);
  }

  function normalizeNFC(str) {
    try { return str.normalize('NFC'); } catch (e) { return str; }
  }

  // Number of terminal columns needed to display `str`.
  function getStringWidth(str, removeControlChars = true) {
    if (removeControlChars) str = stripVTControlCharacters(str);
    let width = 0;
    let i = 0;
    for (; i < str.length; i++) {
      const code = str.charCodeAt(i);
      if (code >= 127) break;
      width += code >= 32 ? 1 : 0;
    }
    if (i === str.length) return width;
    if (natives.stringWidth) return width + natives.stringWidth(normalizeNFC(str.slice(i)));
    for (const char of normalizeNFC(str.slice(i))) {
      const code = char.codePointAt(0);
      if (isFullWidthCodePoint(code)) {
        width += 2;
      } else if (!isZeroWidthCodePoint(code)) {
        width++;
      }
    }
    return width;
  }
