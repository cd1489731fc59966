//! node:module and CommonJS loading over the virtual file system, following lib/internal/modules/cjs/loader.js:
//! resolution (exact file, extensions, package.json main/exports, index, node_modules walk), the wrapper,
//! Module._cache with execute-once and partial exports for cycles, JSON modules, and node's errors.
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const { normalize } = internal.pathUtil;

  const NODE_BUILTINS = ('_http_agent _http_client _http_common _http_incoming _http_outgoing _http_server ' +
    '_stream_duplex _stream_passthrough _stream_readable _stream_transform _stream_wrap _stream_writable ' +
    '_tls_common _tls_wrap assert assert/strict async_hooks buffer child_process cluster console constants crypto ' +
    'dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector ' +
    'inspector/promises module net os path path/posix path/win32 perf_hooks process punycode querystring readline ' +
    'readline/promises repl stream stream/consumers stream/promises stream/web string_decoder sys timers ' +
    'timers/promises tls trace_events tty url util util/types v8 vm wasi worker_threads zlib').split(' ');
  const SCHEME_ONLY = ['test', 'test/reporters', 'sea', 'sqlite'];
  const kArrow = internal.kArrow;
  const withArrow = internal.errors.withArrow;

  function isBuiltin(name) {
    const n = String(name);
    if (n.startsWith('node:')) return NODE_BUILTINS.includes(n.slice(5)) || SCHEME_ONLY.includes(n.slice(5));
    return NODE_BUILTINS.includes(n);
  }
  let sysWarned = false;
  function loadBuiltin(id) {
    const name = id.startsWith('node:') ? id.slice(5) : id;
    if (!isBuiltin(id)) {
      const e = new Error(`No such built-in module: ${id}`);
      throw errors.withCode(e, 'ERR_UNKNOWN_BUILTIN_MODULE');
    }
    if (Object.prototype.hasOwnProperty.call(internal.modules, name)) return internal.modules[name];
    if (name === 'sys') {
      // node's lib/sys.js warns when it first runs.
      if (!sysWarned) {
        sysWarned = true;
        internal.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
      }
      return internal.modules.util;
    }
    if (name === 'assert/strict' && internal.modules.assert) return internal.modules.assert.strict;
    if (name === 'util/types' && internal.modules.util) return internal.modules.util.types;
    // node 20's lib/punycode.js is punycode.js 2.1.0, from npm (the vendored bundle).
    if (name === 'punycode') {
      internal.loadAllLazy();
      if (internal.vendor === undefined) {
        const factory = host.loadInternal('vendor.js');
        if (typeof factory === 'function') factory(internal);
      }
      const p = internal.vendor && internal.vendor.punycode;
      if (p) {
        const mod = { version: '2.1.0', ucs2: p.ucs2, decode: p.decode, encode: p.encode, toASCII: p.toASCII, toUnicode: p.toUnicode };
        internal.modules.punycode = mod;
        return mod;
      }
    }

    const e = new Error(`Looplab does not emulate the '${name}' module yet`);
    throw errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
  }

  // ---- file helpers over the VFS ----
  function kindOf(p) {
    const r = host.fsSync('stat', [p]);
    return r[0] === null ? r[1][14] : null;
  }
  function readText(p) {
    const r = host.fsSync('readFile', [p]);
    if (r[0] !== null) return null;
    return host.utf8Decode(r[1]);
  }
  function realpath(p) {
    const r = host.fsSync('realpath', [p]);
    return r[0] === null ? r[1] : p;
  }
  function dirname(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
  }
  function resolvePath(base, req) {
    return normalize(req.startsWith('/') ? req : base + '/' + req);
  }

  const packageCache = new Map();
  function readPackage(dir) {
    const file = dir + '/package.json';
    if (packageCache.has(file)) return packageCache.get(file);
    const text = readText(file);
    let result = null;
    if (text !== null) {
      try {
        result = JSON.parse(text);
      } catch (e) {
        e.path = file;
        e.message = 'Error parsing ' + file + ': ' + e.message;
        throw e;
      }
    }
    packageCache.set(file, result);
    return result;
  }
  // The package.json that governs `p` and its directory (`[dir, pkg]`), or null.
  function packageScopeOf(p) {
    let dir = dirname(p);
    for (;;) {
      if (dir.endsWith('/node_modules')) return null;
      const pkg = readPackage(dir);
      if (pkg) return [dir, pkg];
      if (dir === '/') return null;
      dir = dirname(dir);
    }
  }
  function packageScope(p) {
    const scope = packageScopeOf(p);
    return scope && scope[1];
  }
  const warnedTypeless = new Set();

  const EXTS = ['.js', '.json', '.node', '.cjs'];
  function tryFile(p) {
    return kindOf(p) === 'f' ? realpath(p) : false;
  }
  function tryExtensions(p) {
    for (const ext of ['.js', '.json', '.node']) {
      const f = tryFile(p + ext);
      if (f) return f;
    }
    return false;
  }
  function tryPackage(dir, request, parent) {
    const pkg = readPackage(dir);
    const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
    if (!main) return tryExtensions(dir + '/index');
    const base = resolvePath(dir, main);
    const f = tryFile(base) || tryExtensions(base) || tryExtensions(base + '/index');
    if (f) return f;
    const idx = tryExtensions(dir + '/index');
    if (idx) {
      internal.emitWarning(`Invalid 'main' field in '${dir}/package.json' of '${main}'. Please either fix that or report it to the module author`,
        'DeprecationWarning', 'DEP0128');
      return idx;
    }
    const err = new Error(`Cannot find module '${base}'. Please verify that the package.json has a valid "main" entry`);
    err.code = 'MODULE_NOT_FOUND';
    err.path = dir + '/package.json';
    err.requestPath = request;
    void parent;
    throw err;
  }
  const pathCache = new Map();
  function findPath(basePath, trailingSlash, request, parent) {
    const key = basePath + (trailingSlash ? '/' : '');
    if (pathCache.has(key)) return pathCache.get(key);
    const found = findPathUncached(basePath, trailingSlash, request, parent);
    if (found) pathCache.set(key, found);
    return found;
  }
  function findPathUncached(basePath, trailingSlash, request, parent) {
    const kind = kindOf(basePath);
    let filename = false;
    if (!trailingSlash) {
      if (kind === 'f') filename = realpath(basePath);
      if (!filename) filename = tryExtensions(basePath);
    }
    if (!filename && kind === 'd') filename = tryPackage(basePath, request, parent);
    return filename;
  }
  function nodeModulePaths(from) {
    const out = [];
    let dir = from;
    for (;;) {
      if (!dir.endsWith('/node_modules')) out.push((dir === '/' ? '' : dir) + '/node_modules');
      if (dir === '/') break;
      dir = dirname(dir);
    }
    return out;
  }
  const CJS_CONDITIONS = ['require', 'node', 'default', 'node-addons'];
  const ESM_CONDITIONS = ['import', 'node', 'default', 'module-sync'];
  // A package's "exports" target for `subpath` (package_maps.js); `from`: the importing file, named in the
  // error when a package imports itself by name.
  function resolveExports(pkgDir, pkg, subpath, conditions = CJS_CONDITIONS, from = undefined) {
    const maps = internal.packageMaps;
    const r = maps.resolve(pkgDir, maps.exportsMap(pkg.exports), subpath, false, conditions);
    if (r === null || r === undefined || r.file === undefined) {
      const e = new Error((subpath === '.'
        ? `No "exports" main defined in ${pkgDir}/package.json`
        : `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json`) +
        (from === undefined ? '' : ` imported from ${from}`));
      throw errors.withCode(e, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
    }
    return resolvePath(pkgDir, r.file);
  }
  // A `#name` specifier through the "imports" of the package `from` is in: `{ file }` (absolute) or
  // `{ bare }` (another package's specifier).
  function resolveImports(request, from, conditions) {
    if (request === '#' || request.startsWith('#/')) {
      const e = new TypeError(`Invalid module "${request}" is not a valid internal imports specifier name imported from ${from}`);
      throw errors.withCode(e, 'ERR_INVALID_MODULE_SPECIFIER');
    }
    const scope = packageScopeOf(from);
    const imports = scope === null ? undefined : scope[1].imports;
    if (imports !== null && typeof imports === 'object') {
      const r = internal.packageMaps.resolve(scope[0], imports, request, true, conditions);
      if (r !== null && r !== undefined) return r.file !== undefined ? { file: resolvePath(scope[0], r.file) } : r;
    }
    const e = new TypeError(`Package import specifier "${request}" is not defined${scope === null ? '' : ` in package ${scope[0]}/package.json`} imported from ${from}`);
    throw errors.withCode(e, 'ERR_PACKAGE_IMPORT_NOT_DEFINED');
  }
  // A package importing itself by its name: the package.json `from` is governed by, when it has "exports"
  // and that name ([dir, pkg]).
  function selfScope(pkgName, from) {
    const scope = packageScopeOf(from);
    if (scope === null) return null;
    const pkg = scope[1];
    return pkg.name === pkgName && pkg.exports !== undefined && pkg.exports !== null ? scope : null;
  }

  function requireStack(parent) {
    const stack = [];
    for (let m = parent; m; m = moduleParents.get(m)) stack.push(m.filename || m.id);
    return stack;
  }
  function notFound(request, parent, noStack) {
    const stack = noStack ? [] : requireStack(parent);
    let message = `Cannot find module '${request}'`;
    if (stack.length > 0) message += '\nRequire stack:\n- ' + stack.join('\n- ');
    const err = new Error(message);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = stack;
    withArrow(err, `${LOADER}:1210\n  throw err;\n  ^\n`);
    undecorated.set(err, [`Module._resolveFilename (${LOADER}:1207:15)`]);
    return err;
  }
  // node's loader frames above the caller on a resolution error, added once by the innermost caller that
  // sees it: the resolver's own frames (kept here by error) and the caller's. `requireVia` says how a load
  // was reached: 2 through a module's `require`, 1 through `module.require`, 0 through Module._load itself.
  const undecorated = new WeakMap();
  let requireVia = 0;
  let loadingVia = 0;
  const LOADER = 'node:internal/modules/cjs/loader';
  const viaFrames = (via) => (via > 1 ? [`Module.require (${LOADER}:1289:19)`, 'require (node:internal/modules/helpers:182:18)']
    : via > 0 ? [`Module.require (${LOADER}:1289:19)`] : []);
  function loaderFrames(err, frames) {
    if (err !== null && typeof err === 'object' && undecorated.has(err)) {
      const own = undecorated.get(err);
      undecorated.delete(err);
      errors.nodeFrames(err, ...own, ...frames);
    }
    return err;
  }

  function resolveFilename(request, parent, isMain, options) {
    if (isBuiltin(request) && (request.startsWith('node:') || !request.startsWith('.'))) return request;
    const parentDir = parent && parent.filename ? dirname(parent.filename) : internal.process.cwd();
    if (request.startsWith('#') && !(options && Array.isArray(options.paths))) {
      let r;
      try {
        r = resolveImports(request, parent && parent.filename ? parent.filename : parentDir + '/[eval]', CJS_CONDITIONS);
      } catch (e) {
        undecorated.set(withArrow(e, `${LOADER}:1177\n        throw e;\n        ^\n`), [
          'importNotDefined (node:internal/modules/esm/resolve:309:10)',
          'packageImportsResolve (node:internal/modules/esm/resolve:760:9)',
          `Module._resolveFilename (${LOADER}:1170:11)`]);
        throw e;
      }
      if (r.bare === undefined) {
        const found = tryFile(r.file);
        if (found) return found;
        throw notFound(r.file, parent);
      }
      request = r.bare;
    }
    const relative = request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../') || request.startsWith('/');
    const trailingSlash = request.endsWith('/') || request === '.' || request === '..';
    let bases;
    if (options && Array.isArray(options.paths)) {
      bases = relative ? options.paths.map((p) => resolvePath(internal.pathUtil.abs(p), request))
        : options.paths.flatMap((p) => nodeModulePaths(internal.pathUtil.abs(p)).map((nm) => nm + '/' + request));
    } else if (relative) {
      bases = [resolvePath(parentDir, request)];
    } else {
      const parts = request.split('/');
      const nameLen = request.startsWith('@') ? 2 : 1;
      const pkgName = parts.slice(0, nameLen).join('/');
      const subpath = parts.length > nameLen ? './' + parts.slice(nameLen).join('/') : '.';
      bases = [];
      const self = parent && parent.filename ? selfScope(pkgName, parent.filename) : null;
      if (self !== null) {
        const f = resolveExports(self[0], self[1], subpath, CJS_CONDITIONS, parent.filename);
        const found = tryFile(f);
        if (found) return found;
        throw notFound(f, parent, true);
      }
      for (const nm of nodeModulePaths(parentDir)) {
        const pkgDir = nm + '/' + pkgName;
        if (kindOf(pkgDir) === 'd') {
          const pkg = readPackage(pkgDir);
          if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
            let f;
            try {
              f = resolveExports(pkgDir, pkg, subpath);
            } catch (e) {
              if (e && e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
                undecorated.set(withArrow(e, `${LOADER}:645\n      throw e;\n      ^\n`), [
                  'exportsNotFound (node:internal/modules/esm/resolve:322:10)',
                  'packageExportsResolve (node:internal/modules/esm/resolve:670:9)',
                  `resolveExports (${LOADER}:638:36)`, `Module._findPath (${LOADER}:711:31)`,
                  `Module._resolveFilename (${LOADER}:1193:27)`]);
              }
              throw e;
            }
            const found = tryFile(f);
            if (found) return found;
            throw notFound(f, parent, true);
          }
        }
        bases.push(nm + '/' + request);
      }
    }
    for (const base of bases) {
      const f = findPath(base, trailingSlash, request, parent);
      if (f) return f;
    }
    throw notFound(request, parent);
  }

  // ---- Module ----
  const moduleParents = new WeakMap();
  class Module {
    constructor(id = '', parent) {
      this.id = id;
      this.path = dirname(id);
      this.exports = {};
      moduleParents.set(this, parent);
      if (parent && parent.children) parent.children.push(this);
      this.filename = null;
      this.loaded = false;
      this.children = [];
    }
    get parent() { return moduleParents.get(this); }
    require(id) {
      if (typeof id !== 'string') throw errors.invalidArgType('id', 'string', id);
      if (id === '') {
        const e = new TypeError("The argument 'id' must be a non-empty string. Received ''");
        throw errors.withCode(e, 'ERR_INVALID_ARG_VALUE');
      }
      requireVia = requireVia === 2 ? 2 : 1;
      return Module._load(id, this, false);
    }
  }
  // node 20's constructor is a getter (policy), so util.inspect names no class: `{ id: '.', ... }`.
  Object.defineProperty(Module.prototype, 'constructor', {
    get: function get() { return Module; }, set: undefined, enumerable: false, configurable: false,
  });
  // Own symbols node's loader sets on the modules it loads (and util.inspect shows).
  const kIsMainSymbol = Symbol('kIsMainSymbol');
  const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
  const kIsExecuting = Symbol('kIsExecuting');
  Module._cache = Object.create(null);
  Module._extensions = Object.create(null);
  Module.builtinModules = NODE_BUILTINS.slice();
  Module.isBuiltin = isBuiltin;
  Module._nodeModulePaths = nodeModulePaths;
  Module._resolveFilename = resolveFilename;
  Module.Module = Module;
  Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
  Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

  // `length` carets mark the token (none at the end of the input, and no caret line for a mark that runs
  // past its line: -1), as V8 does.
  function syntaxError(filename, source, text, line, column, length = 1) {
    const message = internal.v8RegexpSyntax ? internal.v8RegexpSyntax(text) : text;
    const err = new SyntaxError(message);
    const src = source.split('\n')[line - 1];
    const mark = length < 0 ? '' : `${internal.caretPad(src, Math.max(0, column - 1))}${'^'.repeat(length)}\n`;
    const arrow = line > 0 && src !== undefined
      ? `${filename}:${line}\n${src.replace(/\r$/, '')}\n${mark}`
      : `${filename}\n`;
    Object.defineProperty(err, 'stack', {
      value: [`${arrow}\nSyntaxError: ${message}`].concat(internal.compileErrorFrames()).join('\n'), writable: true, configurable: true, enumerable: false,
    });
    Object.defineProperty(err, internal.kDecorated, { value: true });
    return err;
  }
  internal.kDecorated = Symbol('looplab.decorated');

  function makeRequire(mod) {
    const require = function require(id) { requireVia = 2; return mod.require(id); };
    require.resolve = function resolve(request, options) {
      if (typeof request !== 'string') throw errors.invalidArgType('request', 'string', request);
      try {
        return Module._resolveFilename(request, mod, false, options);
      } catch (e) {
        throw loaderFrames(e, ['Function.resolve (node:internal/modules/helpers:193:19)']);
      }
    };
    require.resolve.paths = function paths(request) {
      if (isBuiltin(request)) return null;
      if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') return [mod.path];
      return nodeModulePaths(mod.path).concat([]);
    };
    require.main = internal.process.mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return require;
  }

  // (Anonymous, as node's loaders print.)
  Module._extensions['.js'] = function (module, filename) {
    const source = readText(filename);
    if (filename.endsWith('.mjs') || (filename.endsWith('.js') && (packageScope(filename) || {}).type === 'module')) {
      return internal.modulesShared.loadEsmFromCjs(module, filename);
    }
    const compiled = host.compile(source, filename);
    if (compiled[0] === null) {
      // node 20's syntax detection: a typeless .js file that only parses as a module is one.
      if (filename.endsWith('.js') && !(packageScope(filename) || {}).type && host.moduleSyntax(filename, source) === true) {
        return internal.modulesShared.loadEsmFromCjs(module, filename);
      }
      // node's hint for ES module syntax in a CommonJS file, before the error.
      if (compiled[1] === 'Cannot use import statement outside a module' || compiled[1] === "Unexpected token 'export'") {
        internal.warnNow('To load an ES module, set "type": "module" in the package.json or use the .mjs extension.');
      }
      throw syntaxError(filename, source, compiled[1], compiled[2], compiled[3], compiled[4]);
    }
    const require = makeRequire(module);
    module[kIsExecuting] = true;
    const result = compiled[0].call(module.exports, module.exports, require, module, filename, module.path);
    module[kIsExecuting] = false;
    return result;
  };

  Module.prototype.load = function load(filename) {
    host.traceModule('load', filename.endsWith('.json') ? 'json' : 'commonjs', filename);
    this.filename = filename;
    this.paths = nodeModulePaths(dirname(filename));
    const dot = filename.lastIndexOf('.');
    const ext = dot > filename.lastIndexOf('/') ? filename.slice(dot) : '.js';
    const loader = Module._extensions[ext === '.cjs' || ext === '.mjs' ? '.js' : ext] || Module._extensions['.js'];
    loader(this, filename);
    this.loaded = true;
  };

  const CircularWarningProxy = new Proxy({}, {
    get(target, prop) {
      if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
      internal.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
      return undefined;
    },
    getOwnPropertyDescriptor(target, prop) {
      if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
        return Object.getOwnPropertyDescriptor(target, prop);
      }
      internal.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
      return undefined;
    },
  });
  function exportsForCircularRequire(module) {
    const e = module.exports;
    if (e && typeof e === 'object' && host.proxyTarget(e) === undefined &&
        Object.getPrototypeOf(e) === Object.prototype && !e.__esModule) {
      Object.setPrototypeOf(e, CircularWarningProxy);
    }
    return e;
  }
  Module._load = function load(request, parent, isMain) {
    const via = requireVia;
    requireVia = 0;
    if (request.startsWith('node:')) {
      if (!isBuiltin(request)) {
        const e = errors.withCode(new Error(`No such built-in module: ${request}`), 'ERR_UNKNOWN_BUILTIN_MODULE');
        withArrow(e, `${LOADER}:1031\n      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);\n      ^\n`);
        throw errors.nodeFrames(e, `Module._load (${LOADER}:1031:13)`, ...viaFrames(via));
      }
      return loadBuiltin(request);
    }
    let filename;
    try {
      filename = Module._resolveFilename(request, parent, isMain);
    } catch (e) {
      throw loaderFrames(e, [`Module._load (${LOADER}:1038:27)`, ...viaFrames(via)]);
    }
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
      if (!cached.loaded) return exportsForCircularRequire(cached);
      return cached.exports;
    }
    if (isBuiltin(filename)) return loadBuiltin(filename);
    const module = new Module(filename, parent);
    if (isMain) {
      internal.process.mainModule = module;
      module.id = '.';
    }
    module[kIsMainSymbol] = isMain === true;
    Module._cache[filename] = module;
    module[kIsCachedByESMLoader] = false;
    if (isMain) {
      // No try/finally around the main module: a rethrow would lose the throw site node prints.
      loadingVia = 0;
      module.load(filename);
      return module.exports;
    }
    let threw = true;
    const outerVia = loadingVia;
    loadingVia = via;
    try {
      module.load(filename);
      threw = false;
    } finally {
      loadingVia = outerVia;
      if (!threw && module.exports && Object.getPrototypeOf(module.exports) === CircularWarningProxy) {
        Object.setPrototypeOf(module.exports, Object.prototype);
      }
      if (threw) {
        delete Module._cache[filename];
        if (parent && parent.children) {
          const i = parent.children.indexOf(module);
          if (i !== -1) parent.children.splice(i, 1);
        }
      }
    }
    return module.exports;
  };
  Module.createRequire = function createRequire(filename) {
    let f;
    if (typeof filename === 'string' && filename.startsWith('file:')) f = internal.modules.url.fileURLToPath(filename);
    else if (typeof filename === 'string' && filename.startsWith('/')) f = filename;
    else if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') f = internal.modules.url.fileURLToPath(filename);
    else {
      const e = new TypeError(`The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${internal.inspect(filename)}`);
      throw errors.withCode(e, 'ERR_INVALID_ARG_VALUE');
    }
    const m = new Module(f, null);
    m.filename = f;
    m.paths = nodeModulePaths(dirname(f));
    return makeRequire(m);
  };
  Module.runMain = function runMain(main) {
    const filename = resolveFilename(internal.pathUtil.abs(main), null, true);
    internal.process.argv[1] = filename;
    Module._load(filename, null, true);
  };

  internal.modules.module = Module;
  internal.hooks.runMain = (entry) => {
    internal.regexpStatics();
    if (host.worker && entry === WORKER_EVAL) return runWorkerEval(entry);
    return Module.runMain(entry);
  };
  // An `eval: true` worker's code: node's evalScript runs it as a script named `[worker eval]`, with
  // CommonJS's variables (`__filename` the name, `__dirname` '.', a require that resolves from the cwd).
  const WORKER_EVAL = '[worker eval]';
  function runWorkerEval(name) {
    const cwd = internal.process.cwd();
    const m = new Module(name, null);
    m.filename = internal.modules.path.join(cwd, name);
    m.path = cwd;
    m.paths = nodeModulePaths(cwd);
    const source = host.sourceText(name);
    const compiled = host.compile(source, name);
    if (compiled[0] === null) throw syntaxError(name, source, compiled[1], compiled[2], compiled[3], compiled[4]);
    return compiled[0].call(m.exports, m.exports, makeRequire(m), m, name, '.');
  }

  // modules_formats.js (run next: require() of ES modules, JSON and addons) and modules_esm.js (which resolves
  // and loads ES modules) use these.
  internal.modulesShared = {
    isBuiltin, loadBuiltin, kindOf, readText, realpath, dirname, resolvePath, readPackage, packageScopeOf,
    warnedTypeless, tryFile, tryExtensions, nodeModulePaths, ESM_CONDITIONS, resolveExports, resolveImports,
    selfScope, resolveFilename, Module, LOADER, viaFrames, loadingVia: () => loadingVia,
  };
})
