//! node's own stack frames that stack.js puts in place of Looplab's: the CommonJS loader's and ES module
//! loader's frames under a module's top level, a worker's entry frames, listener and crypto-job frames, and the
//! frames of runtime functions that stand for one of node's. Data only; node 20.20's line numbers.
(function (internal) {
  'use strict';
  const host = internal.host;
  // Frames the bundled stream code shows on purpose (functions made by indirect eval, see js-vendor/build.mjs
  // emitError), at node's lines.
  const EVAL_FRAMES = {
    emitErrorNT: 'node:internal/streams/destroy:169:8',
    emitErrorCloseNT: 'node:internal/streams/destroy:128:3',
  };
  // Runtime functions that stand for one of node's (a listener node's code adds), shown as that frame.
  const NAMED_FRAMES = {
    __ll_readlineOnerror: '    at onerror (node:internal/readline/interface:242:10)',
    __ll_fsStreamPush: '    at node:internal/fs/streams:289:14',
    __ll_readlineOndata: '    at ReadStream.ondata (node:internal/readline/interface:246:23)',
    __ll_readlineNormalWrite: '    at [_normalWrite] [as _normalWrite] (node:internal/readline/interface:613:22)',
    __ll_readlineOnLine: '    at [_onLine] [as _onLine] (node:internal/readline/interface:419:12)',
    __ll_readlineAnswer: '    at [_onLine] [as _onLine] (node:internal/readline/interface:417:7)',
    __ll_alsRun: '    at AsyncLocalStorage.run (node:async_hooks:346:14)',
    __ll_alsExit: '    at AsyncLocalStorage.exit (node:async_hooks:358:14)',
    __ll_runInAsyncScope: '    at AsyncResource.runInAsyncScope (node:async_hooks:206:9)',
    __ll_boundResource: '    at bound (node:async_hooks:238:16)',
    __ll_finally: '    at <anonymous>',
    __ll_doEmitWarning: '    at doEmitWarning (node:internal/process/warning:94:11)',
    // An event handler property's listener (`port.onmessage = fn`, `signal.onabort = fn`).
    __ll_portEventHandler: '    at MessagePort.eventHandler (node:internal/event_target:1115:12)',
    __ll_signalEventHandler: '    at EventTarget.eventHandler (node:internal/event_target:1115:12)',
  };
  // The frames node's CommonJS loader adds below a module's top level (node 20.20's line numbers): a module
  // that was required, then the entry module run from the command line.
  const LOADER_FRAMES = [
    '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
    '    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)',
    '    at Module.load (node:internal/modules/cjs/loader:1266:32)',
    '    at Module._load (node:internal/modules/cjs/loader:1091:12)',
  ];
  const REQUIRE_FRAMES = LOADER_FRAMES.concat([
    '    at Module.require (node:internal/modules/cjs/loader:1289:19)',
    '    at require (node:internal/modules/helpers:182:18)',
  ]);
  // A worker's script runs from the message that starts its thread (node:internal/main/worker_thread).
  const ENTRY_FRAMES = !host.worker ? LOADER_FRAMES.concat([
    '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)',
    '    at node:internal/main/run_main_module:28:49',
  ]) : [
    LOADER_FRAMES[0],
    '    at Object..js (node:internal/modules/cjs/loader:1623:10)',
    LOADER_FRAMES[2],
    '    at Function._load (node:internal/modules/cjs/loader:1091:12)',
    '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)',
    '    at MessagePort.<anonymous> (node:internal/main/worker_thread:192:26)',
    '    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)',
    '    at MessagePort.<anonymous> (node:internal/per_context/messageport:23:28)',
  ];
  // What runs an `eval: true` worker's code (node:internal/process/execution's evalScript).
  const WORKER_EVAL_FRAMES = [
    '    at runScriptInThisContext (node:internal/vm:209:10)',
    '    at node:internal/process/execution:118:14',
    '    at [worker eval]-wrapper:6:24',
    '    at runScript (node:internal/process/execution:101:62)',
    '    at evalScript (node:internal/process/execution:133:3)',
    '    at MessagePort.<anonymous> (node:internal/main/worker_thread:173:9)',
    '    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)',
    '    at MessagePort.<anonymous> (node:internal/per_context/messageport:23:28)',
  ];
  const REQUIRE_ESM_FRAMES = [
    '    at ModuleJobSync.runSync (node:internal/modules/esm/module_job:437:37)',
    '    at ModuleLoader.importSyncForRequire (node:internal/modules/esm/loader:389:47)',
    '    at loadESMFromCJS (node:internal/modules/cjs/loader:1363:24)',
    '    at Module._compile (node:internal/modules/cjs/loader:1503:5)',
  ].concat(LOADER_FRAMES.slice(1));
  const ESM_FRAMES = [
    '    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)',
    '    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)',
    '    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)',
  ];
  // Between a CommonJS module's loader frames and ESM_FRAMES when an ES module graph imports it.
  const CJS_FROM_ESM_FRAMES = [
    '    at cjsLoader (node:internal/modules/esm/translators:298:15)',
    '    at ModuleWrap.<anonymous> (node:internal/modules/esm/translators:240:7)',
  ];
  const LISTENER_FRAMES = {
    emit: (cls) => `    at ${cls}.emit (node:events:524:28)`,
    emitN: (cls) => `    at ${cls}.emit (node:events:536:35)`,
    once: () => '    at Object.onceWrapper (node:events:638:28)',
    onceN: () => '    at Object.onceWrapper (node:events:639:26)',
    dispatch: (cls) => ['    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)',
      `    at ${cls}.dispatchEvent (node:internal/event_target:766:26)`],
    // A message a MessagePort receives: node's C++ calls the port's per-context `emitMessage`.
    port: (cls) => ['    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)',
      `    at ${cls}.<anonymous> (node:internal/per_context/messageport:23:28)`],
    // A `handleEvent` object: node calls it from the Listener's async `callback`.
    handle: (cls) => ['    at Listener.callback (node:internal/event_target:492:17)',
      '    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)',
      `    at ${cls}.dispatchEvent (node:internal/event_target:766:26)`],
  };
  // A crypto job's completion (crypto.js `__ll_job*`): node calls the user's callback on the job object
  // (`PBKDF2Job.<anonymous>`) from these frames.
  const JOB_FRAMES = {
    __ll_jobPbkdf2: ['PBKDF2Job', '    at job.ondone (node:internal/crypto/pbkdf2:56:12)'],
    __ll_jobScrypt: ['ScryptJob', '    at job.ondone (node:internal/crypto/scrypt:59:12)'],
    __ll_jobHkdf: ['HKDFJob', '    at job.ondone (node:internal/crypto/hkdf:117:5)'],
    __ll_jobRandomBytes: ['RandomBytesJob', '    at RandomBytesJob.<anonymous> (node:internal/crypto/random:113:5)',
      '    at RandomBytesJob.onJobDone (node:internal/crypto/random:308:3)'],
    __ll_jobRandomFill: ['RandomBytesJob', '    at RandomBytesJob.onJobDone (node:internal/crypto/random:308:3)'],
  };
  internal.nodeFrameTables = { EVAL_FRAMES, NAMED_FRAMES, LOADER_FRAMES, REQUIRE_FRAMES, ENTRY_FRAMES,
    WORKER_EVAL_FRAMES, REQUIRE_ESM_FRAMES, ESM_FRAMES, CJS_FROM_ESM_FRAMES, LISTENER_FRAMES, JOB_FRAMES };
})
