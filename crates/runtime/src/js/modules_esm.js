//! node's ES module side of the loader (split out of modules.js, which runs first and shares its CommonJS
//! resolution through internal.modulesShared): the ESM resolver (no extension probing, no directory index),
//! module formats, import attributes, CommonJS named exports for `import`, and the hooks engine/esm.rs calls.
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const {
    isBuiltin, loadBuiltin, kindOf, readText, realpath, dirname, resolvePath, readPackage, packageScopeOf,
    warnedTypeless, tryFile, tryExtensions, nodeModulePaths, ESM_CONDITIONS, resolveExports, resolveImports,
    selfScope, resolveFilename, Module,
  } = internal.modulesShared;

  // ---- ES module resolution (node's ESM resolver: no extension probing, no directory index) ----
  // How node reports a failing module graph (esm_errors.js, parsed on the first failure).
  const esmErrors = () => {
    if (internal.esmLinkErrorImpl === undefined) host.loadInternal('esm_errors.js')(internal);
    return internal;
  };
  internal.hooks.esmSyntaxError = (...args) => esmErrors().esmSyntaxErrorImpl(...args);
  internal.hooks.esmLinkError = (err, dynamic) => {
    if (!dynamic) {
      internal.esmEntryError = err; // what node rethrows from run_main (assert.js's header)
      const site = internal.throwSite && internal.throwSite(err);
      cjsGlobalInEsm(err, site && site.file ? site.file : internal.process.argv[1]);
    }
    return esmErrors().esmLinkErrorImpl(err, dynamic);
  };
  // node's ModuleJob.run: a CommonJS global read in an ES module (`require is not defined`) gets a hint; a
  // `.js` module made ESM by its package.json says so.
  function cjsGlobalInEsm(err, file) {
    try {
      if (!(err instanceof ReferenceError) || !/^(require|module|exports|__filename|__dirname) is not defined$/.test(err.message)) return;
      let message = `${err.message} in ES module scope`;
      if (message.startsWith('require ')) message += ', you can use import instead';
      const scope = typeof file === 'string' && file.endsWith('.js') ? packageScopeOf(file) : null;
      if (scope && scope[1].type === 'module') {
        message += `\nThis file is being treated as an ES module because it has a '.js' file extension and '${scope[0]}/package.json' contains "type": "module". To treat it as a CommonJS script, rename it to use the '.cjs' file extension.`;
      }
      const old = err.message;
      err.message = message;
      const st = Object.getOwnPropertyDescriptor(err, 'stack');
      if (st && typeof st.value === 'string') err.stack = st.value.replace(old, message);
    } catch { /* a frozen error keeps its message */ }
  }
  // `thrower`: where node's resolver throws it ('module' for a path, 'package' for a bare name).
  function esmError(code, message, url, thrower, dynamic, hinted = false) {
    const e = new Error(message);
    errors.withCode(e, code);
    if (url !== undefined) e.url = url;
    if (thrower !== undefined) esmErrors().esmPlaceResolveError(e, thrower, dynamic, hinted);
    return e;
  }
  // Files loaded through `import()` or from such a file (node's error frames differ): Boa's loader is not told
  // whether an import is dynamic, so the importing module's text says, by having no static import of it.
  const dynamicFiles = internal.esmDynamicFiles = new Set();
  function viaImportCall(specifier, parent) {
    if (!parent) return false;
    if (dynamicFiles.has(parent)) return true;
    // ('script': the `import()` is a CommonJS script's.)
    return importCallIn(specifier, parent) && (internal.esmFiles.has(parent) || 'script');
  }
  function importCallIn(specifier, parent) {
    const text = host.sourceText(parent);
    if (typeof text !== 'string') return false;
    const q = `(['"])${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`;
    // (The quote is the first group: `q` refers back to it.)
    return !new RegExp(`(?:^|[;\\s}])(?:import|export)\\b[^'"();]*?(?:\\bfrom\\s*)?${q}`).test(text);
  }
  function formatOf(file) {
    if (file.endsWith('.mjs')) return 'module';
    if (file.endsWith('.cjs')) return 'commonjs';
    if (file.endsWith('.json')) return 'json';
    if (file.endsWith('.js')) {
      const scope = packageScopeOf(file);
      const type = scope ? scope[1].type : undefined;
      if (type === 'module') return 'module';
      // Node 20.19+ runs a typeless .js file with module syntax (import/export, top-level await) as ESM, and
      // says so once per package.json that lacks a "type".
      let esm = type === undefined ? host.moduleSyntax(file) : false;
      if (esm === undefined) esm = host.moduleSyntax(file, readText(file) || '');
      if (esm) {
        if (scope && !warnedTypeless.has(scope[0])) {
          warnedTypeless.add(scope[0]);
          internal.warnNow(`Module type of file://${file} is not specified and it doesn't parse as CommonJS.\n` +
            'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
            `To eliminate this warning, add "type": "module" to ${scope[0] === '/' ? '' : scope[0]}/package.json.`,
          'MODULE_TYPELESS_PACKAGE_JSON');
        }
        return 'module';
      }
      return 'commonjs';
    }
    if (file.endsWith('.node')) return 'commonjs';
    const ext = file.slice(file.lastIndexOf('.'));
    const e = new TypeError(`Unknown file extension "${ext}" for ${file}`);
    throw errors.withCode(e, 'ERR_UNKNOWN_FILE_EXTENSION');
  }
  // A path or file: URL specifier's `?query` / `#fragment` (`import('./m.mjs?v=2')`, cache busting) names a
  // separate instance of the same file: its key is the file's path plus the suffix (`queried` maps it back).
  const queried = new Map();
  const keyFile = (key) => queried.get(key) ?? key;
  internal.hooks.esmKeyFile = keyFile;
  function esmResolve(specifier, parent) {
    const original = specifier;
    let suffix = '';
    if (/^(?:\.{1,2}\/|\/|file:)/.test(specifier)) {
      const at = specifier.search(/[?#]/);
      if (at >= 0) { suffix = specifier.slice(at); specifier = specifier.slice(0, at); }
    }
    let found;
    try {
      found = resolveEsm(specifier, parent === undefined ? parent : keyFile(parent));
    } catch (e) {
      // (A file of no known format: node's loader finds out while it loads the file, after resolving it.)
      if (e !== null && typeof e === 'object' && e.code === 'ERR_UNKNOWN_FILE_EXTENSION') esmErrors().esmPlaceFormatError(e, viaImportCall(original, parent));
      throw e;
    }
    if (suffix !== '' && found.format !== 'builtin') {
      const key = found.url + suffix;
      queried.set(key, found.url);
      found = { format: found.format, url: key };
    }
    if (found.format !== 'builtin' && viaImportCall(original, parent)) dynamicFiles.add(found.url);
    if (found.format !== 'builtin' && parent) {
      if (!importers.has(found.url)) importers.set(found.url, keyFile(parent));
      // (Boa asks while `import()` runs: the async function calling it, if any, is the one running.)
      if (!importCalls.has(found.url) && importCallIn(original, keyFile(parent))) {
        importCalls.set(found.url, { parent: keyFile(parent), specifier: original, act: internal.asyncCaller ? internal.asyncCaller() : null });
      }
    }
    return found;
  }
  // Who first imported each module, and the modules loaded by an `import()` call: its caller and specifier.
  const importers = new Map();
  const importCalls = new Map();
  // The frames below node's ModuleLoader.import for an error while an `import()`'s module graph evaluates (the
  // async functions awaiting the call, or the module whose top level awaits it), or undefined when `file`
  // (a module's key) was not loaded by an `import()` (node's entry frame then).
  internal.esmImportTail = function esmImportTail(file) {
    let key = file;
    for (let n = 0; n < 100 && key !== undefined && !importCalls.has(key); n++) key = importers.get(key);
    const call = key === undefined ? undefined : importCalls.get(key);
    if (call === undefined) return undefined;
    if (call.act) {
      const frames = internal.asyncFramesFrom(call.act);
      if (frames.length) return frames;
    }
    // Else from the source: `await import(...)` at a module's top level (at the `await`), or in an async
    // function (`at async load (...)`, named by its declaration).
    const text = host.sourceText(call.parent);
    if (typeof text !== 'string') return [];
    const esm = internal.esmFiles.has(call.parent);
    const q = call.specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // (A specifier the source computes, `import(\`./profiles/${name}.mjs\`)`: the first such awaited call.)
    const m = new RegExp(`\\bawait\\s+import\\s*\\(\\s*(['"\`])${q}\\1`).exec(text) ||
      /\bawait\s+import\s*\(\s*(?:`[^`]*\$\{|[^'"`\s])/.exec(text);
    if (m === null) return [];
    const line = text.slice(0, m.index).split('\n').length;
    const col = m.index - text.lastIndexOf('\n', m.index - 1);
    const where = `${esm ? internal.hooks.pathToFileURLHref(call.parent) : call.parent}:${line}:${col}`;
    const scan = internal.scanSource(call.parent);
    const fn = scan && scan.fns.filter(([from, to]) => from <= m.index && m.index < to).sort((a, b) => b[0] - a[0])[0];
    if (!fn) return esm ? [`    at async ${where}`] : [];
    const head = /(?:async\s+function\s*([\w$]+)\s*\([^()]*\)|\b([\w$]+)\s*=\s*async\s*(?:\([^()]*\)|[\w$]+)\s*=>)\s*$/.exec(text.slice(Math.max(0, fn[0] - 200), fn[0]));
    return head ? [`    at async ${head[1] || head[2]} (${where})`] : [];
  };
  function resolveEsm(specifier, parent) {
    const parentFile = parent || (internal.process.cwd() + '/[eval]');
    if (specifier.startsWith('node:') || (isBuiltin(specifier) && !specifier.startsWith('.'))) {
      if (!isBuiltin(specifier)) throw esmError('ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`, undefined, 'builtin', viaImportCall(specifier, parent));
      const name = specifier.startsWith('node:') ? specifier : 'node:' + specifier;
      return { format: 'builtin', url: name };
    }
    let file;
    if (specifier.startsWith('file:')) {
      file = internal.modules.url.fileURLToPath(specifier);
    } else if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
      file = resolvePath(dirname(parentFile), specifier);
    } else if (specifier.startsWith('#')) {
      let r;
      try {
        r = resolveImports(specifier, parentFile, ESM_CONDITIONS);
      } catch (e) {
        if (!e || (e.code !== 'ERR_PACKAGE_IMPORT_NOT_DEFINED' && e.code !== 'ERR_INVALID_MODULE_SPECIFIER')) throw e;
        const err = esmError(e.code, e.message, undefined, undefined);
        Object.setPrototypeOf(err, TypeError.prototype);
        esmErrors().esmPlaceResolveError(err, 'imports', viaImportCall(specifier, parent), false);
        throw err;
      }
      if (r.bare !== undefined) return resolveEsm(r.bare, parent);
      file = r.file;
    } else {
      const parts = specifier.split('/');
      const nameLen = specifier.startsWith('@') ? 2 : 1;
      const pkgName = parts.slice(0, nameLen).join('/');
      const subpath = parts.length > nameLen ? './' + parts.slice(nameLen).join('/') : '.';
      const self = selfScope(pkgName, parentFile);
      if (self !== null) {
        try {
          file = resolveExports(self[0], self[1], subpath, ESM_CONDITIONS, parentFile);
        } catch (e) {
          if (!e || e.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw e;
          throw esmError(e.code, e.message, undefined, 'exports', viaImportCall(specifier, parent));
        }
      }
      for (const nm of (self !== null ? [] : nodeModulePaths(dirname(parentFile)))) {
        const pkgDir = nm + '/' + pkgName;
        if (kindOf(pkgDir) !== 'd') continue;
        const pkg = readPackage(pkgDir) || {};
        if (pkg.exports !== undefined && pkg.exports !== null) {
          try {
            file = resolveExports(pkgDir, pkg, subpath, ESM_CONDITIONS);
          } catch (e) {
            if (!e || e.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw e;
            throw esmError(e.code, `${e.message} imported from ${parentFile}`, undefined, 'exports', viaImportCall(specifier, parent));
          }
        } else if (subpath === '.') {
          const main = typeof pkg.main === 'string' ? resolvePath(pkgDir, pkg.main) : null;
          file = (main && (tryFile(main) || tryExtensions(main) || tryExtensions(main + '/index'))) || tryExtensions(pkgDir + '/index');
          // (node's legacyMainResolve names the `main` it looked for, else the index.js.)
          if (!file) throw esmError('ERR_MODULE_NOT_FOUND', `Cannot find package '${main || `${pkgDir}/index.js`}' imported from ${parentFile}`);
        } else {
          file = resolvePath(pkgDir, subpath);
        }
        break;
      }
      if (file === undefined) throw esmError('ERR_MODULE_NOT_FOUND', `Cannot find package '${pkgName}' imported from ${parentFile}`, undefined, 'package', viaImportCall(specifier, parent));
    }
    const kind = kindOf(file);
    // node's hint (decorateErrorWithCommonJSHints): the file CommonJS would load for a relative specifier.
    const cjsHint = () => {
      if (!specifier.startsWith('./') && !specifier.startsWith('../') && kind !== 'd') return '';
      try {
        const cjs = resolveFilename(specifier, { filename: parentFile });
        internal.loadAllLazy();
        let rel = internal.modules.path.relative(dirname(parentFile), cjs);
        if (!rel.startsWith('.')) rel = `./${rel}`;
        return rel === specifier ? '' : `\nDid you mean to import "${rel}"?`;
      } catch { return ''; /* no file CommonJS would load */ }
    };
    if (kind === 'd') {
      const hint = cjsHint();
      throw esmError('ERR_UNSUPPORTED_DIR_IMPORT', `Directory import '${file}' is not supported resolving ES modules imported from ${parentFile}${hint}`,
        'file://' + file, 'dir', viaImportCall(specifier, parent), hint !== '');
    }
    if (kind !== 'f') {
      const hint = cjsHint();
      throw esmError('ERR_MODULE_NOT_FOUND', `Cannot find module '${file}' imported from ${parentFile}${hint}`, 'file://' + file, 'module', viaImportCall(specifier, parent), hint !== '');
    }
    const real = realpath(file);
    return { format: formatOf(real), url: real };
  }
  internal.hooks.esmResolve = esmResolve;
  // node's validateAttributes: a JSON module needs `with { type: 'json' }`, other formats take no type, and
  // `type` is the only attribute.
  internal.hooks.esmCheckAttributes = function esmCheckAttributes(specifier, parent, found, type, otherKey, otherValue) {
    const expected = found.format === 'json' ? 'json' : undefined;
    if (otherKey === undefined && type === expected) return;
    throw esmErrors().esmAttributeError(found, type, expected, otherKey, otherValue, viaImportCall(specifier, parent));
  };
  // import.meta.resolve(specifier): the URL a specifier resolves to; a relative or absolute one need not exist.
  internal.hooks.esmMetaResolve = function esmMetaResolve(specifier, parent) {
    specifier = String(specifier);
    if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
      return internal.hooks.pathToFileURLHref(resolvePath(dirname(parent), specifier));
    }
    if (specifier.startsWith('file:')) { internal.loadAllLazy(); return new internal.modules.url.URL(specifier).href; }
    const r = resolveEsm(specifier, parent);
    return r.format === 'builtin' ? r.url : internal.hooks.pathToFileURLHref(r.url);
  };
  // Named exports of a CommonJS module as node finds them: statically, with cjs-module-lexer (following
  // re-exports), never by running it first.
  function cjsNames(file, seen = new Set()) {
    if (seen.has(file)) return [];
    seen.add(file);
    if (!file.endsWith('.js') && !file.endsWith('.cjs')) return [];
    const source = readText(file);
    if (source === null) return [];
    let result;
    internal.loadAllLazy();
    if (internal.vendor === undefined) {
      const factory = host.loadInternal('vendor.js');
      if (typeof factory === 'function') factory(internal);
    }
    try { result = internal.vendor.cjsLexer.parse(source); } catch { return []; }
    const names = new Set(result.exports);
    for (const re of result.reexports) {
      try {
        const target = resolveFilename(re, { filename: file, id: file, children: [] }, false);
        if (!isBuiltin(target)) for (const n of cjsNames(target, seen)) names.add(n);
      } catch { /* node ignores unresolvable re-exports here too */ }
    }
    return [...names];
  }
  internal.hooks.esmRequire = (key) => {
    if (key.startsWith('node:')) {
      const m = loadBuiltin(key);
      const names = m !== null && (typeof m === 'object' || typeof m === 'function') ? Object.keys(m) : [];
      return [m, names];
    }
    // A CommonJS module runs later, when the graph evaluates it (esmCjsLoad): only its names now, from
    // cjs-module-lexer.
    return [key, cjsNames(keyFile(key))];
  };
  internal.hooks.esmCjsLoad = function esmCjsLoad(key) { return Module._load(keyFile(key), null, false); };
  // A JSON module that does not parse: node's translator throws JSON.parse's error with the path in front.
  internal.hooks.esmJsonCheck = (file, text) => {
    try {
      JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      if (err instanceof SyntaxError) err.message = `${file}: ${err.message}`;
      throw err;
    }
  };
  internal.hooks.esmSource = (file) => {
    internal.esmFiles.add(file);
    const text = readText(keyFile(file));
    if (text === null) throw esmError('ERR_MODULE_NOT_FOUND', `Cannot find module '${file}'`);
    return importAssertions(file, text);
  };
  // node 20 still takes `import x from './x.json' assert { type: 'json' }`, with V8's deprecation warning;
  // Boa knows only `with`, written in its place (padded, so columns stay).
  const RE_ASSERT = /(\b(?:import|export)\b[^;'"]*?(['"])[^'"\n]*\2\s*)assert(\s*\{)/g;
  function importAssertions(file, text) {
    if (!text.includes('assert')) return text;
    return text.replace(RE_ASSERT, (m, head, q, brace, offset) => {
      const line = text.slice(0, offset + head.length).split('\n').length;
      internal.emitWarning(`${internal.hooks.pathToFileURLHref(file)}:${line} 'assert' is deprecated in import statements and support will be removed in a future version; use 'with' instead`, 'V8');
      return `${head}with  ${brace}`;
    });
  }
  internal.hooks.entryFormat = (file) => {
    try { return formatOf(realpath(internal.pathUtil.abs(file))); } catch { return 'commonjs'; }
  };
  internal.hooks.pathToFileURLHref = (p) => {
    internal.loadAllLazy();
    const file = keyFile(p);
    return internal.modules.url.pathToFileURL(file).href + p.slice(file.length);
  };
})
