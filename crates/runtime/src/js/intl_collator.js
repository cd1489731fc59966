//! `Intl.Collator` and `String.prototype.localeCompare` over ICU's root collation (the table js-vendor/intl-data.mjs
//! measures from node's ICU at build time), loaded with Intl (locale.js `loadIntl`) between intl-vendor.js and intl.js.
(function (internal) {
  'use strict';
  const Intl = internal.intlObject;
  const hidden = internal.hidden;

  // ---- Intl.Collator: ICU root collation from js-vendor/intl-data.mjs's table ----
  // Each character has a primary (letter, case- and accent-blind), secondary (accent) and tertiary (case) rank;
  // strings compare by their primary sequence, then secondary, then tertiary, as ICU's collator does.
  const table = internal.collationTable;
  const rank = new Map();
  for (let i = 0; i < table.chars.length; i++) rank.set(table.chars.charCodeAt(i), i);
  const DIGIT = table.p[rank.get(48)];
  const PUNCT = /[\p{P}\p{Z}\p{Cc}]/u;

  // Han ideographs have implicit weights after every other character; other uncovered ones sort by code point.
  const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
  const unlistedWeight = (ch) => table.top + (HAN.test(ch) ? 0x110000 : 0) + ch.codePointAt(0);

  // A string's collation elements: primary, secondary (accent), tertiary (case/variant) and case-bit sequences.
  function elements(str, numeric, ignorePunctuation) {
    // (ASCII text is already NFC, and its characters are looked up in a flat table.)
    const text = ASCII.test(str) ? str : String(str).normalize('NFC');
    const e = { p: [], s: [], t: [], c: [] };
    const one = (p, s, t, upper) => { e.p.push(p); e.s.push(s); e.t.push(t); e.c.push(upper ? 1 : 0); };
    const push = (ch) => {
      const i = rank.get(ch.charCodeAt(0));
      if (i === undefined || ch.length > 1) {
        const cp = ch.codePointAt(0);
        if (cp >= 0xac00 && cp <= 0xd7a3) {
          // A Hangul syllable weighs as its jamo.
          for (const c of ch.normalize('NFD')) push(c);
          return;
        }
        // Compatibility characters (ﬁ, ², ①...) weigh as their decomposition plus a tertiary difference.
        const compat = ch.normalize('NFKD');
        if (compat !== ch) {
          const from = e.t.length;
          for (const c of compat) push(c);
          for (let k = from; k < e.t.length; k++) e.t[k] += 50;
          return;
        }
        one(unlistedWeight(ch), 0, 0, false);
        return;
      }
      const x = table.x[ch];
      if (x !== undefined) {
        // æ, ß, ½...: the characters they expand to, with a tertiary difference, and a secondary one when the
        // table marks it (a trailing '+').
        const accented = x.endsWith('+');
        const from = e.t.length;
        for (const c of accented ? x.slice(0, -1) : x) push(c);
        for (let k = from; k < e.t.length; k++) {
          e.t[k] += 100;
          e.c[k] = ch !== ch.toLowerCase() ? 1 : 0;
        }
        if (accented) e.s[e.s.length - 1] += 100;
        return;
      }
      if (table.p[i] === 0) {
        // Controls are ignored; combining marks weigh only as accents.
        if (table.s[i] !== 0) e.s.push(table.s[i]);
        return;
      }
      one(table.p[i], table.s[i], table.t[i], ch !== ch.toLowerCase());
    };
    for (let k = 0; k < text.length;) {
      const cp = text.codePointAt(k);
      if (numeric && cp >= 48 && cp <= 57) {
        // A run of digits is one number: compared by length without leading zeros, then digit by digit.
        let end = k;
        while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
        const digits = text.slice(k, end).replace(/^0+(?=\d)/, '');
        e.p.push(DIGIT, 1e6 + digits.length);
        for (const d of digits) e.p.push(DIGIT + Number(d));
        e.s.push(0); e.t.push(0); e.c.push(0);
        k = end;
        continue;
      }
      const w = cp < 128 ? asciiWeights[cp] : undefined;
      if (w !== undefined) {
        k++;
        if (w === null || (ignorePunctuation && w[4])) continue;
        e.p.push(w[0]); e.s.push(w[1]); e.t.push(w[2]); e.c.push(w[3]);
        continue;
      }
      const ch = String.fromCodePoint(cp);
      k += ch.length;
      if (ignorePunctuation && PUNCT.test(ch)) continue;
      push(ch);
    }
    return e;
  }
  // Each ASCII character's [primary, secondary, tertiary, upper, punctuation], or null when it is ignorable
  // (ASCII controls); no ASCII character expands.
  const ASCII = /^[\x00-\x7f]*$/;
  const asciiWeights = [];
  for (let cp = 0; cp < 128; cp++) {
    const ch = String.fromCharCode(cp);
    const i = rank.get(cp);
    if (i === undefined || table.x[ch] !== undefined || (table.p[i] === 0 && table.s[i] !== 0)) asciiWeights.push(undefined);
    else asciiWeights.push(table.p[i] === 0 ? null : [table.p[i], table.s[i], table.t[i], ch !== ch.toLowerCase() ? 1 : 0, PUNCT.test(ch)]);
  }
  const kOptions = Symbol('collator options');
  const SENSITIVITY = ['base', 'accent', 'case', 'variant'];
  function option(options, name, allowed, fallback) {
    const v = options[name];
    if (v === undefined) return fallback;
    if (allowed === 'boolean') return Boolean(v);
    const str = String(v);
    if (!allowed.includes(str)) throw new RangeError(`Value ${str} out of range for Intl.Collator options property ${name}`);
    return str;
  }
  const bound = new WeakMap();
  function Collator(locales, options) {
    if (new.target === undefined) return new Collator(locales, options);
    const list = Intl.getCanonicalLocales(locales);
    const opts = options === undefined ? {} : Object(options);
    const usage = option(opts, 'usage', ['sort', 'search'], 'sort');
    option(opts, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    const numeric = option(opts, 'numeric', 'boolean', false);
    const caseFirst = option(opts, 'caseFirst', ['upper', 'lower', 'false'], 'false');
    const sensitivity = option(opts, 'sensitivity', SENSITIVITY, 'variant');
    const ignorePunctuation = option(opts, 'ignorePunctuation', 'boolean', false);
    const [locale, kn, kf] = collatorLocale(list[0]);
    hidden(this, kOptions, {
      locale, usage, sensitivity, ignorePunctuation, collation: 'default',
      numeric: opts.numeric === undefined && kn !== undefined ? kn : numeric,
      caseFirst: opts.caseFirst === undefined && kf !== undefined ? kf : caseFirst,
    });
  }
  // ICU's collation locales: a language's own (`de-DE` → `de`), regional ones for a few (zh, fr-CA, sr), en-US
  // for languages it has no data for; `-u-kn` / `-u-kf` set numeric and caseFirst.
  const COLLATION_LANGUAGES = new Set(('af am ar as az be bg bn bs ca cs cy da de el en eo es et fa fi fil fo fr ga gl ' +
    'gu ha he hi hr hu hy id ig is it ja ka kk km kn ko kok ky lb lkt ln lo lt lv mk ml mn mr ms mt my nb ne nl nn ' +
    'no om or pa pl ps pt ro ru se si sk sl sq sr sv sw ta te th tk to tr ug uk ur uz vi wo xh yi yo zh zu').split(' '));
  function collatorLocale(tag) {
    if (tag === undefined) return ['en-US'];
    const [base, ext = ''] = tag.split(/-u-/);
    const lang = base.split('-')[0];
    if (!COLLATION_LANGUAGES.has(lang)) return ['en-US'];
    const keep = base === 'en-US' || lang === 'zh' || lang === 'sr' || base === 'fr-CA';
    let locale = keep ? base : lang;
    const keys = ext.split('-');
    let kn;
    let kf;
    const kept = [];
    for (let i = 0; i < keys.length; i++) {
      const value = keys[i + 1] !== undefined && keys[i + 1].length > 2 ? keys[i + 1] : undefined;
      if (keys[i] === 'kn') { kn = value === undefined || value === 'true'; kept.push(value === undefined || value === 'true' ? 'kn' : 'kn-false'); }
      if (keys[i] === 'kf' && value !== undefined) { kf = value; kept.push(`kf-${value}`); }
    }
    if (kept.length > 0) locale += `-u-${kept.join('-')}`;
    return [locale, kn, kf];
  }
  const slots = (c) => {
    const o = c !== null && typeof c === 'object' ? c[kOptions] : undefined;
    if (o === undefined) {
      // V8's receiver text: `#<Name>` for an object, the value itself otherwise.
      const ctor = c !== null && typeof c === 'object' && typeof c.constructor === 'function' ? c.constructor.name : '';
      const shown = c !== null && typeof c === 'object' ? `#<${ctor || 'Object'}>` : String(c);
      const e = new TypeError(`Method get Intl.Collator.prototype.compare called on incompatible receiver ${shown}`);
      internal.builtinFrame(e, 'get compare [as compare]');
      throw e;
    }
    return o;
  };
  hidden(Collator, 'supportedLocalesOf', function supportedLocalesOf(locales) { return Intl.getCanonicalLocales(locales); });
  Object.defineProperty(Collator.prototype, 'compare', {
    configurable: true,
    enumerable: false,
    get() {
      const o = slots(this);
      let f = bound.get(this);
      if (f === undefined) {
        const keys = keyTable(o);
        f = (a, b) => {
          const sa = typeof a === 'string' ? a : String(a);
          const sb = typeof b === 'string' ? b : String(b);
          // (A key already made is read here: a sort's comparisons then call nothing.)
          const x = keys.get(sa) ?? sortKey(o, keys, sa);
          const y = keys.get(sb) ?? sortKey(o, keys, sb);
          return x < y ? -1 : x > y ? 1 : 0;
        };
        bound.set(this, f);
      }
      return f;
    },
  });
  hidden(Collator.prototype, 'resolvedOptions', function resolvedOptions() { return { ...slots(this) }; });
  Object.defineProperty(Collator.prototype, Symbol.toStringTag, { value: 'Intl.Collator', configurable: true });
  // A sort compares each string about log n times, so each string gets a sort key once, as ICU's getSortKey:
  // the levels the options compare, each weight as two UTF-16 units (15 bits each, plus one so a level's end,
  // a 0 unit, sorts before any weight), so that comparing two keys as strings compares the levels in turn.
  // Keys are kept in a table per kind of options, cleared when it grows large.
  const keyTables = new Map();
  function keyTable(o) {
    const kind = `${o.numeric ? 1 : 0}${o.ignorePunctuation ? 1 : 0}${o.sensitivity}${o.caseFirst}`;
    let keys = keyTables.get(kind);
    if (keys === undefined) keyTables.set(kind, keys = new Map());
    return keys;
  }
  function encode(units, seq, flip) {
    for (let i = 0; i < seq.length; i++) {
      const w = flip ? 1 - seq[i] : seq[i];
      units.push(1 + (w >>> 15), 1 + (w & 0x7fff));
    }
    units.push(0);
  }
  // engine/collation.rs computes an ASCII string's key natively from the same table rows.
  const host = internal.host;
  const nativeKeys = typeof host.collationAsciiTable === 'function';
  if (nativeKeys) host.collationAsciiTable(asciiWeights);
  // The levels a collator's options compare, as collationAsciiKey's option bits.
  const NUMERIC = 1;
  const IGNORE_PUNCTUATION = 2;
  const SECONDARY = 4;
  const CASE = 8;
  const UPPER_FIRST = 16;
  const TERTIARY = 32;
  function levelFlags(o) {
    return (o.numeric ? NUMERIC : 0) | (o.ignorePunctuation ? IGNORE_PUNCTUATION : 0) |
      (o.sensitivity === 'accent' || o.sensitivity === 'variant' ? SECONDARY : 0) |
      // The case level: lower before upper, or upper first with caseFirst 'upper'.
      (o.sensitivity === 'case' || (o.sensitivity === 'variant' && o.caseFirst === 'upper') ? CASE : 0) |
      (o.caseFirst === 'upper' ? UPPER_FIRST : 0) | (o.sensitivity === 'variant' ? TERTIARY : 0);
  }
  // A string's key, made and kept (its callers have looked in `keys` first).
  function sortKey(o, keys, str) {
    const flags = levelFlags(o);
    let key = nativeKeys && ASCII.test(str) ? host.collationAsciiKey(str, flags) : undefined;
    if (key === undefined) {
      const e = elements(str, (flags & NUMERIC) !== 0, (flags & IGNORE_PUNCTUATION) !== 0);
      const units = [];
      encode(units, e.p);
      if (flags & SECONDARY) encode(units, e.s);
      if (flags & CASE) encode(units, e.c, (flags & UPPER_FIRST) !== 0);
      if (flags & TERTIARY) encode(units, e.t);
      key = '';
      for (let i = 0; i < units.length; i += 4096) key += String.fromCharCode(...units.slice(i, i + 4096));
    }
    if (keys.size >= 50000) keys.clear();
    keys.set(str, key);
    return key;
  }

  hidden(Intl, 'Collator', Collator);
  let defaultKeys;
  let defaultOptions;
  hidden(String.prototype, 'localeCompare', function localeCompare(that, locales, options) {
    if (this === null || this === undefined) throw new TypeError('String.prototype.localeCompare called on null or undefined');
    if (locales === undefined && options === undefined) {
      // (The default collator's keys, read here: a sort's comparisons then make no further call.)
      if (defaultKeys === undefined) {
        defaultOptions = slots(new Collator());
        defaultKeys = keyTable(defaultOptions);
      }
      const sa = typeof this === 'string' ? this : String(this);
      const sb = typeof that === 'string' ? that : String(that);
      const x = defaultKeys.get(sa) ?? sortKey(defaultOptions, defaultKeys, sa);
      const y = defaultKeys.get(sb) ?? sortKey(defaultOptions, defaultKeys, sb);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    // A sort comparing with the same locale and options each call reuses one collator (building one costs
    // more than the comparison).
    const key = collatorKey(locales, options);
    let compare = key === undefined ? undefined : collators.get(key);
    if (compare === undefined) {
      try {
        compare = new Collator(locales, options).compare;
      } catch (e) {
        // (An option error names the method: `String.prototype.localeCompare options property sensitivity`.)
        if (e instanceof RangeError) e.message = e.message.replace('Intl.Collator options', 'String.prototype.localeCompare options');
        throw e;
      }
      if (key === undefined) return compare(String(this), String(that));
      if (collators.size >= 64) collators.clear();
      collators.set(key, compare);
    }
    return compare(String(this), String(that));
  });
  const collators = new Map();
  // The cache key of (locales, options) when both are plain data (a string or undefined; undefined or an
  // ordinary object of primitive data properties); undefined otherwise (read again each call, as the spec does).
  function collatorKey(locales, options) {
    if (locales !== undefined && typeof locales !== 'string') return undefined;
    if (options === undefined) return `${locales}\u0000`;
    if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return undefined;
    let key = `${locales}\u0000`;
    for (const k of Object.keys(options)) {
      const d = Object.getOwnPropertyDescriptor(options, k);
      if (!('value' in d) || (d.value !== null && typeof d.value === 'object') || typeof d.value === 'function' || typeof d.value === 'symbol') return undefined;
      key += `${k}=${typeof d.value}:${String(d.value)}\u0000`;
    }
    return key;
  }
})
