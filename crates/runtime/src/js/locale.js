//! The global `Intl` and the locale-sensitive methods before `Intl` loads: `Intl` (formatjs polyfills +
//! intl.js) is parsed on first use of `Intl` or of such a method, which until then is a stub that loads it and
//! calls the real one. `n.toLocaleString()` with no arguments, by far the most common call, is answered here
//! without loading anything, as are the Turkish/Azeri dotted and dotless i of toLocaleUpperCase/LowerCase.
(function (internal) {
  'use strict';
  const host = internal.host;
  const hidden = internal.hidden;

  let intlObject;
  function loadIntl() {
    if (intlObject === undefined) {
      intlObject = {};
      Object.defineProperty(intlObject, Symbol.toStringTag, { value: 'Intl', configurable: true });
      internal.intlObject = intlObject;
      host.loadInternal('intl-vendor.js')(internal);
      host.loadInternal('intl_collator.js')(internal);
      host.loadInternal('intl.js')(internal);
      host.loadInternal('intl_numbers.js')(internal);
      // Intl.Locale (with CLDR's alias tables) is a second, later load: few scripts use it.
      // (The bundle itself looks at Intl.Locale while it loads: undefined then, not a second load.)
      let localeLoading = false;
      internal.lazyAccessor(intlObject, 'Locale', () => {
        if (internal.IntlLocale === undefined && !localeLoading) {
          localeLoading = true;
          host.loadInternal('intl-locale-vendor.js')(internal);
        }
        return internal.IntlLocale;
      });
    }
    return intlObject;
  }
  internal.lazyAccessor(globalThis, 'Intl', loadIntl);

  // en-US with default options, as ICU prints it: the shortest decimal that round-trips, rounded half away from
  // zero to three fraction digits, trailing zeros dropped, thousands grouped with commas.
  function group(int) {
    let out = '';
    for (let i = int.length; i > 0; i -= 3) out = int.slice(Math.max(0, i - 3), i) + (out === '' ? '' : ',' + out);
    return out;
  }
  function enUS(x) {
    if (Number.isNaN(x)) return 'NaN';
    const sign = x < 0 || Object.is(x, -0) ? '-' : '';
    const a = Math.abs(x);
    if (a === Infinity) return `${sign}\u221e`;
    const [mantissa, exponent] = a.toExponential().split('e');
    let digits = mantissa.replace('.', '').split('').map(Number);
    let point = Number(exponent) + 1; // digits before the decimal point
    if (point < 0) {
      digits = new Array(-point).fill(0).concat(digits);
      point = 0;
    }
    const keep = point + 3;
    if (digits.length > keep) {
      const up = digits[keep] >= 5;
      digits = digits.slice(0, keep);
      for (let i = keep - 1; up && i >= 0; i--) {
        if (digits[i] < 9) { digits[i]++; break; }
        digits[i] = 0;
        if (i === 0) { digits.unshift(1); point++; }
      }
    }
    while (digits.length < point) digits.push(0);
    const int = digits.slice(0, point).join('') || '0';
    const frac = digits.slice(point).join('').replace(/0+$/, '');
    return sign + group(int.replace(/^0+(?=\d)/, '')) + (frac === '' ? '' : '.' + frac);
  }
  const numberValue = Number.prototype.valueOf;
  const bigintValue = BigInt.prototype.valueOf;
  for (const [proto, k] of [[Number.prototype, 'toLocaleString'], [BigInt.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString'],
    [String.prototype, 'localeCompare']]) {
    const stub = k === 'localeCompare'
      ? function localeCompare(that, ...rest) { loadIntl(); return proto[k].call(this, that, ...rest); }
      : { [k](...args) {
        if (args.length === 0 && proto === Number.prototype) return enUS(numberValue.call(this));
        if (args.length === 0 && proto === BigInt.prototype) {
          const v = bigintValue.call(this);
          return (v < 0n ? '-' : '') + group(String(v < 0n ? -v : v));
        }
        loadIntl();
        return proto[k].apply(this, args);
      } }[k];
    hidden(proto, k, stub);
  }

  // Array#toLocaleString joins with ',' as V8 does (Boa: ', ') and passes locales and options on.
  const join = (list, locales, options) => {
    let out = '';
    for (let i = 0; i < list.length; i++) {
      if (i > 0) out += ',';
      const v = list[i];
      if (v !== undefined && v !== null) out += v.toLocaleString(locales, options);
    }
    return out;
  };
  hidden(Array.prototype, 'toLocaleString', function toLocaleString(locales, options) {
    return join(Object(this), locales, options);
  });
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  hidden(TypedArray.prototype, 'toLocaleString', function toLocaleString(locales, options) {
    TypedArray.prototype.at.call(this, 0); // throws as V8 does for a non-typed-array receiver
    return join(this, locales, options);
  });

  // Turkish and Azeri dotted/dotless i (node's ICU).
  const upper = String.prototype.toLocaleUpperCase;
  const lower = String.prototype.toLocaleLowerCase;
  // A tag that is not a well-formed BCP 47 language tag (`en_US`) is refused, as ICU's canonicalization does,
  // without loading Intl for it.
  const WELL_FORMED = /^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;
  const dotted = (locales) => {
    const list = locales === undefined ? [] : Array.isArray(locales) ? locales : [locales];
    for (const tag of list) {
      if (typeof tag === 'string' && !WELL_FORMED.test(tag)) throw new RangeError('Incorrect locale information provided');
    }
    const first = list[0];
    return typeof first === 'string' && /^(tr|az)(-|$)/i.test(first);
  };
  hidden(String.prototype, 'toLocaleUpperCase', function toLocaleUpperCase(locales) {
    const s = dotted(locales) ? String(this).replace(/i/g, '\u0130') : this;
    return upper.call(s);
  });
  hidden(String.prototype, 'toLocaleLowerCase', function toLocaleLowerCase(locales) {
    const s = dotted(locales) ? String(this).replace(/I\u0307|\u0130/g, 'i').replace(/I/g, '\u0131') : this;
    return lower.call(s);
  });
})
