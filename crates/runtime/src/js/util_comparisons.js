//! node:util, part 2 of 8: deep equality (lib/internal/util/comparisons.js), shared with assert.js as
//! `internal.comparisons`.
(function (internal) {
  'use strict';
  const shared = internal.utilShared;
  const {
    hasOwn, isEnumerable, objectToString, typedTag, types
  } = shared;
  // ---------------------------------------------------------------------------------------------------------
  // Deep equality (lib/internal/util/comparisons.js).
  // ---------------------------------------------------------------------------------------------------------
  const kStrict = true;
  const kLoose = false;
  const kNoIterator = 0;
  const kIsArray = 1;
  const kIsSet = 2;
  const kIsMap = 3;
  const isArrayIndexKey = (k) => typeof k === 'string' && /^(?:0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
  function getOwnNonIndexProperties(obj, skipSymbols) {
    const keys = Reflect.ownKeys(obj);
    const out = [];
    for (const k of keys) {
      if (typeof k === 'symbol' ? skipSymbols : isArrayIndexKey(k)) continue;
      if (isEnumerable(obj, k)) out.push(k);
    }
    return out;
  }
  function isURL(self) {
    return Boolean(self && self.href && self.protocol && self.auth === undefined && self.path === undefined);
  }
  const areSimilarRegExps = (a, b) => a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
  function areSimilarFloatArrays(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    for (let offset = 0; offset < a.byteLength; offset++) {
      if (a[offset] !== b[offset]) return false;
    }
    return true;
  }
  function bytesEqual(x, y) {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  function areSimilarTypedArrays(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    return bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
      new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  }
  const areEqualArrayBuffers = (a, b) => a.byteLength === b.byteLength && bytesEqual(new Uint8Array(a), new Uint8Array(b));
  function isEqualBoxedPrimitive(val1, val2) {
    if (types.isNumberObject(val1)) {
      return types.isNumberObject(val2) && Object.is(Number.prototype.valueOf.call(val1), Number.prototype.valueOf.call(val2));
    }
    if (types.isStringObject(val1)) {
      return types.isStringObject(val2) && String.prototype.valueOf.call(val1) === String.prototype.valueOf.call(val2);
    }
    if (types.isBooleanObject(val1)) {
      return types.isBooleanObject(val2) && Boolean.prototype.valueOf.call(val1) === Boolean.prototype.valueOf.call(val2);
    }
    if (types.isBigIntObject(val1)) {
      return types.isBigIntObject(val2) && BigInt.prototype.valueOf.call(val1) === BigInt.prototype.valueOf.call(val2);
    }
    if (types.isSymbolObject(val1)) {
      return types.isSymbolObject(val2) && Symbol.prototype.valueOf.call(val1) === Symbol.prototype.valueOf.call(val2);
    }
    return false;
  }
  const isError = (v) => types.isNativeError(v) || v instanceof Error;

  function innerDeepEqual(val1, val2, strict, memos) {
    if (val1 === val2) return val1 !== 0 || Object.is(val1, val2) || !strict;
    if (strict) {
      if (typeof val1 === 'number') return Number.isNaN(val1) && Number.isNaN(val2);
      if (typeof val2 !== 'object' || typeof val1 !== 'object' || val1 === null || val2 === null ||
          Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
        return false;
      }
    } else {
      if (val1 === null || typeof val1 !== 'object') {
        if (val2 === null || typeof val2 !== 'object') {
          // eslint-disable-next-line eqeqeq
          return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
        }
        return false;
      }
      if (val2 === null || typeof val2 !== 'object') return false;
    }
    const val1Tag = objectToString(val1);
    const val2Tag = objectToString(val2);
    if (val1Tag !== val2Tag) return false;

    if (Array.isArray(val1)) {
      if (!Array.isArray(val2) || val1.length !== val2.length) return false;
      const keys1 = getOwnNonIndexProperties(val1, !strict);
      const keys2 = getOwnNonIndexProperties(val2, !strict);
      if (keys1.length !== keys2.length) return false;
      return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
    } else if (val1Tag === '[object Object]') {
      return keyCheck(val1, val2, strict, memos, kNoIterator);
    } else if (types.isDate(val1)) {
      if (!types.isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
    } else if (types.isRegExp(val1)) {
      if (!types.isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
    } else if (ArrayBuffer.isView(val1)) {
      if (typedTag(val1) !== typedTag(val2)) return false;
      if (!strict && (types.isFloat32Array(val1) || types.isFloat64Array(val1))) {
        if (!areSimilarFloatArrays(val1, val2)) return false;
      } else if (!areSimilarTypedArrays(val1, val2)) {
        return false;
      }
      const keys1 = getOwnNonIndexProperties(val1, !strict);
      const keys2 = getOwnNonIndexProperties(val2, !strict);
      if (keys1.length !== keys2.length) return false;
      return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
    } else if (types.isSet(val1)) {
      if (!types.isSet(val2) || val1.size !== val2.size) return false;
      return keyCheck(val1, val2, strict, memos, kIsSet);
    } else if (types.isMap(val1)) {
      if (!types.isMap(val2) || val1.size !== val2.size) return false;
      return keyCheck(val1, val2, strict, memos, kIsMap);
    } else if (types.isAnyArrayBuffer(val1)) {
      if (!types.isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
    } else if (isError(val1)) {
      if (!isError(val2)) return false;
      const message1Enumerable = isEnumerable(val1, 'message');
      const name1Enumerable = isEnumerable(val1, 'name');
      const cause1Enumerable = isEnumerable(val1, 'cause');
      const errors1Enumerable = isEnumerable(val1, 'errors');
      if ((message1Enumerable !== isEnumerable(val2, 'message') ||
            (!message1Enumerable && val1.message !== val2.message)) ||
          (name1Enumerable !== isEnumerable(val2, 'name') ||
            (!name1Enumerable && val1.name !== val2.name)) ||
          (cause1Enumerable !== isEnumerable(val2, 'cause') ||
            (!cause1Enumerable && !innerDeepEqual(val1.cause, val2.cause, strict, memos))) ||
          (errors1Enumerable !== isEnumerable(val2, 'errors') ||
            (!errors1Enumerable && !innerDeepEqual(val1.errors, val2.errors, strict, memos)))) {
        return false;
      }
    } else if (types.isBoxedPrimitive(val1)) {
      if (!isEqualBoxedPrimitive(val1, val2)) return false;
    } else if (Array.isArray(val2) || ArrayBuffer.isView(val2) || types.isSet(val2) || types.isMap(val2) ||
               types.isDate(val2) || types.isRegExp(val2) || types.isAnyArrayBuffer(val2) ||
               types.isBoxedPrimitive(val2) || isError(val2)) {
      return false;
    } else if (isURL(val1)) {
      if (!isURL(val2) || val1.href !== val2.href) return false;
    }
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  }

  function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
    const isArrayLikeObject = aKeys !== undefined;
    if (aKeys === undefined) aKeys = Object.keys(val1);
    for (const key of aKeys) {
      if (!isEnumerable(val2, key)) return false;
    }
    if (!isArrayLikeObject) {
      if (aKeys.length !== Object.keys(val2).length) return false;
      if (strict) {
        const symbolKeysA = Object.getOwnPropertySymbols(val1);
        if (symbolKeysA.length !== 0) {
          let count = 0;
          for (const key of symbolKeysA) {
            if (isEnumerable(val1, key)) {
              if (!isEnumerable(val2, key)) return false;
              aKeys.push(key);
              count++;
            } else if (isEnumerable(val2, key)) {
              return false;
            }
          }
          const symbolKeysB = Object.getOwnPropertySymbols(val2);
          if (symbolKeysA.length !== symbolKeysB.length &&
              symbolKeysB.filter((k) => isEnumerable(val2, k)).length !== count) {
            return false;
          }
        } else {
          const symbolKeysB = Object.getOwnPropertySymbols(val2);
          if (symbolKeysB.length !== 0 && symbolKeysB.filter((k) => isEnumerable(val2, k)).length !== 0) return false;
        }
      }
    }
    if (aKeys.length === 0 &&
        (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)) {
      return true;
    }
    if (memos === undefined) {
      memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, deleteFailures: false };
      return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
    }
    if (memos.set === undefined) {
      if (memos.deep === false) {
        if (memos.a === val1 && memos.b === val2) return true;
        memos.c = val1;
        memos.d = val2;
        memos.deep = true;
        const result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
        memos.deep = false;
        return result;
      }
      memos.set = new Set();
      memos.set.add(memos.a);
      memos.set.add(memos.b);
      memos.set.add(memos.c);
      memos.set.add(memos.d);
    }
    const { set } = memos;
    const originalSize = set.size;
    set.add(val1);
    set.add(val2);
    if (originalSize === set.size) return true;
    const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
    if (areEq || memos.deleteFailures) {
      set.delete(val1);
      set.delete(val2);
    }
    return areEq;
  }

  function setHasEqualElement(set, val2, strict, memo) {
    const { deleteFailures } = memo;
    memo.deleteFailures = true;
    for (const val1 of set) {
      if (innerDeepEqual(val1, val2, strict, memo)) {
        set.delete(val1);
        memo.deleteFailures = deleteFailures;
        return true;
      }
    }
    memo.deleteFailures = deleteFailures;
    return false;
  }
  function findLooseMatchingPrimitives(prim) {
    switch (typeof prim) {
      case 'undefined': return null;
      case 'object': return undefined;
      case 'symbol': return false;
      case 'string':
        prim = +prim;
        // Falls through
      case 'number':
        if (Number.isNaN(prim)) return false;
    }
    return true;
  }
  function setMightHaveLoosePrim(a, b, prim) {
    const altValue = findLooseMatchingPrimitives(prim);
    if (altValue != null) return altValue;
    return b.has(altValue) && !a.has(altValue);
  }
  function mapMightHaveLoosePrim(a, b, prim, item, memo) {
    const altValue = findLooseMatchingPrimitives(prim);
    if (altValue != null) return altValue;
    const curB = b.get(altValue);
    if ((curB === undefined && !b.has(altValue)) || !innerDeepEqual(item, curB, false, memo)) return false;
    return !a.has(altValue) && innerDeepEqual(item, curB, false, memo);
  }
  function setEquiv(a, b, strict, memo) {
    let set = null;
    for (const val of a) {
      if (!b.has(val)) {
        if ((typeof val !== 'object' || val === null) && (strict || !setMightHaveLoosePrim(a, b, val))) return false;
        if (set === null) {
          if (b.size === 1) return innerDeepEqual(val, b.values().next().value, strict, memo);
          set = new Set();
        }
        set.add(val);
      }
    }
    if (set !== null) {
      for (const val of b) {
        if (typeof val === 'object' && val !== null) {
          if (!a.has(val) && !setHasEqualElement(set, val, strict, memo)) return false;
        } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memo)) {
          return false;
        }
      }
      return set.size === 0;
    }
    return true;
  }
  function mapHasEqualEntry(set, map, key2, item2, strict, memo) {
    const { deleteFailures } = memo;
    memo.deleteFailures = true;
    for (const key1 of set) {
      if (innerDeepEqual(key1, key2, strict, memo) && innerDeepEqual(map.get(key1), item2, strict, memo)) {
        set.delete(key1);
        memo.deleteFailures = deleteFailures;
        return true;
      }
    }
    memo.deleteFailures = deleteFailures;
    return false;
  }
  function mapEquiv(a, b, strict, memo) {
    let set = null;
    for (const { 0: key, 1: item1 } of a) {
      if (typeof key === 'object' && key !== null) {
        if (set === null) {
          if (b.size === 1) {
            const { 0: key2, 1: item2 } = b.entries().next().value;
            return innerDeepEqual(key, key2, strict, memo) && innerDeepEqual(item1, item2, strict, memo);
          }
          set = new Set();
        }
        set.add(key);
      } else {
        const item2 = b.get(key);
        if (((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memo))) {
          if (strict) return false;
          if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
          if (set === null) set = new Set();
          set.add(key);
        }
      }
    }
    if (set !== null) {
      for (const { 0: key, 1: item } of b) {
        if (typeof key === 'object' && key !== null) {
          if (!mapHasEqualEntry(set, a, key, item, strict, memo)) return false;
        } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
                   !mapHasEqualEntry(set, a, key, item, strict, memo)) {
          return false;
        }
      }
      return set.size === 0;
    }
    return true;
  }
  function objEquiv(a, b, strict, keys, memos, iterationType) {
    for (const key of keys) {
      if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
    }
    if (iterationType === kIsArray) {
      for (let i = 0; i < a.length; i++) {
        if (hasOwn(a, i)) {
          if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
        } else if (hasOwn(b, i)) {
          return false;
        } else {
          const keysA = Object.keys(a);
          for (; i < keysA.length; i++) {
            const key = keysA[i];
            if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
          }
          return keysA.length === Object.keys(b).length;
        }
      }
    } else if (iterationType === kIsSet) {
      if (!setEquiv(a, b, strict, memos)) return false;
    } else if (iterationType === kIsMap) {
      if (!mapEquiv(a, b, strict, memos)) return false;
    }
    return true;
  }
  function isDeepEqual(val1, val2) { return innerDeepEqual(val1, val2, kLoose); }
  function isDeepStrictEqual(val1, val2) { return innerDeepEqual(val1, val2, kStrict); }
  internal.comparisons = { isDeepEqual, isDeepStrictEqual };


  Object.assign(shared, {
    isDeepStrictEqual
  });
})
