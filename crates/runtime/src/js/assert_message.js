//! node:assert, part 2 of 3: the message of assert.ok(falsy), the source text of the call as Node's
//! lib/internal/assert/utils.js reads it (the host gives the source lines; a small scanner stands in for acorn).
(function (internal) {
  'use strict';
  const shared = internal.assertShared;
  const {
    AssertionError, host, throwAt
  } = shared;
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


  Object.assign(shared, {
    innerOk
  });
})
