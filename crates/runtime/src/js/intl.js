//! Looplab's `Intl`, loaded on first use (bootstrap.js `loadIntl`) right after intl-vendor.js (the formatjs
//! polyfills) and intl_collator.js: locale data added per locale as scripts ask for it, node's defaults
//! (`en-US`, UTC), and `Intl.Segmenter`.
(function (internal) {
  'use strict';
  const Intl = internal.intlObject;
  const hidden = internal.hidden;

  // ---- locale data: one JSON text per shipped locale (engine/intl.rs), parsed when a script first names it ----
  const withData = [Intl.NumberFormat, Intl.DateTimeFormat, Intl.ListFormat, Intl.RelativeTimeFormat];
  const loaded = new Set();
  let enCurrencies = {};
  function addLocale(key) {
    if (loaded.has(key)) return;
    loaded.add(key);
    const text = internal.host.intlLocale(key);
    if (text === undefined) return;
    const sets = JSON.parse(text);
    if (key === 'en') enCurrencies = sets[0].data.currencies;
    else {
      // Currency names the build left out (uncommon currencies outside en) are en's.
      for (const [code, c] of Object.entries(sets[0].data.currencies)) {
        if (c.displayName === undefined && enCurrencies[code] !== undefined) c.displayName = enCurrencies[code].displayName;
      }
    }
    for (let i = 0; i < withData.length; i++) withData[i].__addLocaleData(sets[i]);
  }
  addLocale('en');
  // Every constructor, supportedLocalesOf and toLocale* method canonicalises its locales through
  // Intl.getCanonicalLocales first: the place to add the data they are about to look up.
  const canonical = Intl.getCanonicalLocales;
  function needLocales(list) {
    for (const tag of list) {
      const parts = tag.split('-');
      // de-DE-u-nu-latn → de-DE, then de (the shipped data's keys are a language and maybe a region).
      const lang = parts[0];
      const region = parts.slice(1).find((p) => /^[A-Z]{2}$|^\d{3}$/.test(p));
      if (region !== undefined) addLocale(`${lang}-${region}`);
      addLocale(lang);
    }
  }
  hidden(Intl, 'getCanonicalLocales', function getCanonicalLocales(locales) {
    const list = canonical(locales);
    needLocales(list);
    return list;
  });
  // node's Intl constructors are built-ins: no enumerable statics (formatjs's data helpers are hidden), printed
  // as `[Function: NumberFormat]`.
  for (const C of [...withData, Intl.PluralRules]) {
    Object.defineProperty(C, '__defaultLocale', { value: 'en-US', writable: true, configurable: true, enumerable: false });
  }

  // ---- V8's wording for the errors formatjs words differently; time zones added on first use ----
  // (V8 takes every name of the UTC and GMT zones for UTC; ICU's names of the others are in the data's `icu`.)
  const RE_UTC = /^(?:etc\/)?(?:utc|uct|universal|zulu|gmt|gmt[+-]?0|greenwich)$/i;
  let zonesAdded = false;
  let icuNames = null;
  // The zone named by the options being constructed, and each formatter's (by ICU's name where it has one).
  let pendingZone = null;
  const zoneNames = new WeakMap();
  // The options formatjs is given: a UTC zone's other names as `UTC`; node 20 takes no offset (`+05:30`).
  function needZone(options) {
    if (options === undefined || options === null) return options;
    const tz = Object(options).timeZone;
    if (tz === undefined) return options;
    const name = String(tz);
    if (RE_UTC.test(name)) return name === 'UTC' ? options : Object.create(options, { timeZone: { value: 'UTC', enumerable: true } });
    if (/^[+-]/.test(name)) throw new RangeError(`Invalid time zone specified: ${name}`);
    pendingZone = name;
    if (!zonesAdded) {
      zonesAdded = true;
      const text = internal.host.intlLocale('time-zones');
      if (text !== undefined) {
        const data = JSON.parse(text);
        icuNames = data.icu || null;
        delete data.icu;
        withData[1].__addTZData(data);
      }
    }
    return options;
  }
  function v8Error(e, ctor, options) {
    if (!(e instanceof Error)) return e;
    const o = options !== null && typeof options === 'object' ? options : {};
    const find = (test) => Object.keys(o).find((k) => test(o[k]));
    const m = e.message;
    let r;
    if ((r = /^(.+) is not within /.exec(m)) !== null) {
      const prop = find((v) => String(v) === r[1]);
      if (prop !== undefined) return new RangeError(`Value ${r[1]} out of range for Intl.${ctor} options property ${prop}`);
    } else if ((r = /^(-?[\d.]+|NaN|Infinity) is outside of range/.exec(m)) !== null) {
      const prop = find((v) => String(Number(v)) === r[1]);
      if (prop !== undefined) return new RangeError(`${prop} value is out of range.`);
    } else if (/^Invalid range, /.test(m)) {
      return new RangeError('maximumFractionDigits value is out of range.');
    } else if (m === 'currency cannot be undefined') {
      return new TypeError('Currency code is required with currency style.');
    } else if (m === 'Malformed currency code') {
      return new RangeError(`Invalid currency code : ${o.currency}`);
    } else if (m === 'unit cannot be undefined' || m === 'Invalid unit argument for Intl.NumberFormat()') {
      const Type = m === 'unit cannot be undefined' ? TypeError : RangeError;
      return new Type(`Invalid unit argument for Intl.NumberFormat() '${o.unit === undefined ? '' : o.unit}'`);
    } else if (m === 'Invalid timeZoneName') {
      return new RangeError(`Invalid time zone specified: ${o.timeZone}`);
    } else if (m === 'Invalid time') {
      return new RangeError('Invalid time value');
    } else if ((r = /^Intl\.DateTimeFormat can't set option (\w+) when (dateStyle|timeStyle) is used$/.exec(m)) !== null) {
      return new TypeError(`Can't set option ${r[1]} when ${r[2]} is used`);
    }
    return e;
  }
  // Each formatjs constructor behind one that translates its errors (same prototype, statics and name).
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat']) {
    const C = Intl[name];
    const W = internal.standIn(C, name, 0, ([locales, options], newTarget) => {
      try {
        pendingZone = null;
        if (name === 'DateTimeFormat') options = needZone(options);
        const made = newTarget === undefined ? C(locales, options) : Reflect.construct(C, [locales, options], newTarget);
        if (pendingZone !== null && icuNames !== null && Object.prototype.hasOwnProperty.call(icuNames, pendingZone)) zoneNames.set(made, icuNames[pendingZone]);
        if (name === 'PluralRules' && (locales === undefined || (Array.isArray(locales) && locales.length === 0))) pluralByDefault.add(made);
        return made;
      } catch (e) {
        const err = v8Error(e, name, options);
        // V8's frame of the built-in constructor (`at new NumberFormat (<anonymous>)`, called: `Intl.NumberFormat`).
        if (err instanceof Error) internal.builtinFrame(err, newTarget === undefined ? `Intl.${name}` : `new ${name}`);
        throw err;
      }
    });
    hidden(Intl, name, W);
  }
  // DateTimeFormat.prototype.resolvedOptions: the time zone by ICU's name (`Europe/Kiev`, `Asia/Calcutta`).
  const dtfResolved = Intl.DateTimeFormat.prototype.resolvedOptions;
  hidden(Intl.DateTimeFormat.prototype, 'resolvedOptions', { resolvedOptions() {
    const ro = dtfResolved.call(this);
    if (zoneNames.has(this)) ro.timeZone = zoneNames.get(this);
    else if (icuNames !== null && typeof ro.timeZone === 'string' && Object.prototype.hasOwnProperty.call(icuNames, ro.timeZone)) {
      ro.timeZone = icuNames[ro.timeZone];
    }
    return ro;
  } }.resolvedOptions);
  // PluralRules.prototype.resolvedOptions as V8's: its keys only, the language of a requested locale (ICU
  // keeps plural rules per language), the categories in ICU's order (alphabetical, `other` last).
  const pluralByDefault = new WeakSet();
  const pluralResolved = Intl.PluralRules.prototype.resolvedOptions;
  hidden(Intl.PluralRules.prototype, 'resolvedOptions', { resolvedOptions() {
    const ro = pluralResolved.call(this);
    const significant = ro.minimumSignificantDigits !== undefined && ro.roundingType !== 'fractionDigits';
    const out = {
      locale: pluralByDefault.has(this) ? ro.locale : String(ro.locale).split('-')[0],
      type: ro.type,
      minimumIntegerDigits: ro.minimumIntegerDigits,
    };
    if (significant) {
      out.minimumSignificantDigits = ro.minimumSignificantDigits;
      out.maximumSignificantDigits = ro.maximumSignificantDigits;
    } else {
      out.minimumFractionDigits = ro.minimumFractionDigits;
      out.maximumFractionDigits = ro.maximumFractionDigits;
    }
    const cats = Array.isArray(ro.pluralCategories) ? ro.pluralCategories : [];
    out.pluralCategories = cats.filter((c) => c !== 'other').sort().concat(cats.includes('other') ? ['other'] : []);
    return out;
  } }.resolvedOptions);
  // Methods whose argument errors formatjs words differently.
  const wrapMethod = (proto, k, translate) => {
    const f = proto[k];
    hidden(proto, k, { [k](...args) {
      try { return f.apply(this, args); } catch (e) { throw translate(e, args); }
    } }[k]);
  };
  wrapMethod(Intl.RelativeTimeFormat.prototype, 'format', (e, [, unit]) => (e instanceof RangeError && e.message === 'invalid unit'
    ? new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '${unit}'`) : e));
  for (const k of ['format', 'formatToParts']) {
    wrapMethod(Intl.ListFormat.prototype, k, (e, [list]) => {
      if (!(e instanceof TypeError) || e.message !== 'Iterable yielded a non-string value') return e;
      const bad = Array.from(list).find((v) => typeof v !== 'string');
      return new TypeError(`Iterable yielded ${typeof bad === 'symbol' ? bad.toString() : String(bad)} which is not a string`);
    });
  }
  wrapMethod(Intl.DateTimeFormat.prototype, 'formatToParts', (e) => v8Error(e, 'DateTimeFormat'));

  // A `format` getter whose bound function is `wrap(formatter, inner)` (`inner`: formatjs's), made once per
  // formatter, as the getter's own is.
  function wrapFormat(proto, wrap) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'format');
    if (!desc || typeof desc.get !== 'function') return;
    const bound = new WeakMap();
    const getFormat = desc.get;
    Object.defineProperty(proto, 'format', {
      configurable: true,
      enumerable: false,
      get: Object.getOwnPropertyDescriptor({ get format() {
        let f = bound.get(this);
        if (f === undefined) {
          f = wrap(this, getFormat.call(this));
          bound.set(this, f);
        }
        return f;
      } }, 'format').get,
    });
  }

  // ---- DateTimeFormat#format: V8 prints a plain space where ICU puts U+202F (`3:04 PM`); formatToParts and
  // formatRange keep it ----
  wrapFormat(Intl.DateTimeFormat.prototype, (dtf, inner) => (date) => {
    try {
      return inner(date).replace(/\u202f/g, ' ');
    } catch (e) {
      throw v8Error(e, 'DateTimeFormat');
    }
  });

  // ---- NumberFormat, compact notation: formatjs gives a number between 1e-16 and 1e-6 a large magnitude's
  // suffix (`0.0000001T`); ICU gives a number below 1 none ----
  const nfProto = Intl.NumberFormat.prototype;
  const nfParts = nfProto.formatToParts;
  const nfResolved = nfProto.resolvedOptions;
  const smallCompact = (nf, x) => {
    const n = Number(x);
    return n !== 0 && Math.abs(n) < 1 && nfResolved.call(nf).notation === 'compact';
  };
  // resolvedOptions() in V8's key order (significant digits before fraction digits, rounding mode before its
  // increment).
  const NF_ORDER = ['locale', 'numberingSystem', 'style', 'currency', 'currencyDisplay', 'currencySign', 'unit',
    'unitDisplay', 'minimumIntegerDigits', 'minimumSignificantDigits', 'maximumSignificantDigits',
    'minimumFractionDigits', 'maximumFractionDigits', 'useGrouping', 'notation', 'compactDisplay', 'signDisplay',
    'roundingMode', 'roundingIncrement', 'trailingZeroDisplay', 'roundingPriority'];
  hidden(nfProto, 'resolvedOptions', function resolvedOptions() {
    const o = nfResolved.call(this);
    const out = {};
    for (const k of NF_ORDER) if (Object.prototype.hasOwnProperty.call(o, k)) out[k] = o[k];
    for (const k of Object.keys(o)) if (!Object.prototype.hasOwnProperty.call(out, k)) out[k] = o[k];
    return out;
  });
  const withoutSuffix = (parts) => parts.filter((p, i) => p.type !== 'compact'
    && !(p.type === 'literal' && /^\s+$/.test(p.value) && ((parts[i + 1] || {}).type === 'compact' || (parts[i - 1] || {}).type === 'compact')));
  hidden(nfProto, 'formatToParts', function formatToParts(x) {
    const parts = nfParts.call(this, x);
    return smallCompact(this, x) ? withoutSuffix(parts) : parts;
  });
  wrapFormat(nfProto, (nf, inner) => (x) => (smallCompact(nf, x) ? withoutSuffix(nfParts.call(nf, x)).map((p) => p.value).join('') : inner(x)));

  // (NumberFormat#format's fast path: intl_numbers.js, loaded next, over these.)
  internal.intlShared = { wrapFormat, nfProto, nfParts, nfResolved };

  // ---- toLocaleString & co: node's results, with formatters reused between calls with the same arguments ----
  // (formatjs builds a new formatter per call, and a DateTimeFormat costs Boa tens of milliseconds).
  const NumberFormat = Intl.NumberFormat;
  const DateTimeFormat = Intl.DateTimeFormat;
  const formatters = new Map();
  const primitive = (v) => v === undefined || v === null || (typeof v !== 'object' && typeof v !== 'function');
  function cacheKey(kind, locales, options) {
    if (!(locales === undefined || typeof locales === 'string' ||
      (Array.isArray(locales) && locales.every((l) => typeof l === 'string')))) return undefined;
    if (options !== undefined) {
      if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return undefined;
      for (const k of Reflect.ownKeys(options)) {
        const desc = Object.getOwnPropertyDescriptor(options, k);
        if (typeof k !== 'string' || !('value' in desc) || !primitive(desc.value) || typeof desc.value === 'symbol') return undefined;
      }
    }
    return kind + JSON.stringify([locales === undefined ? null : locales, options === undefined ? null : options]);
  }
  function formatter(kind, locales, options, make) {
    const key = cacheKey(kind, locales, options);
    if (key === undefined) return make();
    let f = formatters.get(key);
    if (f === undefined) {
      f = make();
      if (formatters.size < 256) formatters.set(key, f);
    }
    return f;
  }
  const numberValue = Number.prototype.valueOf;
  const bigintValue = BigInt.prototype.valueOf;
  // An option error names the method called (`Number.prototype.toLocaleString options property style`).
  const asMethod = (e, name) => {
    if (e instanceof Error && typeof e.message === 'string') e.message = e.message.replace('Intl.NumberFormat options', `${name} options`);
    return e;
  };
  hidden(Number.prototype, 'toLocaleString', function toLocaleString(locales, options) {
    const x = numberValue.call(this);
    try {
      return formatter('n', locales, options, () => new NumberFormat(locales, options)).format(x);
    } catch (e) {
      throw asMethod(e, 'Number.prototype.toLocaleString');
    }
  });
  hidden(BigInt.prototype, 'toLocaleString', function toLocaleString(locales, options) {
    const x = bigintValue.call(this);
    try {
      return formatter('n', locales, options, () => new NumberFormat(locales, options)).format(x);
    } catch (e) {
      throw asMethod(e, 'BigInt.prototype.toLocaleString');
    }
  });
  // ECMA-402 ToDateTimeOptions: which fields a toLocale*String call formats when its options name none.
  const DATE_FIELDS = ['weekday', 'year', 'month', 'day'];
  const TIME_FIELDS = ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'];
  function dateTimeOptions(options, required, defaults) {
    const o = Object.create(options === undefined ? null : Object(options));
    let needDefaults = true;
    if (required !== 'time' && DATE_FIELDS.some((k) => o[k] !== undefined)) needDefaults = false;
    if (required !== 'date' && TIME_FIELDS.some((k) => o[k] !== undefined)) needDefaults = false;
    const dateStyle = o.dateStyle;
    const timeStyle = o.timeStyle;
    if (dateStyle !== undefined || timeStyle !== undefined) needDefaults = false;
    if (required === 'date' && timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
    if (required === 'time' && dateStyle !== undefined) throw new TypeError('Invalid option : dateStyle');
    if (needDefaults && defaults !== 'time') for (const k of ['year', 'month', 'day']) o[k] = 'numeric';
    if (needDefaults && defaults !== 'date') for (const k of ['hour', 'minute', 'second']) o[k] = 'numeric';
    return o;
  }
  const timeValue = Date.prototype.getTime;
  for (const [k, required, defaults] of [['toLocaleString', 'any', 'all'], ['toLocaleDateString', 'date', 'date'],
    ['toLocaleTimeString', 'time', 'time']]) {
    hidden(Date.prototype, k, { [k](locales, options) {
      const t = timeValue.call(this);
      if (Number.isNaN(t)) return 'Invalid Date';
      return formatter(k, locales, options, () => new DateTimeFormat(locales, dateTimeOptions(options, required, defaults))).format(t);
    } }[k]);
  }

  // ---- Intl.supportedValuesOf: ICU's lists, read from the build machine's node (js-vendor/intl-data.mjs) ----
  const supportedValues = internal.intlSupportedValues;
  hidden(Intl, 'supportedValuesOf', function supportedValuesOf(key) {
    const k = String(key);
    if (!Object.prototype.hasOwnProperty.call(supportedValues, k)) {
      const e = new RangeError(`Invalid key : ${k}`);
      internal.builtinFrame(e, 'Intl.supportedValuesOf');
      throw e;
    }
    return supportedValues[k].slice();
  });

  // ---- Intl.Segmenter: boundaries by Unicode's default rules (engine/intl.rs `segment`) ----
  const segmenters = new WeakMap();
  const GRANULARITIES = ['grapheme', 'word', 'sentence'];
  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  // A segment's data: `{ segment, index, input }`, plus `isWordLike` by words.
  function segmentAt(st, k) {
    const b = st.bounds;
    const data = { segment: st.input.slice(b[k], b[k + 1]), index: b[k], input: st.input };
    if (st.granularity === 'word') data.isWordLike = b[k + 2];
    return data;
  }
  // %SegmentsPrototype% and %SegmentIteratorPrototype%: plain objects, so they print as node's do.
  const segmentsState = new WeakMap();
  const SegmentsPrototype = {
    containing(index) {
      const st = segmentsState.get(this);
      if (st === undefined) throw new TypeError(`Method %Segments.prototype%.containing called on incompatible receiver ${String(this)}`);
      const n = Math.trunc(Number(index)) || 0;
      if (n < 0 || n >= st.input.length) return undefined;
      for (let k = 0; k < st.bounds.length; k += 3) if (n < st.bounds[k + 1]) return segmentAt(st, k);
      return undefined;
    },
    [Symbol.iterator]() {
      const st = segmentsState.get(this);
      const it = Object.create(SegmentIteratorPrototype);
      iteratorState.set(it, { st, k: 0 });
      return it;
    },
  };
  const iteratorState = new WeakMap();
  const SegmentIteratorPrototype = Object.create(IteratorPrototype, {
    next: { value: function next() {
      const s = iteratorState.get(this);
      if (s === undefined) throw new TypeError('Method %SegmentIterator.prototype%.next called on incompatible receiver');
      if (s.k >= s.st.bounds.length) return { value: undefined, done: true };
      const value = segmentAt(s.st, s.k);
      s.k += 3;
      return { value, done: false };
    }, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'Segmenter String Iterator', configurable: true },
  });
  class Segmenter {
    constructor(locales, options) {
      if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
      const list = Intl.getCanonicalLocales(locales);
      if (options === null) throw new TypeError('Cannot convert undefined or null to object');
      const o = options === undefined ? {} : Object(options);
      const granularity = o.granularity === undefined ? 'grapheme' : String(o.granularity);
      if (!GRANULARITIES.includes(granularity)) {
        throw new RangeError(`Value ${granularity} out of range for Intl.Segmenter options property granularity`);
      }
      segmenters.set(this, { locale: list.length ? list[0] : 'en-US', granularity });
    }
    segment(string) {
      const st = segmenters.get(this);
      if (st === undefined) throw new TypeError('Method Intl.Segmenter.prototype.segment called on incompatible receiver');
      const input = String(string);
      const segs = Object.create(SegmentsPrototype);
      segmentsState.set(segs, { input, granularity: st.granularity, bounds: internal.host.segment(input, st.granularity) });
      return segs;
    }
    resolvedOptions() {
      const st = segmenters.get(this);
      if (st === undefined) throw new TypeError('Method Intl.Segmenter.prototype.resolvedOptions called on incompatible receiver');
      return { locale: st.locale, granularity: st.granularity };
    }
    static supportedLocalesOf(locales) { return Intl.getCanonicalLocales(locales); }
  }
  Object.defineProperty(Segmenter, 'length', { value: 0 });
  Object.defineProperty(Segmenter.prototype, Symbol.toStringTag, { value: 'Intl.Segmenter', configurable: true });
  hidden(Intl, 'Segmenter', Segmenter);
  // Every Intl constructor (the stand-ins above included) prints and stringifies as a built-in.
  for (const k of Object.getOwnPropertyNames(Intl)) {
    const C = Intl[k];
    if (typeof C !== 'function') continue;
    if (internal.util && internal.util.builtinConstructor) internal.util.builtinConstructor(C);
    internal.markNative(C);
    for (const key of Object.keys(C)) {
      try { Object.defineProperty(C, key, { enumerable: false }); } catch { /* a frozen static stays */ }
    }
  }
})
