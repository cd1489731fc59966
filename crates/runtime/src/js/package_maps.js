//! package.json `"exports"` and `"imports"` maps, resolved as node's ESM resolver does for both loaders
//! (PACKAGE_IMPORTS_EXPORTS_RESOLVE): an exact key first, else the most specific `*` pattern
//! (PATTERN_KEY_COMPARE); condition objects in key order, fallback arrays, and `null` targets (not exported,
//! not defined). An `"imports"` target may also name another package (a bare specifier).
(function (internal) {
  'use strict';

  // PATTERN_KEY_COMPARE: the longer part before the `*` first, then the longer key.
  function patternKeyCompare(a, b) {
    const baseA = a.indexOf('*') + 1;
    const baseB = b.indexOf('*') + 1;
    if (baseA > baseB) return -1;
    if (baseB > baseA) return 1;
    if (baseA === 0) return 1;
    if (baseB === 0) return -1;
    if (a.length > b.length) return -1;
    if (b.length > a.length) return 1;
    return 0;
  }

  function invalidTarget(pkgDir, key, target, isImports) {
    const e = new Error(`Invalid "${isImports ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgDir}/package.json`);
    return internal.errors.withCode(e, 'ERR_INVALID_PACKAGE_TARGET');
  }

  // PACKAGE_TARGET_RESOLVE: `{ file }` (a path inside the package, './'-relative), `{ bare }` (a package
  // specifier, imports only), null (explicitly nothing) or undefined (no condition matched).
  function targetResolve(pkgDir, key, target, patternMatch, isImports, conditions) {
    const fill = (t) => (patternMatch === null ? t : t.split('*').join(patternMatch));
    if (typeof target === 'string') {
      if (target.startsWith('./')) return { file: fill(target) };
      if (!isImports || target.startsWith('../') || target.startsWith('/') || /^[a-zA-Z][a-zA-Z\d+.-]*:/.test(target)) {
        throw invalidTarget(pkgDir, key, target, isImports);
      }
      return { bare: fill(target) };
    }
    if (Array.isArray(target)) {
      if (target.length === 0) return null;
      let lastError;
      for (const t of target) {
        let resolved;
        try {
          resolved = targetResolve(pkgDir, key, t, patternMatch, isImports, conditions);
        } catch (e) {
          if (e && e.code === 'ERR_INVALID_PACKAGE_TARGET') { lastError = e; continue; }
          throw e;
        }
        if (resolved === undefined) continue;
        return resolved;
      }
      if (lastError !== undefined) throw lastError;
      return null;
    }
    if (target !== null && typeof target === 'object') {
      for (const cond of Object.keys(target)) {
        if (cond !== 'default' && !conditions.includes(cond)) continue;
        const resolved = targetResolve(pkgDir, key, target[cond], patternMatch, isImports, conditions);
        if (resolved === undefined) continue;
        return resolved;
      }
      return undefined;
    }
    if (target === null) return null;
    throw invalidTarget(pkgDir, key, target, isImports);
  }

  // PACKAGE_IMPORTS_EXPORTS_RESOLVE: what `map` gives `key`, or null / undefined when nothing.
  function resolve(pkgDir, map, key, isImports, conditions) {
    if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) {
      return targetResolve(pkgDir, key, map[key], null, isImports, conditions);
    }
    const patterns = Object.keys(map).filter((k) => k.indexOf('*') !== -1 && k.indexOf('*') === k.lastIndexOf('*'))
      .sort(patternKeyCompare);
    for (const pattern of patterns) {
      const star = pattern.indexOf('*');
      const base = pattern.slice(0, star);
      if (!key.startsWith(base) || key === base) continue;
      const trailer = pattern.slice(star + 1);
      if (trailer.length === 0 || (key.endsWith(trailer) && key.length >= pattern.length)) {
        return targetResolve(pkgDir, pattern, map[pattern], key.slice(base.length, key.length - trailer.length), isImports, conditions);
      }
    }
    return null;
  }

  // The `"exports"` map of a package (sugar: a string, an array or a conditions object is the '.' entry).
  function exportsMap(exp) {
    if (typeof exp === 'string' || Array.isArray(exp) ||
      (exp !== null && typeof exp === 'object' && !Object.keys(exp).some((k) => k.startsWith('.')))) {
      return { '.': exp };
    }
    return exp;
  }

  internal.packageMaps = { resolve, exportsMap };
})
