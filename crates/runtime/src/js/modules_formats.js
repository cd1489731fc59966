//! require() of an ES module (node 20.19's loadESMFromCJS), of JSON and of native addons (split out of modules.js
//! for size; it runs right after modules.js and takes the loader's parts from internal.modulesShared).
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const kArrow = internal.kArrow;
  const withArrow = internal.errors.withArrow;
  const { Module, LOADER, viaFrames, loadingVia, readText } = internal.modulesShared;

  // node 20.19's require(esm) (lib/internal/modules/cjs/loader.js loadESMFromCJS): the graph runs at once;
  // `module.exports` is the namespace, its 'module.exports' export, or, for a default export without
  // `__esModule`, node's facade namespace that adds `__esModule: true`.
  function loadEsmFromCjs(module, filename) {
    const parent = module.parent && module.parent.filename;
    let probe;
    try {
      probe = host.requireEsm(filename, false);
    } catch (e) {
      // The graph's evaluation failed: V8 shows where the error was made, as for a rejected evaluation.
      if (e instanceof Error && !e[kArrow] && internal.evaluationArrow) withArrow(e, internal.evaluationArrow(e));
      internal.lastThrow = null;
      throw e;
    }
    if (probe === null) {
      const e = new Error('require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.' +
        `${parent ? `\n  From ${parent} ` : ''}\n  Requiring ${filename} `);
      errors.withCode(e, 'ERR_REQUIRE_ASYNC_MODULE');
      withArrow(e, 'node:internal/modules/esm/module_job:433\n      throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);\n      ^\n');
      throw errors.nodeFrames(e, 'ModuleJobSync.runSync (node:internal/modules/esm/module_job:433:13)',
        'ModuleLoader.importSyncForRequire (node:internal/modules/esm/loader:389:47)', `loadESMFromCJS (${LOADER}:1363:24)`,
        `Module._compile (${LOADER}:1503:5)`, `Module._extensions..js (${LOADER}:1623:10)`, `Module.load (${LOADER}:1266:32)`,
        `Module._load (${LOADER}:1091:12)`, ...viaFrames(loadingVia()));
    }
    const has = (k) => Object.prototype.hasOwnProperty.call(probe, k);
    if (has('module.exports')) module.exports = probe['module.exports'];
    else if (!has('default') || has('__esModule')) module.exports = probe;
    else module.exports = host.requireEsm(filename, true);
  }

  Module._extensions['.json'] = function (module, filename) {
    let text = readText(filename);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    try {
      module.exports = JSON.parse(text);
    } catch (err) {
      err.message = filename + ': ' + err.message;
      // node's frames: JSON.parse is `parse` there, then the loader's, then the caller's.
      try {
        // The header (the old message may span lines: a JSON excerpt with a newline) becomes the new message.
        const lines = String(err.stack).split('\n').filter((l) => !l.startsWith('    at JSON.parse ('));
        const k = lines.findIndex((l) => l.startsWith('    at '));
        lines.splice(0, k < 0 ? lines.length : k, `${err.name}: ${err.message}`);
        internal.setStack(err, lines.join('\n'));
        errors.nodeFrames(err, 'parse (<anonymous>)', `Module._extensions..json (${LOADER}:1641:39)`,
          `Module.load (${LOADER}:1266:32)`, `Module._load (${LOADER}:1091:12)`, ...viaFrames(loadingVia()));
        withArrow(err, `${LOADER}:1644\n    throw err;\n    ^\n`);
      } catch { /* a frozen error keeps its stack */ }
      throw err;
    }
  };
  Module._extensions['.node'] = function (module, filename) {
    const e = new Error(`Looplab cannot load native addons: ${filename}`);
    throw errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
  };

  internal.modulesShared.loadEsmFromCjs = loadEsmFromCjs;
})
