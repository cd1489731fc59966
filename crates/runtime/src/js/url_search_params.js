//! node:url, part 4 of 7: application/x-www-form-urlencoded parsing and serializing, and the WHATWG
//! URLSearchParams class with its iterator (port of lib/internal/url.js).
// Copyright Joyent, Inc. and other Node contributors. (MIT licence, see Node's LICENSE.)
(function (internal) {
  'use strict';
  const shared = internal.urlShared;
  const {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URI, ERR_MISSING_ARGS,
    arrowAt, at, calledOn, customInspectSymbol, getInspect, hexTable, hexVal, isHex, toUSVString, utf8Decode
  } = shared;
  // ---------------------------------------------------------------- application/x-www-form-urlencoded

  const isHexTable = new Int8Array(256);
  for (let i = 0; i < 256; i++) isHexTable[i] = isHex(i) ? 1 : 0;

  // Node's querystring.unescape: decodeURIComponent, falling back to a byte-wise decoder that keeps bad escapes.
  function qsUnescape(s) {
    try {
      return decodeURIComponent(s);
    } catch (e) {
      const out = new Uint8Array(s.length);
      let index = 0;
      let outIndex = 0;
      const maxLength = s.length - 2;
      while (index < s.length) {
        let currentChar = s.charCodeAt(index);
        if (currentChar === 37 && index < maxLength) {
          currentChar = s.charCodeAt(++index);
          const hexHigh = currentChar < 256 && isHexTable[currentChar] ? hexVal(currentChar) : -1;
          if (!(hexHigh >= 0)) {
            out[outIndex++] = 37;
            continue;
          } else {
            const nextChar = s.charCodeAt(++index);
            const hexLow = nextChar < 256 && isHexTable[nextChar] ? hexVal(nextChar) : -1;
            if (!(hexLow >= 0)) {
              out[outIndex++] = 37;
              index--;
            } else {
              currentChar = hexHigh * 16 + hexLow;
            }
          }
        }
        out[outIndex++] = currentChar;
        index++;
      }
      return utf8Decode(out.subarray(0, outIndex));
    }
  }

  // https://url.spec.whatwg.org/#concept-urlencoded-parser (Node's parseParams)
  function parseParams(qs) {
    const out = [];
    let seenSep = false;
    let buf = '';
    let encoded = false;
    let encodeCheck = 0;
    let i = qs[0] === '?' ? 1 : 0;
    let pairStart = i;
    let lastPos = i;
    for (; i < qs.length; ++i) {
      const code = qs.charCodeAt(i);
      if (code === 38 /* & */) {
        if (pairStart === i) {
          lastPos = pairStart = i + 1;
          continue;
        }
        if (lastPos < i) buf += qs.slice(lastPos, i);
        if (encoded) buf = qsUnescape(buf);
        out.push(buf);
        if (!seenSep) out.push('');
        seenSep = false;
        buf = '';
        encoded = false;
        encodeCheck = 0;
        lastPos = pairStart = i + 1;
        continue;
      }
      if (!seenSep && code === 61 /* = */) {
        if (lastPos < i) buf += qs.slice(lastPos, i);
        if (encoded) buf = qsUnescape(buf);
        out.push(buf);
        seenSep = true;
        buf = '';
        encoded = false;
        encodeCheck = 0;
        lastPos = i + 1;
        continue;
      }
      if (code === 43 /* + */) {
        if (lastPos < i) buf += qs.slice(lastPos, i);
        buf += ' ';
        lastPos = i + 1;
      } else if (!encoded) {
        if (code === 37 /* % */) {
          encodeCheck = 1;
        } else if (encodeCheck > 0) {
          if (code < 256 && isHexTable[code] === 1) {
            if (++encodeCheck === 3) encoded = true;
          } else {
            encodeCheck = 0;
          }
        }
      }
    }
    if (pairStart === i) return out;
    if (lastPos < i) buf += qs.slice(lastPos, i);
    if (encoded) buf = qsUnescape(buf);
    out.push(buf);
    if (!seenSep) out.push('');
    return out;
  }

  function encodeStr(str, noEscapeTable, table) {
    const len = str.length;
    if (len === 0) return '';
    let out = '';
    let lastPos = 0;
    let i = 0;
    outer:
    for (; i < len; i++) {
      let c = str.charCodeAt(i);
      while (c < 0x80) {
        if (noEscapeTable[c] !== 1) {
          if (lastPos < i) out += str.slice(lastPos, i);
          lastPos = i + 1;
          out += table[c];
        }
        if (++i === len) break outer;
        c = str.charCodeAt(i);
      }
      if (lastPos < i) out += str.slice(lastPos, i);
      if (c < 0x800) {
        lastPos = i + 1;
        out += table[0xC0 | (c >> 6)] + table[0x80 | (c & 0x3F)];
        continue;
      }
      if (c < 0xD800 || c >= 0xE000) {
        lastPos = i + 1;
        out += table[0xE0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
        continue;
      }
      ++i;
      if (i >= len) throw ERR_INVALID_URI();
      const c2 = str.charCodeAt(i) & 0x3FF;
      lastPos = i + 1;
      c = 0x10000 + (((c & 0x3FF) << 10) | c2);
      out += table[0xF0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3F)] + table[0x80 | ((c >> 6) & 0x3F)] +
        table[0x80 | (c & 0x3F)];
    }
    if (lastPos === 0) return str;
    if (lastPos < len) return out + str.slice(lastPos);
    return out;
  }

  const noEscape = new Int8Array([
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00 - 0x0F
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10 - 0x1F
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, // 0x20 - 0x2F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 0x30 - 0x3F
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0x40 - 0x4F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // 0x50 - 0x5F
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0x60 - 0x6F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // 0x70 - 0x7F
  ]);
  const paramHexTable = hexTable.slice();
  paramHexTable[0x20] = '+';

  function serializeParams(array) {
    const len = array.length;
    if (len === 0) return '';
    let output = `${encodeStr(array[0], noEscape, paramHexTable)}=${encodeStr(array[1], noEscape, paramHexTable)}`;
    for (let i = 2; i < len; i += 2) {
      output += `&${encodeStr(array[i], noEscape, paramHexTable)}=${encodeStr(array[i + 1], noEscape, paramHexTable)}`;
    }
    return output;
  }

  function merge(out, start, mid, end, lBuffer, rBuffer) {
    const sizeLeft = mid - start;
    const sizeRight = end - mid;
    let l;
    let r;
    let o;
    for (l = 0; l < sizeLeft; l++) lBuffer[l] = out[start + l];
    for (r = 0; r < sizeRight; r++) rBuffer[r] = out[mid + r];
    l = 0;
    r = 0;
    o = start;
    while (l < sizeLeft && r < sizeRight) {
      if (lBuffer[l] <= rBuffer[r]) {
        out[o++] = lBuffer[l++];
        out[o++] = lBuffer[l++];
      } else {
        out[o++] = rBuffer[r++];
        out[o++] = rBuffer[r++];
      }
    }
    while (l < sizeLeft) out[o++] = lBuffer[l++];
    while (r < sizeRight) out[o++] = rBuffer[r++];
  }

  const colorRegExp = /\u001b\[\d\d?m/g;
  const removeColors = (str) => String(str).replace(colorRegExp, '');

  // ---------------------------------------------------------------- URLSearchParams

  let setURLSearchParamsContext;
  let getURLSearchParamsList;
  let setURLSearchParams;
  let isURLSearchParams;
  let isURLSearchParamsIterator;

  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

  class URLSearchParamsIterator {
    #target;
    #kind;
    #index;

    static {
      isURLSearchParamsIterator = (obj) => typeof obj === 'object' && obj !== null && #target in obj;
    }

    constructor(target, kind) {
      this.#target = target;
      this.#kind = kind;
      this.#index = 0;
    }

    next() {
      if (!isURLSearchParamsIterator(this)) throw ERR_INVALID_THIS('URLSearchParamsIterator');
      const index = this.#index;
      const values = getURLSearchParamsList(this.#target);
      const len = values.length;
      if (index >= len) return { value: undefined, done: true };
      const name = values[index];
      const value = values[index + 1];
      this.#index = index + 2;
      let result;
      if (this.#kind === 'key') result = name;
      else if (this.#kind === 'value') result = value;
      else result = [name, value];
      return { value: result, done: false };
    }

    [customInspectSymbol](recurseTimes, ctx, inspectFn) {
      if (!isURLSearchParamsIterator(this)) throw ERR_INVALID_THIS('URLSearchParamsIterator');
      const inspect = typeof inspectFn === 'function' ? inspectFn : getInspect();
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const innerOpts = Object.assign({}, ctx);
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const index = this.#index;
      const values = getURLSearchParamsList(this.#target);
      const output = values.slice(index).reduce((prev, cur, i) => {
        const key = i % 2 === 0;
        if (this.#kind === 'key' && key) prev.push(cur);
        else if (this.#kind === 'value' && !key) prev.push(cur);
        else if (this.#kind === 'key+value' && !key) prev.push([values[index + i - 1], cur]);
        return prev;
      }, []);
      const breakLn = inspect(output, innerOpts).includes('\n');
      const outputStrs = output.map((p) => inspect(p, innerOpts));
      let outputStr;
      if (breakLn) outputStr = `\n  ${outputStrs.join(',\n  ')}`;
      else outputStr = ` ${outputStrs.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${outputStr} }`;
    }
  }
  delete URLSearchParamsIterator.prototype.constructor;
  Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
  Object.defineProperties(URLSearchParamsIterator.prototype, {
    [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
    next: { enumerable: true },
  });

  // Where node's URLSearchParams methods start in lib/internal/url.js: each throws ERR_INVALID_THIS 2 lines on,
  // ERR_MISSING_ARGS 5 lines on (column 13).
  const SEARCH_PARAMS_LINES = { append: 463, delete: 480, get: 515, getAll: 533, has: 552, set: 578, sort: 620,
    entries: 672, forEach: 679, keys: 699, values: 706, toString: 715 };
  function searchParamsError(err, self, method) {
    const line = SEARCH_PARAMS_LINES[method] + (err.code === 'ERR_INVALID_THIS' ? 2 : 5);
    const args = err.code === 'ERR_INVALID_THIS' ? "'URLSearchParams'" : err.message.includes('"value"') ? "'name', 'value'" : "'name'";
    return at(err, arrowAt(line, `      throw new ${err.code}(${args});`), `${calledOn(self, method)} (node:internal/url:${line}:13)`);
  }
  // node's ERR_INVALID_TUPLE in the URLSearchParams constructor, thrown at `line` (indent `pad`).
  const tupleError = (line, pad) => at(ERR_INVALID_TUPLE('Each query pair', '[name, value]'),
    arrowAt(line, `${' '.repeat(pad)}throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');`),
    `new URLSearchParams (node:internal/url:${line}:${pad + 7})`);

  class URLSearchParams {
    #searchParams = [];
    #context;

    static {
      isURLSearchParams = (obj) => typeof obj === 'object' && obj !== null && #searchParams in obj;
      setURLSearchParamsContext = (obj, ctx) => {
        obj.#context = ctx;
      };
      getURLSearchParamsList = (obj) => obj.#searchParams;
      setURLSearchParams = (obj, query) => {
        if (query === undefined) obj.#searchParams = [];
        else obj.#searchParams = parseParams(query);
      };
    }

    constructor(init = undefined) {
      if (init == null) {
        // Do nothing
      } else if (typeof init === 'object' || typeof init === 'function') {
        const method = init[Symbol.iterator];
        if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
          this.#searchParams = init.#searchParams.slice();
        } else if (method != null) {
          if (typeof method !== 'function') {
            throw at(ERR_ARG_NOT_ITERABLE('Query pairs'), arrowAt(343, "          throw new ERR_ARG_NOT_ITERABLE('Query pairs');"),
              'new URLSearchParams (node:internal/url:343:17)');
          }
          for (const pair of init) {
            if (pair == null) {
              throw tupleError(358, 12);
            } else if (Array.isArray(pair)) {
              if (pair.length !== 2) throw tupleError(362, 14);
              this.#searchParams.push(toUSVString(`${pair[0]}`), toUSVString(`${pair[1]}`));
            } else {
              if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                  typeof pair[Symbol.iterator] !== 'function') {
                throw tupleError(373, 14);
              }
              let length = 0;
              for (const element of pair) {
                length++;
                this.#searchParams.push(toUSVString(`${element}`));
              }
              if (length !== 2) throw tupleError(385, 14);
            }
          }
        } else {
          const visited = new Map();
          const keys = Reflect.ownKeys(init);
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const desc = Reflect.getOwnPropertyDescriptor(init, key);
            if (desc !== undefined && desc.enumerable) {
              const typedKey = toUSVString(key);
              const typedValue = toUSVString(`${init[key]}`);
              const keyIdx = visited.get(typedKey);
              if (keyIdx !== undefined) {
                this.#searchParams[keyIdx] = typedValue;
              } else {
                visited.set(typedKey, this.#searchParams.push(typedKey, typedValue) - 1);
              }
            }
          }
        }
      } else {
        init = toUSVString(`${init}`);
        this.#searchParams = init ? parseParams(init) : [];
      }
    }

    [customInspectSymbol](recurseTimes, ctx, inspectFn) {
      if (!isURLSearchParams(this)) throw ERR_INVALID_THIS('URLSearchParams');
      const inspect = typeof inspectFn === 'function' ? inspectFn : getInspect();
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const separator = ', ';
      const innerOpts = Object.assign({}, ctx);
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const innerInspect = (v) => inspect(v, innerOpts);
      const list = this.#searchParams;
      const output = [];
      for (let i = 0; i < list.length; i += 2) output.push(`${innerInspect(list[i])} => ${innerInspect(list[i + 1])}`);
      const length = output.reduce((prev, cur) => prev + removeColors(cur).length + separator.length,
        -separator.length);
      if (length > ctx.breakLength) {
        return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
      } else if (output.length) {
        return `${this.constructor.name} { ${output.join(separator)} }`;
      }
      return `${this.constructor.name} {}`;
    }

    get size() {
      if (!isURLSearchParams(this)) throw ERR_INVALID_THIS('URLSearchParams');
      return this.#searchParams.length / 2;
    }

    append(name, value) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'append');
      if (arguments.length < 2) throw searchParamsError(ERR_MISSING_ARGS('name', 'value'), this, 'append');
      name = toUSVString(`${name}`);
      value = toUSVString(`${value}`);
      this.#searchParams.push(name, value);
      if (this.#context) shared.setURLSearchParamsModified(this.#context);
    }

    delete(name, value = undefined) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'delete');
      if (arguments.length < 1) throw searchParamsError(ERR_MISSING_ARGS('name'), this, 'delete');
      const list = this.#searchParams;
      name = toUSVString(`${name}`);
      if (value !== undefined) {
        value = toUSVString(`${value}`);
        for (let i = 0; i < list.length;) {
          if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
          else i += 2;
        }
      } else {
        for (let i = 0; i < list.length;) {
          if (list[i] === name) list.splice(i, 2);
          else i += 2;
        }
      }
      if (this.#context) shared.setURLSearchParamsModified(this.#context);
    }

    get(name) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'get');
      if (arguments.length < 1) throw searchParamsError(ERR_MISSING_ARGS('name'), this, 'get');
      const list = this.#searchParams;
      name = toUSVString(`${name}`);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) return list[i + 1];
      }
      return null;
    }

    getAll(name) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'getAll');
      if (arguments.length < 1) throw searchParamsError(ERR_MISSING_ARGS('name'), this, 'getAll');
      const list = this.#searchParams;
      const values = [];
      name = toUSVString(`${name}`);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) values.push(list[i + 1]);
      }
      return values;
    }

    has(name, value = undefined) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'has');
      if (arguments.length < 1) throw searchParamsError(ERR_MISSING_ARGS('name'), this, 'has');
      const list = this.#searchParams;
      name = toUSVString(`${name}`);
      if (value !== undefined) value = toUSVString(`${value}`);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
      }
      return false;
    }

    set(name, value) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'set');
      if (arguments.length < 2) throw searchParamsError(ERR_MISSING_ARGS('name', 'value'), this, 'set');
      const list = this.#searchParams;
      name = toUSVString(`${name}`);
      value = toUSVString(`${value}`);
      let found = false;
      for (let i = 0; i < list.length;) {
        if (list[i] === name) {
          if (!found) {
            list[i + 1] = value;
            found = true;
            i += 2;
          } else {
            list.splice(i, 2);
          }
        } else {
          i += 2;
        }
      }
      if (!found) list.push(name, value);
      if (this.#context) shared.setURLSearchParamsModified(this.#context);
    }

    sort() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'sort');
      const a = this.#searchParams;
      const len = a.length;
      if (len <= 2) {
        // Nothing needs to be done.
      } else if (len < 100) {
        for (let i = 2; i < len; i += 2) {
          const curKey = a[i];
          const curVal = a[i + 1];
          let j;
          for (j = i - 2; j >= 0; j -= 2) {
            if (a[j] > curKey) {
              a[j + 2] = a[j];
              a[j + 3] = a[j + 1];
            } else {
              break;
            }
          }
          a[j + 2] = curKey;
          a[j + 3] = curVal;
        }
      } else {
        const lBuffer = new Array(len);
        const rBuffer = new Array(len);
        for (let step = 2; step < len; step *= 2) {
          for (let start = 0; start < len - 2; start += 2 * step) {
            const mid = start + step;
            let end = mid + step;
            end = end < len ? end : len;
            if (mid > end) continue;
            merge(a, start, mid, end, lBuffer, rBuffer);
          }
        }
      }
      if (this.#context) shared.setURLSearchParamsModified(this.#context);
    }

    entries() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'entries');
      return new URLSearchParamsIterator(this, 'key+value');
    }

    forEach(callback, thisArg = undefined) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'forEach');
      if (typeof callback !== 'function') {
        throw at(ERR_INVALID_ARG_TYPE('callback', 'function', callback), undefined, `${calledOn(this, 'forEach')} (node:internal/url:683:5)`);
      }
      let list = this.#searchParams;
      let i = 0;
      while (i < list.length) {
        const key = list[i];
        const value = list[i + 1];
        callback.call(thisArg, value, key, this);
        list = this.#searchParams;
        i += 2;
      }
    }

    keys() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'keys');
      return new URLSearchParamsIterator(this, 'key');
    }

    values() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'values');
      return new URLSearchParamsIterator(this, 'value');
    }

    toString() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'toString');
      return serializeParams(this.#searchParams);
    }
  }

  const kEnumerableProperty = { enumerable: true };
  Object.defineProperties(URLSearchParams.prototype, {
    append: kEnumerableProperty,
    delete: kEnumerableProperty,
    get: kEnumerableProperty,
    getAll: kEnumerableProperty,
    has: kEnumerableProperty,
    set: kEnumerableProperty,
    size: kEnumerableProperty,
    sort: kEnumerableProperty,
    entries: kEnumerableProperty,
    forEach: kEnumerableProperty,
    keys: kEnumerableProperty,
    values: kEnumerableProperty,
    toString: kEnumerableProperty,
    [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
    [Symbol.iterator]: { configurable: true, writable: true, value: URLSearchParams.prototype.entries },
  });


  Object.assign(shared, {
    URLSearchParams, encodeStr, kEnumerableProperty, setURLSearchParams, setURLSearchParamsContext
  });
})
