//! `Date.parse` and `new Date(string)` as V8 reads strings: the ES5 ISO format and V8's legacy fallback
//! (`March 7, 2024`, `2024/03/07`, `Thu, 07 Mar 2024 10:20:30 GMT`, `12/25/2023 5:30 PM`, a `toString()`
//! result...), where Boa accepts only ISO-like text. Follows the behaviour of V8's src/date/dateparser: a
//! tokenizer, then day, time and zone composers. Looplab's clock is UTC, so local time is UTC.
(function (internal) {
  'use strict';
  const OrigDate = Date;
  const NONE = Symbol('none');
  const between = (x, lo, hi) => x >= lo && x <= hi;
  const isMonth = (x) => between(x, 1, 12);
  const isDay = (x) => between(x, 1, 31);
  const isHour = (x) => between(x, 0, 23);
  const isMinute = (x) => between(x, 0, 59);

  // Keywords by their first three (lower-case) letters: only month names may be longer.
  const KEYWORDS = [
    ['jan', 'month', 1], ['feb', 'month', 2], ['mar', 'month', 3], ['apr', 'month', 4], ['may', 'month', 5],
    ['jun', 'month', 6], ['jul', 'month', 7], ['aug', 'month', 8], ['sep', 'month', 9], ['oct', 'month', 10],
    ['nov', 'month', 11], ['dec', 'month', 12], ['am', 'ampm', 0], ['pm', 'ampm', 12], ['ut', 'zone', 0],
    ['utc', 'zone', 0], ['z', 'zone', 0], ['gmt', 'zone', 0], ['cdt', 'zone', -5], ['cst', 'zone', -6],
    ['edt', 'zone', -4], ['est', 'zone', -5], ['mdt', 'zone', -6], ['mst', 'zone', -7], ['pdt', 'zone', -7],
    ['pst', 'zone', -8], ['t', 'tsep', 0],
  ];
  const WHITE = /[\s\ufeff]/;

  function tokenize(str) {
    const tokens = [];
    let i = 0;
    const code = (k) => (k < str.length ? str.charCodeAt(k) : 0);
    while (i < str.length) {
      const c = code(i);
      const start = i;
      if (c >= 48 && c <= 57) {
        let n = 0;
        let digits = 0;
        while (code(i) >= 48 && code(i) <= 57) {
          if (digits < 9) n = n * 10 + (code(i) - 48);
          digits++;
          i++;
        }
        tokens.push({ t: 'num', v: n, len: i - start });
      } else if (c === 58 || c === 45 || c === 43 || c === 46 || c === 41) {
        tokens.push({ t: 'sym', v: str[i] });
        i++;
      } else if (c >= 65) {
        let prefix = '';
        while (i < str.length && code(i) >= 65) {
          if (prefix.length < 3) {
            const ch = code(i);
            prefix += String.fromCharCode(ch >= 65 && ch <= 90 ? ch + 32 : ch);
          }
          i++;
        }
        const len = i - start;
        const k = KEYWORDS.find(([p, type]) => p === prefix && (len <= 3 || type === 'month'));
        tokens.push({ t: 'word', kind: k ? k[1] : 'other', v: k ? k[2] : 0, len });
      } else if (WHITE.test(str[i])) {
        tokens.push({ t: 'ws' });
        i++;
      } else if (c === 40) {
        let depth = 0;
        do {
          if (code(i) === 41) depth--;
          else if (code(i) === 40) depth++;
          i++;
        } while (depth > 0 && i < str.length);
        tokens.push({ t: 'unknown' });
      } else {
        tokens.push({ t: 'unknown' });
        i++;
      }
    }
    tokens.push({ t: 'end' });
    return tokens;
  }

  function millis(tok) {
    // The first three significant digits, the numeral's length telling leading zeros apart.
    let { v, len } = tok;
    if (len === 1) return v * 100;
    if (len === 2) return v * 10;
    if (len > 3) {
      len = Math.min(len, 9);
      v = Math.trunc(v / 10 ** (len - 3));
    }
    return v;
  }

  function parse(str) {
    const tokens = tokenize(str);
    let pos = 0;
    const peek = () => tokens[pos];
    const next = () => tokens[pos < tokens.length - 1 ? pos++ : pos];
    const isSym = (tok, s) => tok.t === 'sym' && tok.v === s;
    const skip = (s) => (isSym(peek(), s) ? (pos++, true) : false);
    const fixed = (tok, n) => tok.t === 'num' && tok.len === n;
    const sign = (tok) => tok.t === 'sym' && (tok.v === '+' || tok.v === '-');
    const isZ = (tok) => tok.t === 'word' && tok.kind === 'zone' && tok.len === 1 && tok.v === 0;

    const day = { comp: [], named: NONE, iso: false };
    const time = { comp: [], offset: NONE };
    const tz = { sign: NONE, hour: NONE, minute: NONE };
    const dayAdd = (n) => (day.comp.length < 3 ? (day.comp.push(n), true) : false);
    const timeAdd = (n) => (time.comp.length < 4 ? (time.comp.push(n), true) : false);
    const timeAddFinal = (n) => {
      if (!timeAdd(n)) return false;
      while (time.comp.length < 4) time.comp.push(0);
      return true;
    };
    const timeExpecting = (n) => (time.comp.length === 1 && isMinute(n)) || (time.comp.length === 2 && isMinute(n))
      || (time.comp.length === 3 && between(n, 0, 999));
    const tzSet = (hours) => { tz.sign = hours < 0 ? -1 : 1; tz.hour = Math.abs(hours); tz.minute = 0; };
    const tzExpecting = (n) => tz.hour !== NONE && tz.minute === NONE && isMinute(n);
    const tzIsUTC = () => tz.hour === 0 && tz.minute === 0;

    // ES5 date-time string: [+-yy]yyyy[-MM[-DD]][THH:mm[:ss[.sss]][Z|+-hh:mm]]. Returns the first token the
    // legacy parser must look at, 'end' when done, or null when the string is invalid.
    function es5() {
      if (sign(peek())) {
        const s = next();
        if (!fixed(peek(), 6)) return s;
        const year = next().v;
        if (s.v === '-' && year === 0) return s;
        dayAdd(s.v === '-' ? -year : year);
      } else if (fixed(peek(), 4)) {
        dayAdd(next().v);
      } else {
        return next();
      }
      if (skip('-')) {
        if (!fixed(peek(), 2) || !isMonth(peek().v)) return next();
        dayAdd(next().v);
        if (skip('-')) {
          if (!fixed(peek(), 2) || !isDay(peek().v)) return next();
          dayAdd(next().v);
        }
      }
      if (!(peek().t === 'word' && peek().kind === 'tsep')) {
        if (peek().t !== 'end') return next();
      } else {
        next();
        if (!fixed(peek(), 2) || !between(peek().v, 0, 24)) return null;
        const h24 = peek().v === 24;
        timeAdd(next().v);
        if (!skip(':')) return null;
        if (!fixed(peek(), 2) || !isMinute(peek().v) || (h24 && peek().v > 0)) return null;
        timeAdd(next().v);
        if (skip(':')) {
          if (!fixed(peek(), 2) || !isMinute(peek().v) || (h24 && peek().v > 0)) return null;
          timeAdd(next().v);
          if (skip('.')) {
            if (peek().t !== 'num' || (h24 && peek().v > 0)) return null;
            timeAdd(millis(next()));
          }
        }
        if (isZ(peek())) {
          next();
          tzSet(0);
        } else if (sign(peek())) {
          tz.sign = next().v === '+' ? 1 : -1;
          if (fixed(peek(), 4)) {
            const hm = next().v;
            if (!isHour(Math.trunc(hm / 100)) || !isMinute(hm % 100)) return null;
            tz.hour = Math.trunc(hm / 100);
            tz.minute = hm % 100;
          } else {
            if (!fixed(peek(), 2) || !isHour(peek().v)) return null;
            tz.hour = next().v;
            if (!skip(':')) return null;
            if (!fixed(peek(), 2) || !isMinute(peek().v)) return null;
            tz.minute = next().v;
          }
        }
        if (peek().t !== 'end') return null;
      }
      // Date-only forms are UTC, date-time forms local time (both UTC in Looplab).
      if (tz.hour === NONE && time.comp.length === 0) tzSet(0);
      day.iso = true;
      return { t: 'end' };
    }

    const first = es5();
    if (first === null) return NaN;
    let hasNumber = day.comp.length > 0;
    for (let tok = first; tok.t !== 'end'; tok = next()) {
      if (tok.t === 'num') {
        hasNumber = true;
        const n = tok.v;
        if (skip(':')) {
          if (skip(':')) {
            if (time.comp.length > 0) return NaN;
            timeAdd(n);
            timeAdd(0);
          } else {
            if (!timeAdd(n)) return NaN;
            if (isSym(peek(), '.')) next();
          }
        } else if (skip('.') && timeExpecting(n)) {
          timeAdd(n);
          if (peek().t !== 'num') return NaN;
          timeAddFinal(millis(next()));
        } else if (tzExpecting(n)) {
          tz.minute = n;
        } else if (timeExpecting(n)) {
          timeAddFinal(n);
          const p = peek();
          if (p.t !== 'end' && p.t !== 'ws' && !isZ(p) && !sign(p)) return NaN;
        } else {
          if (!dayAdd(n)) return NaN;
          skip('-');
        }
      } else if (tok.t === 'word') {
        if (tok.kind === 'ampm' && time.comp.length > 0) {
          time.offset = tok.v;
        } else if (tok.kind === 'month') {
          day.named = tok.v;
          skip('-');
        } else if (tok.kind === 'zone' && hasNumber) {
          tzSet(tok.v);
        } else {
          // Words are allowed only before the first number, and not right before it.
          if (hasNumber) return NaN;
          if (peek().t === 'num') return NaN;
        }
      } else if (sign(tok) && (tzIsUTC() || time.comp.length > 0)) {
        tz.sign = tok.v === '+' ? 1 : -1;
        let n = 0;
        let len = 0;
        if (peek().t === 'num') {
          const t = next();
          n = t.v;
          len = t.len;
        }
        hasNumber = true;
        if (isSym(peek(), ':')) {
          tz.hour = n;
          tz.minute = NONE;
        } else if (len === 1 || len === 2) {
          tz.hour = n;
          tz.minute = 0;
        } else if (len === 3 || len === 4) {
          tz.hour = Math.trunc(n / 100);
          tz.minute = n % 100;
        } else {
          return NaN;
        }
      } else if ((sign(tok) || isSym(tok, ')')) && hasNumber) {
        return NaN;
      }
    }
    return compose(day, time, tz);
  }

  function compose(day, time, tz) {
    if (day.comp.length < 1) return NaN;
    // Missing components are 1s, so a count of three is all that is ever seen: `Mar 7` is March 7 of year 1
    // (2001) and `7` July 1 2001, as in V8.
    const c = day.comp.slice();
    while (c.length < 3) c.push(1);
    let year;
    let month;
    let date;
    if (day.named === NONE) {
      if (day.iso || !isDay(c[0])) [year, month, date] = c;
      else [month, date, year] = c;
    } else {
      month = day.named;
      if (!isDay(c[0])) [year, date] = c;
      else [date, year] = c;
    }
    if (!day.iso) {
      if (between(year, 0, 49)) year += 2000;
      else if (between(year, 50, 99)) year += 1900;
    }
    if (!isMonth(month) || !isDay(date)) return NaN;

    const t = time.comp.slice();
    while (t.length < 4) t.push(0);
    let [hour, minute, second, ms] = t;
    if (time.offset !== NONE) {
      if (!between(hour, 0, 12)) return NaN;
      hour = (hour % 12) + time.offset;
    }
    if (!isHour(hour) || !isMinute(minute) || !isMinute(second) || !between(ms, 0, 999)) {
      if (hour !== 24 || minute !== 0 || second !== 0 || ms !== 0) return NaN;
    }
    const d = new OrigDate(0);
    d.setUTCFullYear(year, month - 1, date);
    d.setUTCHours(hour, minute, second, ms);
    let value = d.getTime();
    if (tz.sign !== NONE) {
      const h = tz.hour === NONE ? 0 : tz.hour;
      const m = tz.minute === NONE ? 0 : tz.minute;
      value -= tz.sign * (h * 3600 + m * 60) * 1000;
    }
    return Math.abs(value) <= 8.64e15 ? value : NaN;
  }

  // ToPrimitive(v) with no hint, for a Date argument that is an object (a Date is left as it is).
  const getTime = OrigDate.prototype.getTime;
  function primitiveOf(v) {
    try {
      getTime.call(v);
      return v;
    } catch { /* not a Date */ }
    const exotic = v[Symbol.toPrimitive];
    if (exotic !== undefined && exotic !== null) {
      const r = exotic.call(v, 'default');
      if ((typeof r === 'object' && r !== null) || typeof r === 'function') throw new TypeError('Cannot convert object to primitive value');
      return r;
    }
    for (const m of ['valueOf', 'toString']) {
      const f = v[m];
      if (typeof f !== 'function') continue;
      const r = f.call(v);
      if ((typeof r !== 'object' || r === null) && typeof r !== 'function') return r;
    }
    throw new TypeError('Cannot convert object to primitive value');
  }
  // (Named for frames.js: a user valueOf/toString it calls shows V8's `at new Date (<anonymous>)` below.)
  function __ll_newDate(v) { return primitiveOf(v); }
  // (v8_builtins.js's, which names the zone; a user's replacement is not called.)
  const dateToString = OrigDate.prototype.toString;
  // Date itself: the same objects and prototype, with strings read by `parse`.
  const WrappedDate = internal.standIn(OrigDate, 'Date', 7, (args, newTarget) => {
    // (Called: the time now as `toString` gives it, V8's zone name included.)
    if (newTarget === undefined) return dateToString.call(new OrigDate());
    let value = args;
    if (args.length === 1) {
      // An object other than a Date is converted first (`new Date([2020, 1, 2])` parses '2020,1,2').
      const v = args[0];
      const p = (typeof v === 'object' && v !== null) || typeof v === 'function' ? __ll_newDate(v) : v;
      if (typeof p === 'string') value = [parse(p)];
      else if (p !== v) value = [p];
    }
    return Reflect.construct(OrigDate, value, newTarget);
  });
  internal.hidden(WrappedDate, 'parse', { parse(string) { return parse(String(string)); } }.parse);
  Object.defineProperty(globalThis, 'Date', { value: WrappedDate, writable: true, configurable: true, enumerable: false });
})
