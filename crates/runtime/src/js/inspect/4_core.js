//! util.inspect, part 4 of 7: the core, formatValue and formatRaw (proxies, circular references, depth), and the bases of functions, classes, boxed primitives and regular expressions.
// A fragment of the function body that js-vendor/build.mjs joins, in file-name order, into inspect.js;
// not a script on its own.

  // ---------------------------------------------------------------------------
  // The core: formatValue / formatRaw
  // ---------------------------------------------------------------------------
  function formatProxy(ctx, proxy, recurseTimes) {
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return ctx.stylize('Proxy [Array]', 'special');
    }
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    const res = [
      formatValue(ctx, proxy.target, recurseTimes),
      formatValue(ctx, proxy.handler, recurseTimes),
    ];
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
  }

  // node's isURL (natives.isURL: a WHATWG URL).
  function isWhatwgURL(value) {
    return typeof natives.isURL === 'function' && natives.isURL(value);
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    const context = value;
    const proxy = getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy.target === null) {
        return ctx.stylize('<Revoked Proxy>', 'special');
      }
      if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
      value = proxy.target;
    }

    if (ctx.customInspect) {
      const maybeCustom = value[customInspectSymbol];
      if (typeof maybeCustom === 'function' &&
          maybeCustom !== inspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const isCrossContext = proxy !== undefined || !(context instanceof Object);
        const ret = call.call(maybeCustom, context, depth, getUserOptions(ctx, isCrossContext), inspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }

    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return ctx.stylize(`[Circular *${index}]`, 'special');
    }

    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
      protoProps = [];
    }
    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    let tag = value[Symbol.toStringTag];
    // Only list the tag when it is not an own (enumerable) property: it would show twice.
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
      tag = '';
    }
    let base = '';
    let formatter = () => [];
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;

    if (Symbol.iterator in value || constructor === null) {
      noIterator = false;
      if (isArray(value)) {
        const prefix = (constructor !== 'Array' || tag !== '') ?
          getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
        keys = getOwnNonIndexProperties(value, ctx.showHidden);
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
          return `${braces[0]}]`;
        }
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (isSet(value)) {
        const size = setSize(value);
        const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        const iterable = constructor !== null ? value : setValues(value);
        formatter = (c, v, r) => formatSet(iterable, size, c, r);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (isMap(value)) {
        const size = mapSize(value);
        const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        const iterable = constructor !== null ? value : mapEntries(value);
        formatter = (c, v, r) => formatMap(iterable, size, c, r);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (isTypedArray(value)) {
        keys = getOwnNonIndexProperties(value, ctx.showHidden);
        let bound = value;
        let fallback = '';
        if (constructor === null) {
          fallback = typedArrayTag(value);
          bound = new globalThis[fallback](value);
        }
        const size = typedArrayLength(value);
        const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
        formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
        extrasType = kArrayExtrasType;
      } else if (isMapIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces('Map', tag);
        formatter = (c, v, r) => formatIterator(braces, c, v, r);
      } else if (isSetIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces('Set', tag);
        formatter = (c, v, r) => formatIterator(braces, c, v, r);
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
      } else if (constructor === 'Object') {
        if (isArgumentsObject(value)) {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
        }
        if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
      } else if (isRegExp(value)) {
        base = regexpBase(constructor !== null ? value : new RegExp(value));
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = `${prefix}${base}`;
        if ((keys.length === 0 && protoProps === undefined) ||
            (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if (isDate(value)) {
        base = Number.isNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = `${prefix}${base}`;
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
      } else if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isAnyArrayBuffer(value)) {
        const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
        const prefix = getPrefix(constructor, tag, arrayType);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          return prefix + `{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
        }
        braces[0] = `${prefix}{`;
        keys.unshift('byteLength');
      } else if (isDataView(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
        keys.unshift('byteLength', 'byteOffset', 'buffer');
      } else if (isPromise(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
        formatter = formatPromise;
      } else if (isWeakSet(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
        formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
      } else if (isWeakMap(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
        formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
      } else if (isModuleNamespaceObject(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
        const nsKeys = keys;
        formatter = (c, v, r) => formatNamespaceObject(nsKeys, c, v, r);
      } else if (isBoxedPrimitive(value)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isWhatwgURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
        // (Reached only without custom inspection: `console.dir(url)`, `customInspect: false`.)
        base = value.href;
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) {
          return `${getCtxStyle(value, constructor, tag)}{}`;
        }
        braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      if (constructor !== null) constructorName = `[${constructorName}]`;
      return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;

    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    const indentationLvl = ctx.indentationLvl;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
      if (protoProps !== undefined) output.push(...protoProps);
    } catch (err) {
      if (!isStackOverflowError(err)) throw err;
      const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      return ctx.stylize(`[${constructorName}: Inspection interrupted ` +
        'prematurely. Maximum call stack size exceeded.]', 'special');
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = ctx.stylize(`<ref *${index}>`, 'special');
        if (ctx.compact !== true) {
          base = base === '' ? reference : `${reference} ${base}`;
        } else {
          braces[0] = `${reference} ${braces[0]}`;
        }
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        output.sort(comparator);
      } else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(comparator);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }

    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    const budget = ctx.budget[ctx.indentationLvl] || 0;
    const newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    // Stop inspecting further once the output becomes absurdly large.
    if (newLength > 2 ** 27) ctx.depth = -1;
    return res;
  }

  // Boa escapes every '/' of a pattern in `source`, even already-escaped ones and
  // those inside classes; rebuild V8's form when that is detected.
  const regexpSourceNeedsFix = /\//.source !== '\\/' || new RegExp('[/]').source !== '[/]';
  function regexpBase(re) {
    const str = regexpToString(re);
    if (!regexpSourceNeedsFix || !isRegExp(re)) return str;
    const pattern = regexpSource(re).replace(/\\\//g, '/');
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') {
        out += c + (i + 1 < pattern.length ? pattern[++i] : '');
        continue;
      }
      if (c === '/' && !inClass) {
        out += '\\/';
        continue;
      }
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
    return `/${out}/${re.flags}`;
  }

  function getIteratorBraces(type, tag) {
    if (tag !== `${type} Iterator`) {
      if (tag !== '') tag += '] [';
      tag += `${type} Iterator`;
    }
    return [`[${tag}] {`, '}'];
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let fn;
    let type;
    if (isNumberObject(value)) {
      fn = numberValueOf;
      type = 'Number';
    } else if (isStringObject(value)) {
      fn = stringValueOf;
      type = 'String';
      // Drop the index keys of boxed strings: they only repeat the value.
      keys.splice(0, value.length);
    } else if (isBooleanObject(value)) {
      fn = booleanValueOf;
      type = 'Boolean';
    } else if (isBigIntObject(value)) {
      fn = bigintValueOf;
      type = 'BigInt';
    } else {
      fn = symbolValueOf;
      type = 'Symbol';
    }
    let base = `[${type}`;
    if (type !== constructor) {
      base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
    }
    base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
  }

  function getClassBase(value, constructor, tag) {
    const hasName = hasOwn(value, 'name');
    const name = (hasName && value.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = getProto(value).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }

  // Built-in constructors (which, like classes, have a read-only `prototype`), read from the global object on
  // first use: the stand-ins installed during bootstrap (Date, Function) are built-ins too.
  const builtinConstructors = new WeakSet();
  let builtinsRead = false;
  // (Except node's own JavaScript classes, which print as classes: `[class EventTarget]`.)
  const NODE_CLASSES = new Set(['URL', 'URLSearchParams', 'DOMException', 'AbortController', 'AbortSignal', 'Event',
    'EventTarget', 'CustomEvent', 'TextEncoder', 'TextDecoder', 'MessageEvent', 'Blob', 'File', 'FormData',
    'Headers', 'Request', 'Response', 'BroadcastChannel', 'Performance', 'PerformanceEntry', 'PerformanceMark',
    'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming',
    'Crypto', 'CryptoKey', 'SubtleCrypto']);
  const readBuiltins = () => {
    builtinsRead = true;
    for (const name of getOwnNames(globalThis)) {
      const desc = getOwnDesc(globalThis, name);
      if (desc && typeof desc.value === 'function' && !NODE_CLASSES.has(name)) builtinConstructors.add(desc.value);
    }
  };
  [getProto(Int8Array), GeneratorFunctionProto, AsyncFunctionProto, AsyncGeneratorFunctionProto]
    .forEach((proto) => {
      const ctor = proto && (typeof proto === 'function' ? proto : proto.constructor);
      if (typeof ctor === 'function') builtinConstructors.add(ctor);
    });

  // node's test of a class's source text: a `(` before the body's `{` (`class extends Mix(Base) {`) makes it a
  // plain function unless the text up to `{`, comments stripped, has none.
  function classBySource(source) {
    if (!source.endsWith('}')) return false;
    const slice = source.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    return bracketIndex !== -1 && (!slice.slice(0, bracketIndex).includes('(') ||
      /^(\s+[^(]*?)\s*{/.exec(slice.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '')) !== null);
  }

  function isClassConstructor(value) {
    if (!builtinsRead) readBuiltins();
    if (builtinConstructors.has(value)) return false;
    let source;
    try {
      source = functionToString(value);
    } catch (e) {
      source = undefined;
    }
    if (typeof source === 'string' && source.startsWith('class')) return classBySource(source);
    // Engines that print classes as native code (Boa): a class is the only kind of
    // non-built-in function whose `prototype` is a read-only data property; its source text, where the host
    // knows it (natives.classSource), decides as node's test does.
    const desc = getOwnDesc(value, 'prototype');
    if (desc === undefined || !('value' in desc) || desc.writable !== false) return false;
    const text = typeof natives.classSource === 'function' ? natives.classSource(value) : undefined;
    return typeof text === 'string' && text.startsWith('class') ? classBySource(text) : true;
  }

  function getFunctionBase(value, constructor, tag) {
    if (isClassConstructor(value)) return getClassBase(value, constructor, tag);
    let type = 'Function';
    if (isGeneratorFunction(value)) type = `Generator${type}`;
    if (isAsyncFunction(value)) type = `Async${type}`;
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') {
      base += ' (anonymous)';
    } else {
      base += `: ${value.name}`;
    }
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }
