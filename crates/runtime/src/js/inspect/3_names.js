//! util.inspect, part 3 of 7: primitives (numbers, bigints, symbols), constructor names, prefixes and keys.
// A fragment of the function body that js-vendor/build.mjs joins, in file-name order, into inspect.js;
// not a script on its own.

  // ---------------------------------------------------------------------------
  // Primitives
  // ---------------------------------------------------------------------------
  function addNumericSeparator(integerString) {
    let result = '';
    let i = integerString.length;
    const start = integerString[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
      result = `_${integerString.slice(i - 3, i)}${result}`;
    }
    return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
  }

  function addNumericSeparatorEnd(integerString) {
    let result = '';
    let i = 0;
    for (; i < integerString.length - 3; i += 3) {
      result += `${integerString.slice(i, i + 3)}_`;
    }
    return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
  }

  const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

  function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) {
      if (Object.is(number, -0)) return fn('-0', 'number');
      return fn(`${number}`, 'number');
    }
    const integer = Math.trunc(number);
    const string = String(integer);
    if (integer === number) {
      if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
      return fn(addNumericSeparator(string), 'number');
    }
    if (Number.isNaN(number)) return fn(string, 'number');
    return fn(`${addNumericSeparator(string)}.${
      addNumericSeparatorEnd(String(number).slice(string.length + 1))}`, 'number');
  }

  function formatBigInt(fn, bigint, numericSeparator) {
    const string = String(bigint);
    if (!numericSeparator) return fn(`${string}n`, 'bigint');
    return fn(`${addNumericSeparator(string)}n`, 'bigint');
  }

  // Splits after every '\n', keeping the newline with the preceding piece.
  function splitAfterNewlines(str) {
    const parts = [];
    let start = 0;
    let idx;
    while ((idx = str.indexOf('\n', start)) !== -1 && idx + 1 < str.length) {
      parts.push(str.slice(start, idx + 1));
      start = idx + 1;
    }
    parts.push(str.slice(start));
    return parts;
  }

  function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true &&
          value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return splitAfterNewlines(value)
          .map((line) => fn(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
    if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
    if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
    if (typeof value === 'undefined') return fn('undefined', 'undefined');
    return fn(symbolToString(value), 'symbol');
  }

  // ---------------------------------------------------------------------------
  // Constructor names, prefixes and keys
  // ---------------------------------------------------------------------------
  function isInstanceof(object, proto) {
    try {
      return object instanceof proto;
    } catch (e) {
      return false;
    }
  }

  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const tmp = obj;
    while (obj) {
      const descriptor = getOwnDesc(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' &&
          isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return String(descriptor.value.name);
      }
      obj = getProto(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;

    const res = internalGetConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return `${res} <Complex prototype>`;
    }
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      return `${res} <${inspect(firstProto, Object.assign({}, ctx, { customInspect: false, depth: -1 }))}>`;
    }
    return `${res} <${protoConstr}>`;
  }

  // Adds user-defined (non-function) prototype properties to `output` (showHidden).
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = getProto(obj);
        if (obj === null) return;
        const descriptor = getOwnDesc(obj, 'constructor');
        if (descriptor !== undefined &&
            typeof descriptor.value === 'function' &&
            builtInObjects.has(descriptor.value.name)) {
          return;
        }
      }
      if (depth === 0) {
        keySet = new Set();
      } else {
        keys.forEach((key) => keySet.add(key));
      }
      keys = Reflect.ownKeys(obj);
      ctx.seen.push(main);
      for (const key of keys) {
        if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
          continue;
        }
        const desc = getOwnDesc(obj, key);
        if (typeof desc.value === 'function') continue;
        const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
        output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
      }
      ctx.seen.pop();
    } while (++depth !== 3);
  }

  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) {
        return `[${fallback}${size}: null prototype] [${tag}] `;
      }
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== '' && constructor !== tag) {
      return `${constructor}${size} [${tag}] `;
    }
    return `${constructor}${size} `;
  }

  function getKeys(value, showHidden) {
    let keys;
    const symbols = getOwnSymbols(value);
    if (showHidden) {
      keys = getOwnNames(value);
      if (symbols.length !== 0) keys.push(...symbols);
    } else {
      try {
        keys = objectKeys(value);
      } catch (err) {
        keys = getOwnNames(value);
      }
      if (symbols.length !== 0) {
        keys.push(...symbols.filter((key) => isEnumerable(value, key)));
      }
    }
    return keys;
  }

  function isIndexKey(key) {
    return numberRegExp.test(key) && Number(key) < 4294967295;
  }

  // Own keys that are not array indices (strings first, then symbols).
  function getOwnNonIndexProperties(value, showHidden) {
    const names = getOwnNames(value);
    const result = [];
    for (let i = 0; i < names.length; i++) {
      const key = names[i];
      if (isIndexKey(key)) continue;
      if (!showHidden && !isEnumerable(value, key)) continue;
      result.push(key);
    }
    const symbols = getOwnSymbols(value);
    for (let i = 0; i < symbols.length; i++) {
      if (showHidden || isEnumerable(value, symbols[i])) result.push(symbols[i]);
    }
    return result;
  }

  function getCtxStyle(value, constructor, tag) {
    let fallback = '';
    if (constructor === null) {
      fallback = internalGetConstructorName(value);
      if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }
