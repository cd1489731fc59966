//! How node 20.20 reports an ES module graph that fails to load, parsed on the first such failure: the
//! resolver's ERR_MODULE_NOT_FOUND with node's loader frames and source line, a module's syntax error at its
//! `file://` line, and a missing export named as node does ("The requested module './lib.mjs' does not
//! provide an export named 'x'"), marking the import in the importing module.
(function (internal) {
  'use strict';
  const host = internal.host;
  const at = (s) => `    at ${s}`;
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const RESOLVE_TAIL = [
    at('defaultResolve (node:internal/modules/esm/resolve:1188:11)'),
    at('ModuleLoader.defaultResolve (node:internal/modules/esm/loader:708:12)'),
    at('#cachedDefaultResolve (node:internal/modules/esm/loader:657:25)'),
    at('ModuleLoader.resolve (node:internal/modules/esm/loader:640:38)'),
    at('ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:264:38)'),
  ];
  const STATIC_IMPORT = [at('ModuleJob._link (node:internal/modules/esm/module_job:168:49)')];
  const DYNAMIC_IMPORT = [
    at('ModuleLoader.import (node:internal/modules/esm/loader:605:34)'),
    at('defaultImportModuleDynamicallyForModule (node:internal/modules/esm/utils:221:31)'),
    at('importModuleDynamicallyCallback (node:internal/modules/esm/utils:260:12)'),
  ];
  // (`import()` in a CommonJS script.)
  const DYNAMIC_IMPORT_SCRIPT = [
    DYNAMIC_IMPORT[0],
    at('defaultImportModuleDynamicallyForScript (node:internal/modules/esm/utils:234:31)'),
    at('importModuleDynamicallyCallback (node:internal/modules/esm/utils:256:12)'),
  ];
  // Where node's resolver throws: [frames above RESOLVE_TAIL, the uncaught error's source line].
  const THROWERS = {
    module: [[at('finalizeResolution (node:internal/modules/esm/resolve:283:11)'),
      at('moduleResolve (node:internal/modules/esm/resolve:952:10)')],
    'node:internal/modules/esm/resolve:283\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n'],
    package: [[at('packageResolve (node:internal/modules/esm/resolve:873:9)'),
      at('moduleResolve (node:internal/modules/esm/resolve:946:18)')],
    'node:internal/modules/esm/resolve:873\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n'],
    dir: [[at('finalizeResolution (node:internal/modules/esm/resolve:271:11)'),
      at('moduleResolve (node:internal/modules/esm/resolve:952:10)')],
    'node:internal/modules/esm/resolve:271\n    throw new ERR_UNSUPPORTED_DIR_IMPORT(path, basePath, String(resolved));\n          ^\n'],
    imports: [[at('importNotDefined (node:internal/modules/esm/resolve:309:10)'),
      at('packageImportsResolve (node:internal/modules/esm/resolve:760:9)'),
      at('moduleResolve (node:internal/modules/esm/resolve:936:16)')],
    'node:internal/modules/esm/resolve:309\n  return new ERR_PACKAGE_IMPORT_NOT_DEFINED(\n         ^\n'],
    exports: [[at('exportsNotFound (node:internal/modules/esm/resolve:322:10)'),
      at('packageExportsResolve (node:internal/modules/esm/resolve:670:9)'),
      at('packageResolve (node:internal/modules/esm/resolve:856:14)'),
      at('moduleResolve (node:internal/modules/esm/resolve:946:18)')],
    'node:internal/modules/esm/resolve:322\n  return new ERR_PACKAGE_PATH_NOT_EXPORTED(\n         ^\n'],
  };
  const SYNTAX_FRAMES = [
    at('compileSourceTextModule (node:internal/modules/esm/utils:346:16)'),
    at('ModuleLoader.moduleStrategy (node:internal/modules/esm/translators:146:18)'),
    at('#translate (node:internal/modules/esm/loader:497:12)'),
    at('ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:544:27)'),
  ];
  const LINK = at('async ModuleJob._link (node:internal/modules/esm/module_job:148:19)');
  const INSTANTIATE_FRAMES = [
    at('ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)'),
    at('async ModuleJob.run (node:internal/modules/esm/module_job:320:5)'),
    at('async ModuleLoader.import (node:internal/modules/esm/loader:606:24)'),
    at('async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)'),
  ];

  function limit(lines) {
    const n = Error.stackTraceLimit;
    return typeof n === 'number' ? lines.slice(0, n > 0 ? Math.floor(n) : 0) : lines;
  }
  function setStack(err, frames, arrow) {
    const head = `${err.name}${err.code ? ` [${err.code}]` : ''}: ${err.message}`;
    Object.defineProperty(err, 'stack', {
      value: [head].concat(limit(frames)).join('\n'), writable: true, configurable: true, enumerable: false,
    });
    return arrow === undefined ? err : internal.errors.withArrow(err, arrow);
  }
  // With node's "Did you mean to import" hint added to its message, an error is rethrown from run_main.
  const HINTED_ARROW = 'node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n';
  // ERR_MODULE_NOT_FOUND from the resolver: `kind` is 'module' (a path) or 'package' (a bare name).
  // `dynamic`: the importing module loads it with `import()`; `hinted`: the message carries node's hint.
  internal.esmPlaceResolveError = function esmPlaceResolveError(err, kind, dynamic, hinted) {
    if (kind === 'builtin') {
      // `node:nope`: the builtin translator throws it, after resolution.
      return setStack(err, [at('ModuleLoader.builtinStrategy (node:internal/modules/esm/translators:391:11)'),
        at('#translate (node:internal/modules/esm/loader:497:12)'), at('ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:544:27)')]
        .concat(dynamic ? [LINK] : []), 'node:internal/modules/esm/translators:391\n    throw new ERR_UNKNOWN_BUILTIN_MODULE(url);\n          ^\n');
    }
    const thrower = THROWERS[kind];
    if (!thrower) return err;
    const tail = dynamic === 'script' ? DYNAMIC_IMPORT_SCRIPT : dynamic ? DYNAMIC_IMPORT : STATIC_IMPORT;
    return setStack(err, thrower[0].concat(RESOLVE_TAIL, tail), hinted ? HINTED_ARROW : thrower[1]);
  };

  // ERR_UNKNOWN_FILE_EXTENSION (`import './notes.txt'`): thrown by the loader's format lookup, with
  // ModuleJob._link under it for a file `import()` loads.
  internal.esmPlaceFormatError = function esmPlaceFormatError(err, dynamic) {
    return setStack(err, [at('Object.getFileProtocolModuleFormat [as file:] (node:internal/modules/esm/get_format:189:9)'),
      at('defaultGetFormat (node:internal/modules/esm/get_format:232:36)'), at('defaultLoad (node:internal/modules/esm/load:145:22)'),
      at('async ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:543:45)')].concat(dynamic ? [LINK] : []),
    'node:internal/modules/esm/get_format:189\n  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filepath);\n        ^\n');
  };

  // A module that does not parse: node's frames end in ModuleJob._link for the entry point and for anything
  // loaded through `import()`, not for the entry's static imports.
  internal.esmSyntaxErrorImpl = function esmSyntaxError(file, text, line, column, length, parent, src) {
    const message = internal.v8RegexpSyntax ? internal.v8RegexpSyntax(text) : text;
    const err = new SyntaxError(message);
    const frames = parent === '' || internal.esmDynamicFiles.has(file) ? SYNTAX_FRAMES.concat([LINK]) : SYNTAX_FRAMES;
    const url = internal.hooks.pathToFileURLHref(file);
    const mark = length < 0 ? '' : `${internal.caretPad(src, Math.max(0, column - 1))}${'^'.repeat(length)}\n`;
    const arrow = line > 0 && src !== undefined ? `${url}:${line}\n${src}\n${mark}` : `${url}\n`;
    return setStack(err, frames, arrow);
  };

  // Boa's "could not find export `x`" at link time: find the import of `x` in the graph's sources.
  // `dynamic`: the module was loaded by `import()` (node's frames stop at ModuleLoader.import).
  internal.esmLinkErrorImpl = function esmLinkError(err, dynamic) {
    let m;
    let ambiguous;
    try {
      m = err instanceof SyntaxError && /^could not find export `(.*)`$/.exec(err.message);
      ambiguous = err instanceof SyntaxError && /^could not resolve ambiguous export `(.*)`$/.exec(err.message);
    } catch { return err; }
    if (ambiguous) m = ambiguous;
    if (!m) return err;
    const name = m[1];
    const found = findImport(name);
    const spec = found ? found.spec : '<unknown>';
    let message = ambiguous ? `The requested module '${spec}' contains conflicting star exports for name '${name}'`
      : `The requested module '${spec}' does not provide an export named '${name}'`;
    // node's hint when the module is CommonJS (lib/internal/modules/esm/module_job.js), built from the
    // import's source line.
    let format;
    try { format = found ? internal.hooks.esmResolve(spec, found.file).format : undefined; } catch { format = undefined; }
    if (format === 'commonjs' && !ambiguous) {
      const named = /{.*}/.exec(found.src);
      const destructuring = named && named[0].replace(/\s+as\s+/g, ': ');
      message = `Named export '${name}' not found. The requested module '${spec}' is a CommonJS module, which may not support all module.exports as named exports.\n` +
        `CommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '${spec}';\n${destructuring ? `const ${destructuring} = pkg;\n` : ''}`;
    }
    Object.defineProperty(err, 'message', { value: message, writable: true, configurable: true, enumerable: false });
    // Node prints this one's source line with no blank line after the mark.
    const arrow = found ? `${internal.hooks.pathToFileURLHref(found.file)}:${found.line}\n${found.src}\n${internal.caretPad(found.src, found.col)}${'^'.repeat(found.len)}` : undefined;
    return setStack(err, dynamic ? INSTANTIATE_FRAMES.slice(0, 3) : INSTANTIATE_FRAMES, arrow);
  };
  function findImport(name) {
    for (const file of internal.esmFiles) {
      const text = host.sourceText(file);
      if (typeof text !== 'string') continue;
      const re = /\bimport\s+([\w$]+\s*,?\s*)?(\{[^}]*\})?\s*from\s*(['"])([^'"]+)\3/g;
      let im;
      while ((im = re.exec(text)) !== null) {
        let offset = -1;
        let len = name.length;
        if (name === 'default' && im[1] && /^[\w$]+/.test(im[1])) {
          offset = im.index + im[0].indexOf(im[1]);
          len = /^[\w$]+/.exec(im[1])[0].length;
        } else if (im[2]) {
          const inner = new RegExp(`(^|[{,\\s])(${escape(name)})(?=\\s*(,|}|\\bas\\b))`).exec(im[2]);
          if (inner) offset = im.index + im[0].indexOf(im[2]) + inner.index + inner[1].length;
        }
        if (offset < 0) continue;
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const col = offset - (before.lastIndexOf('\n') + 1);
        return { file, spec: im[4], line, col, len, src: text.split('\n')[line - 1] };
      }
    }
    return null;
  }
  // node's validateAttributes (lib/internal/modules/esm/assert.js): which check failed, with its frames and line.
  const ASSERT = 'node:internal/modules/esm/assert';
  internal.esmAttributeError = function esmAttributeError(found, type, expected, otherKey, otherValue, dynamic) {
    const url = found.format === 'builtin' ? found.url : internal.hooks.pathToFileURLHref(found.url);
    let err;
    let top;
    let arrow;
    if (otherKey !== undefined) {
      err = new TypeError(`Import attribute "${otherKey}" with value "${otherValue}" is not supported`);
      internal.errors.withCode(err, 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED');
      top = [at(`validateAttributes (${ASSERT}:61:13)`)];
      arrow = `${ASSERT}:61\n      throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(keys[i], importAttributes[keys[i]]);\n            ^\n`;
    } else if (type === undefined) {
      err = new TypeError(`Module "${url}" needs an import attribute of type "${expected}"`);
      internal.errors.withCode(err, 'ERR_IMPORT_ASSERTION_TYPE_MISSING');
      top = [at(`validateAttributes (${ASSERT}:89:15)`)];
      arrow = `${ASSERT}:89\n        throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, validType);\n              ^\n`;
    } else if (type !== 'json') {
      err = new TypeError(`Import attribute type "${type}" is unsupported`);
      internal.errors.withCode(err, 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED');
      top = [at(`handleInvalidType (${ASSERT}:106:11)`), at(`validateAttributes (${ASSERT}:${expected ? 91 : 78}:14)`)];
      arrow = `${ASSERT}:106\n    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);\n          ^\n`;
    } else {
      err = new TypeError(`Module "${url}" is not of type "${type}"`);
      internal.errors.withCode(err, 'ERR_IMPORT_ASSERTION_TYPE_FAILED');
      top = [at(`handleInvalidType (${ASSERT}:110:9)`), at(`validateAttributes (${ASSERT}:78:14)`)];
      arrow = `${ASSERT}:110\n  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);\n        ^\n`;
    }
    // Built-ins and CommonJS load synchronously in node's loader; other formats after reading the file.
    const sync = found.format === 'builtin' || found.format === 'commonjs';
    const tail = sync ? [at('defaultLoad (node:internal/modules/esm/load:155:3)'), at('ModuleLoader.load (node:internal/modules/esm/loader:724:12)'),
      at('ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:543:56)'), at('#createModuleJob (node:internal/modules/esm/loader:567:36)'),
      at('#getJobFromResolveResult (node:internal/modules/esm/loader:297:34)'), at('ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:265:41)')]
      : [at('defaultLoad (node:internal/modules/esm/load:155:3)'), at('async ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:543:45)')]
        .concat(dynamic ? [LINK] : []);
    return setStack(err, top.concat(tail), arrow);
  };
})
