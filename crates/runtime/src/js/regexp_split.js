//! `RegExp.prototype[Symbol.split]` (what `str.split(/re/)` calls) in linear time. The spec's algorithm, which
//! Boa follows, tries a sticky match at every position; each try costs Boa the length of the string, so a
//! split over a long string without many matches was quadratic (a 160 KB line took 49 s). A plain RegExp is
//! split here with a global search from each position instead (the same result: the leftmost match at or
//! after it); a subclass, a changed `exec` or `constructor` keeps the engine's own algorithm.
(function (internal) {
  'use strict';
  const origSplit = RegExp.prototype[Symbol.split];
  const builtinExec = RegExp.prototype.exec;
  const MAX_LENGTH = 2 ** 32 - 1;

  // AdvanceStringIndex: past a surrogate pair in unicode mode.
  function advance(s, index, unicode) {
    if (!unicode || index + 1 >= s.length) return index + 1;
    const c = s.charCodeAt(index);
    if (c < 0xD800 || c > 0xDBFF) return index + 1;
    const d = s.charCodeAt(index + 1);
    return d >= 0xDC00 && d <= 0xDFFF ? index + 2 : index + 1;
  }

  const split = {
    [Symbol.split](string, limit) {
      const exec = RegExp.prototype.exec;
      const plain = this !== null && typeof this === 'object' && Object.getPrototypeOf(this) === RegExp.prototype &&
        this.constructor === RegExp && !Object.prototype.hasOwnProperty.call(this, 'exec') &&
        (exec === builtinExec || exec === internal.regexpLegacyExec);
      if (!plain) return origSplit.call(this, string, limit);
      // (In UTF-16 storage: Boa's exec copies a Latin1 subject on every call.)
      const s = internal.host.asUtf16(String(string));
      const flags = String(this.flags);
      const unicode = flags.includes('u') || flags.includes('v');
      const splitter = new RegExp(this, flags.replace(/[gy]/g, '') + 'g');
      const out = [];
      const lim = limit === undefined ? MAX_LENGTH : limit >>> 0;
      if (lim === 0) return out;
      if (s.length === 0) {
        splitter.lastIndex = 0;
        const z = splitter.exec(s);
        if (z === null || z.index !== 0) out.push(s);
        return out;
      }
      let p = 0;
      let q = 0;
      while (q < s.length) {
        splitter.lastIndex = q;
        const z = splitter.exec(s);
        if (z === null || z.index >= s.length) break;
        const e = Math.min(splitter.lastIndex, s.length);
        if (e === p) {
          q = advance(s, z.index, unicode);
          continue;
        }
        out.push(s.slice(p, z.index));
        if (out.length === lim) return out;
        p = e;
        for (let i = 1; i < z.length; i++) {
          out.push(z[i]);
          if (out.length === lim) return out;
        }
        q = p;
      }
      out.push(s.slice(p));
      return out;
    },
  }[Symbol.split];
  internal.hidden(RegExp.prototype, Symbol.split, split);
})
