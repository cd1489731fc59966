//! util.inspect, part 7 of 7: layout (line breaking, array grouping), util.format, and the returned API.
// A fragment of the function body that js-vendor/build.mjs joins, in file-name order, into inspect.js;
// not a script on its own.

  // ---------------------------------------------------------------------------
  // Layout
  // ---------------------------------------------------------------------------
  // Packs many short array entries into aligned columns.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let i = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) {
      // Leave the "... more items" entry out of the calculation.
      outputLength--;
    }
    const separatorSpace = 2; // comma + space
    const dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
      const len = getStringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const approxCharHeights = 2.5;
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let c = 0; c < columns; c++) {
        let lineMaxLength = 0;
        for (let j = c; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength.push(lineMaxLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let k = 0; k < output.length; k++) {
          if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      for (let k = 0; k < outputLength; k += columns) {
        const max = Math.min(k + columns, outputLength);
        let str = '';
        let j = k;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - k] + output[j].length - dataLen[j];
          str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
        }
        if (padStart) {
          const padding = maxLineLength[j - k] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, ' ');
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += ctx.colors ? output[i].replace(colorRegExp, '').length : output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        // Put the innermost `compact` levels on a single line when they fit.
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joinedOutput = output.join(', ');
            if (!joinedOutput.includes('\n')) {
              return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
            }
          }
        }
      }
      const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
        output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
    }
    const indentation = ' '.repeat(ctx.indentationLvl);
    // A long opening brace (e.g. "Set {") forces the first entry onto its own line.
    const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
    return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
  }

  // ---------------------------------------------------------------------------
  // util.format
  // ---------------------------------------------------------------------------
  function hasBuiltInToString(value) {
    const proxy = getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy.target === null) return true;
      value = proxy.target;
    }
    let checkToString = true;
    let checkToPrimitive = true;
    if (typeof value.toString !== 'function') {
      if (typeof value[Symbol.toPrimitive] !== 'function') return true;
      if (hasOwn(value, Symbol.toPrimitive)) return false;
      checkToString = false;
    } else if (hasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[Symbol.toPrimitive] !== 'function') {
      checkToPrimitive = false;
    } else if (hasOwn(value, Symbol.toPrimitive)) {
      return false;
    }
    // Find the prototype that provides `toString` / `Symbol.toPrimitive`.
    let pointer = value;
    do {
      pointer = getProto(pointer);
    } while (!(checkToString && hasOwn(pointer, 'toString')) &&
             !(checkToPrimitive && hasOwn(pointer, Symbol.toPrimitive)));
    const descriptor = getOwnDesc(pointer, 'constructor');
    return descriptor !== undefined &&
      typeof descriptor.value === 'function' &&
      builtInObjects.has(descriptor.value.name);
  }

  const firstErrorLine = (error) => String(error.message).split('\n', 1)[0];
  let circularErrorMessage;
  function tryStringify(arg) {
    try {
      return JSONStringify(arg);
    } catch (err) {
      if (!circularErrorMessage) {
        try {
          const a = {};
          a.a = a;
          JSONStringify(a);
        } catch (circularError) {
          circularErrorMessage = firstErrorLine(circularError);
        }
      }
      if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
        return '[Circular]';
      }
      throw err;
    }
  }

  function numericSeparatorOf(options) {
    const v = options == null ? undefined : options.numericSeparator;
    return v == null ? inspectDefaultOptions.numericSeparator : v;
  }

  function format(...args) {
    return formatWithOptionsInternal(undefined, args);
  }

  function formatWithOptions(inspectOptions, ...args) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw new TypeError(`The "inspectOptions" argument must be of type object. Received ${describeType(inspectOptions)}`);
    }
    return formatWithOptionsInternal(inspectOptions, args);
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';

    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) === 37) { // '%'
          const nextChar = first.charCodeAt(++i);
          if (a + 1 !== args.length) {
            switch (nextChar) {
              case 115: { // 's'
                const tempArg = args[++a];
                if (typeof tempArg === 'number') {
                  tempStr = formatNumber(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
                } else if (typeof tempArg === 'bigint') {
                  tempStr = formatBigInt(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
                } else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) {
                  tempStr = String(tempArg);
                } else {
                  tempStr = inspect(tempArg, Object.assign({}, inspectOptions, { compact: 3, colors: false, depth: 0 }));
                }
                break;
              }
              case 106: // 'j'
                tempStr = tryStringify(args[++a]);
                break;
              case 100: { // 'd'
                const tempNum = args[++a];
                if (typeof tempNum === 'bigint') {
                  tempStr = formatBigInt(stylizeNoColor, tempNum, numericSeparatorOf(inspectOptions));
                } else if (typeof tempNum === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, Number(tempNum), numericSeparatorOf(inspectOptions));
                }
                break;
              }
              case 79: // 'O'
                tempStr = inspect(args[++a], inspectOptions);
                break;
              case 111: // 'o'
                tempStr = inspect(args[++a], Object.assign({}, inspectOptions,
                  { showHidden: true, showProxy: true, depth: 4 }));
                break;
              case 105: { // 'i'
                const tempInteger = args[++a];
                if (typeof tempInteger === 'bigint') {
                  tempStr = formatBigInt(stylizeNoColor, tempInteger, numericSeparatorOf(inspectOptions));
                } else if (typeof tempInteger === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, parseInt(tempInteger), numericSeparatorOf(inspectOptions));
                }
                break;
              }
              case 102: { // 'f'
                const tempFloat = args[++a];
                if (typeof tempFloat === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, parseFloat(tempFloat), numericSeparatorOf(inspectOptions));
                }
                break;
              }
              case 99: // 'c'
                a += 1;
                tempStr = '';
                break;
              case 37: // '%'
                str += first.slice(lastPos, i);
                lastPos = i + 1;
                continue;
              default: // Not a placeholder.
                continue;
            }
            if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += first.slice(lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }

    while (a < args.length) {
      const value = args[a];
      str += join;
      if (typeof value === 'string') {
        str += value;
      } else if (typeof value === 'number' && !(inspectOptions && (inspectOptions.colors || inspectOptions.numericSeparator))) {
        // Fast path (same output as inspect): console.log(i) in hot loops.
        str += Object.is(value, -0) ? '-0' : `${value}`;
      } else if ((typeof value === 'boolean' || value === undefined || value === null) && !(inspectOptions && inspectOptions.colors)) {
        str += `${value}`;
      } else {
        str += inspect(value, inspectOptions);
      }
      join = ' ';
      a++;
    }
    return str;
  }

  return {
    inspect,
    format,
    formatWithOptions,
    formatArgsArray: formatWithOptionsInternal,
    stripVTControlCharacters,
    isError,
    inspectDefaultOptions,
    getStringWidth,
    isBuffer: (v) => (typeof natives.isBuffer === 'function' ? !!natives.isBuffer(v) : false),
    isMap,
    isSet,
    isTypedArray,
    isMapIterator,
    isSetIterator,
    previewEntries,
    invalidArgType,
    // Built-ins made later (the formatjs Intl constructors, loaded on first use): printed as functions too.
    builtinConstructor: (fn) => { builtinConstructors.add(fn); },
  };
})
