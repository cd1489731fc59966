//! NumberFormat#format's fast path, loaded right after intl.js: formatjs computes every number with
//! @formatjs/bigdecimal, ~1.7 ms a call on Boa; for the plain styles the digits are computed here as ICU does and
//! put into the text formatjs gives around them (read once per formatter).
(function (internal) {
  'use strict';
  const { wrapFormat, nfProto, nfParts, nfResolved } = internal.intlShared;
  // For the plain styles (decimal, percent, currency; standard notation, fraction digits, half-expand
  // rounding, default signs) the digits are ICU's: the shortest round-trip decimal of the double, rounded half
  // away from zero at the maximum fraction digits, trailing zeros dropped to the minimum. The text around them
  // (signs, symbols, separators, group sizes) is read once per formatter from formatjs's own output.
  const templates = new WeakMap();
  // `parts` of one number: the text before and after its digits, the separators, the integer's groups.
  function shapeOf(parts) {
    const numeric = (p) => p.type === 'integer' || p.type === 'group' || p.type === 'decimal' || p.type === 'fraction';
    const first = parts.findIndex(numeric);
    let last = first;
    while (last + 1 < parts.length && numeric(parts[last + 1])) last++;
    if (first < 0) return null;
    const text = (ps) => ps.map((p) => p.value).join('');
    const mid = parts.slice(first, last + 1);
    const group = mid.find((p) => p.type === 'group');
    const decimal = mid.find((p) => p.type === 'decimal');
    return {
      before: text(parts.slice(0, first)), after: text(parts.slice(last + 1)), group: group ? group.value : '',
      decimal: decimal ? decimal.value : '', ints: mid.filter((p) => p.type === 'integer').map((p) => p.value.length),
    };
  }
  function templateOf(nf) {
    let t = templates.get(nf);
    if (t !== undefined) return t;
    t = null;
    try {
      const o = nfResolved.call(nf);
      if (o.notation === 'standard' && (o.style === 'decimal' || o.style === 'percent' || o.style === 'currency') &&
          o.signDisplay === 'auto' && (o.currencySign === undefined || o.currencySign === 'standard') &&
          o.roundingPriority === 'auto' && o.roundingIncrement === 1 && o.roundingMode === 'halfExpand' &&
          o.trailingZeroDisplay === 'auto' && o.minimumSignificantDigits === undefined && o.numberingSystem === 'latn' &&
          typeof o.minimumFractionDigits === 'number' && typeof o.maximumFractionDigits === 'number') {
        const pct = o.style === 'percent' ? 0.01 : 1;
        const pos = shapeOf(nfParts.call(nf, 1234567.5 * pct));
        const neg = shapeOf(nfParts.call(nf, -1234567.5 * pct));
        const small = shapeOf(nfParts.call(nf, 1234.5 * pct));
        if (pos && neg && small && pos.group === neg.group && (o.maximumFractionDigits === 0 || pos.decimal)) {
          const ints = pos.ints;
          t = {
            o, pos, neg, shift: o.style === 'percent' ? 2 : 0,
            primary: ints.length > 1 ? ints[ints.length - 1] : 0,
            secondary: ints.length > 2 ? ints[ints.length - 2] : ints.length > 1 ? ints[ints.length - 1] : 0,
            // ICU's minimum grouping digits: 1234 ungrouped (`es`) means groups start at five digits.
            minGrouping: small.ints.length > 1 ? 1 : 2,
          };
        }
      }
    } catch {
      t = null;
    }
    templates.set(nf, t);
    return t;
  }
  // [integer digits, fraction digits] of |x| * 10^shift as ICU rounds them.
  function roundedDigits(x, shift, minFrac, maxFrac, minInt) {
    let s = String(x);
    let e = shift;
    const k = s.indexOf('e');
    if (k >= 0) {
      e += Number(s.slice(k + 1));
      s = s.slice(0, k);
    }
    const point = s.indexOf('.');
    let digits = point < 0 ? s : s.slice(0, point) + s.slice(point + 1);
    let intLen = (point < 0 ? s.length : point) + e;
    if (intLen <= 0) {
      digits = '0'.repeat(1 - intLen) + digits;
      intLen = 1;
    }
    if (digits.length < intLen) digits += '0'.repeat(intLen - digits.length);
    let int = digits.slice(0, intLen);
    let frac = digits.slice(intLen);
    if (frac.length > maxFrac) {
      const up = frac.charCodeAt(maxFrac) >= 53;
      frac = frac.slice(0, maxFrac);
      if (up) {
        const all = (int + frac).split('');
        let i = all.length - 1;
        while (i >= 0 && all[i] === '9') all[i--] = '0';
        if (i >= 0) all[i] = String.fromCharCode(all[i].charCodeAt(0) + 1);
        const joined = (i < 0 ? '1' : '') + all.join('');
        int = joined.slice(0, joined.length - frac.length);
        frac = joined.slice(joined.length - frac.length);
      }
    }
    while (frac.length > minFrac && frac[frac.length - 1] === '0') frac = frac.slice(0, -1);
    if (frac.length < minFrac) frac += '0'.repeat(minFrac - frac.length);
    int = int.replace(/^0+(?=\d)/, '');
    if (int.length < minInt) int = '0'.repeat(minInt - int.length) + int;
    return [int, frac];
  }
  function grouped(int, t, sep) {
    if (!sep || !t.primary || int.length < t.primary + t.minGrouping) return int;
    let out = int.slice(int.length - t.primary);
    let rest = int.slice(0, int.length - t.primary);
    while (rest.length > t.secondary) {
      out = `${rest.slice(rest.length - t.secondary)}${sep}${out}`;
      rest = rest.slice(0, rest.length - t.secondary);
    }
    return rest ? `${rest}${sep}${out}` : out;
  }
  function fastFormat(nf, x) {
    if (typeof x !== 'number' || !Number.isFinite(x) || Object.is(x, -0) || Math.abs(x) >= 1e15) return undefined;
    const t = templateOf(nf);
    if (t === null) return undefined;
    const { o } = t;
    const [int, frac] = roundedDigits(Math.abs(x), t.shift, o.minimumFractionDigits, o.maximumFractionDigits, o.minimumIntegerDigits);
    // (A negative number rounding to zero prints `-0`: left to formatjs.)
    if (x < 0 && /^0*$/.test(int + frac)) return undefined;
    const shape = x < 0 ? t.neg : t.pos;
    return `${shape.before}${grouped(int, t, shape.group)}${frac ? shape.decimal + frac : ''}${shape.after}`;
  }
  wrapFormat(nfProto, (nf, inner) => (x) => {
    const fast = fastFormat(nf, x);
    return fast === undefined ? inner(x) : fast;
  });
})
