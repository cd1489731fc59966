//! Error stacks as V8 and node print them: `Error.prototype.stack` (a lazy getter mapping Boa's frames to
//! node's: the CommonJS wrapper line removed, Looplab's own frames hidden, node's loader, timer and listener
//! frames added), the own `stack` V8 gives a new error, `Error.captureStackTrace` and `stackTraceLimit`.
//! The second bootstrap module (after its frame tables, stack_frames_node.js): everything after it may read stacks.
(function (internal) {
  'use strict';
  const host = internal.host;
  const { EVAL_FRAMES, NAMED_FRAMES, LOADER_FRAMES, REQUIRE_FRAMES, ENTRY_FRAMES,
    WORKER_EVAL_FRAMES, REQUIRE_ESM_FRAMES, ESM_FRAMES, CJS_FROM_ESM_FRAMES, LISTENER_FRAMES, JOB_FRAMES } = internal.nodeFrameTables;
  // V8-style stacks: "Name: message" then frames; wrapper line removed, Looplab's own frames hidden.
  const stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  const origStack = stackDesc && stackDesc.get;
  internal.origErrorStack = origStack;
  // LOOPLAB_DEBUG_STACKS=1 in the scenario's env keeps Looplab's own frames in error stacks.
  const debugStacks = host.env.LOOPLAB_DEBUG_STACKS === '1';
  // Boa places a call at its `(`; V8 at the callee's name (the property of `a.b.c()`). Frames and the fatal
  // error's caret use this column.
  // Stack formatting runs these on every frame: compiled once (Boa compiles a regex literal each time it runs).
  const RE_ID_CHAR = /[\w$]/;
  const RE_ID_START = /[A-Za-z_$]/;
  const RE_FRAME_NAMED = /^ {4}at (.*?) \((.*)\)$/;
  const RE_FILE_LINE_COL = /^(.*):(\d+):(\d+)$/;
  const RE_FILE_UNPLACED = /^(.*):\?:\?$/;
  const RE_URL_LINE_COL = /^(?:file:\/\/)?(.*):(\d+):(\d+)$/;
  const RE_FRAME_PARTS = /^ {4}at (?:(.*?) \()?([^()]*):(\d+):(\d+)\)?$/;
  const RE_IDENTIFIER = /^[\w$]+$/;
  // A mapped frame's position: [prefix up to the file, file, line, column, closing].
  const RE_FRAME_POS = /^( {4}at (?:.*? \()?(?:file:\/\/)?)([^()]*?):(\d+):(\d+)(\)?)$/;
  const RE_FRAME_TRAMPOLINE = /^ {4}at (__ll_\w+) \(/;
  const RE_FRAME_CALL_APPLY = /^ {4}at (?:call|apply) \(native\)$/;
  const RE_FRAME_ANY = /^ {4}at (?:(.*?) \()?(.*?)\)?$/;
  const RE_MICROTASK_DRAIN = /^__ll_(runMicrotasks|rnt)/;
  const RE_FRAME_DRAIN_SITE = /^ {4}at (__ll_in(?:List|Timers|Immediate)) \(/;
  const RE_FRAME_TICKS = /^ {4}at process\.processTicksAndRejections (\(.*\))$/;
  const RE_FRAME_LISTENER = /^ {4}at __ll_(emit|emitN|once|onceN|dispatch|handle|port)\$([\w$]+) \(/;
  const RE_NEW_PREFIX = /^new /;
  const RE_FRAME_ESM_TOP = /^ {4}at file:\/\/[^()]*:(\d+:\d+|\?:\?)$/;
  const RE_FRAME_LOOPLAB = /^ {4}at __ll_/;
  // A finally block the instrumentation runs in an arrow of its own (instrument/try_finally.rs).
  const RE_FRAME_FIN = /^ {4}at __ll_fin \(/;
  const RE_FRAME_ESM_POS = /^ {4}at file:\/\/(.*):(\d+):(\d+)$/;
  const RE_MEMBER_ASSIGN = /^(?:new\s+)?(?:[A-Za-z_$][\w$]*|\[[^\]]*\])(?:\s*(?:\??\.\s*#?[A-Za-z_$][\w$]*|\[[^\]]*\]|\([^()]*\)))+\s*((?:[-+*\/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)?=)(?![=>])/;
  const RE_FOR_OF_HEAD = /\bfor\s*(?:await\s*)?\(\s*(?:(?:const|let|var)\s+)?([\w$]+|\[[^\]]*\]|\{[^}]*\})\s+of\b/g;
  internal.calleeColumn = function calleeColumn(file, line, column) {
    const src = host.sourceLine(file, line);
    if (src === undefined) return column;
    // A for-of / for-await loop's implicit `next()` calls: Boa places them in the loop's head, V8 at its binding.
    RE_FOR_OF_HEAD.lastIndex = 0;
    // (A `for await` loop's at the start of its iterable.)
    for (let m; (m = RE_FOR_OF_HEAD.exec(src)) !== null && m.index < column;) {
      const end = m.index + m[0].length;
      if (column - 1 < end || column - 1 === end + /^\s*/.exec(src.slice(end))[0].length) return m.index + m[0].replace(/\s+of$/, '').length - m[1].length + 1;
    }
    // Boa places a member assignment (a setter's caller, an invalid `arr.length = -1`) at its target; V8 at
    // the operator.
    if (src[column - 1] !== '(') {
      const m = (RE_ID_START.test(src[column - 1] || '') || src[column - 1] === '[') && !RE_ID_CHAR.test(src[column - 2] || '') ? RE_MEMBER_ASSIGN.exec(src.slice(column - 1)) : null;
      return m ? column + m[0].length - m[1].length : column;
    }
    let i = column - 2;
    while (i >= 0 && (src[i] === ' ' || src[i] === '\t')) i--;
    let start = i + 1;
    while (start > 0 && RE_ID_CHAR.test(src[start - 1])) start--;
    if (start > i || !RE_ID_START.test(src[start])) return column;
    // V8 places a call of a keyword-named method (`exporter.export()`, `map.delete()`) or of a private one
    // (`this.#check()`) at its `(`.
    return V8_KEYWORDS.has(src.slice(start, i + 1)) || src[start - 1] === '#' ? column : start + 1;
  };
  const V8_KEYWORDS = new Set(('break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return switch this throw true try typeof var void while with').split(' '));
  const STREAM_VENDOR = 'node:internal/looplab/streams-vendor.js:';
  const RE_PIPE_ONERROR = /^onerror\$([\w$]+)$/;
  // Method frame names from receivers (stack_receivers.js, loaded after stack_places.js).
  const UNKNOWN = Symbol('unknown receiver');
  internal.UNKNOWN_RECEIVER = UNKNOWN;
  const receivers = () => internal.stackReceivers;
  internal.mapFrame = (line) => mapFrame(line);
  function mapFrame(line) { return mapFrameAs(line, UNKNOWN, null); }
  // `recv`: the frame's receiver (undefined for a call without one), or UNKNOWN; `hit.byReceiver` is set when
  // the name came from it.
  function mapFrameAs(line, recv, hit) {
    const m = RE_FRAME_NAMED.exec(line);
    if (!m) return line;
    let [, name, where] = m;
    if (!debugStacks && where.startsWith('eval at ') && Object.prototype.hasOwnProperty.call(EVAL_FRAMES, name)) {
      return `    at ${name} (${EVAL_FRAMES[name]})`;
    }
    // A pipe's `onerror` listener re-emitting its destination's error, one such function per class (V8 names
    // the frame after the destination, its receiver).
    const piped = !debugStacks && where.startsWith('eval at ') && RE_PIPE_ONERROR.exec(name);
    if (piped) return `    at ${piped[1]}.onerror (node:internal/streams/readable:1028:14)`;
    if (!debugStacks && Object.prototype.hasOwnProperty.call(NAMED_FRAMES, name)) return NAMED_FRAMES[name];
    // A call inside the bundled readable-stream: node's frame for the same call (js-vendor/stream-frames.mjs).
    // (Its columns as built: a traced run rewrites the bundle for call spans.)
    const vpos = !debugStacks && internal.streamNodeFrames && where.startsWith(STREAM_VENDOR) && /^(\d+):(\d+)$/.exec(where.slice(STREAM_VENDOR.length));
    const vendor = vpos && internal.streamNodeFrames[`${vpos[1]}:${host.originalColumn(where.slice(0, STREAM_VENDOR.length - 1), +vpos[1], +vpos[2])}`];
    if (vendor) return `    at ${vendor}`;
    if (!debugStacks && (where.startsWith('node:internal/looplab') || where.startsWith('native') || where === 'native')) return null;
    const pm = RE_FILE_LINE_COL.exec(where);
    if (pm && !pm[1].startsWith('node:')) {
      const esm = internal.esmFiles.has(pm[1]);
      const ln = Number(pm[2]) - (esm ? 0 : 1);
      where = `${esm ? 'file://' : ''}${pm[1]}:${ln}:${internal.calleeColumn(pm[1], ln, host.originalColumn(pm[1], Number(pm[2]), Number(pm[3])))}`;
    }
    // No position kept (an undeclared name at a module's top level): withReferenceLoc places it later.
    const unplaced = !pm && RE_FILE_UNPLACED.exec(where);
    if (unplaced && internal.esmFiles.has(unplaced[1])) where = `file://${where}`;
    // A class constructor's frame is `new X` however it was reached; an implicit one (`class B extends A {}`),
    // which Boa keeps no position for, sits at its `class` keyword.
    if (!debugStacks && pm && !pm[1].startsWith('node:') && internal.constructorAt) {
      const m = RE_URL_LINE_COL.exec(where);
      const ctor = m && internal.constructorAt(m[1], +m[2], +m[3]);
      if (ctor) {
        if (ctor.at) where = `${where.slice(0, where.length - `${m[2]}:${m[3]}`.length)}${ctor.at[0]}:${ctor.at[1]}`;
        return `    at new ${ctor.cls} (${where})`;
      }
    }
    if (!debugStacks && unplaced && RE_IDENTIFIER.test(name) && internal.implicitConstructorAt) {
      const at = internal.implicitConstructorAt(unplaced[1], name);
      if (at) return `    at new ${name} (${where.slice(0, -3)}${at[0]}:${at[1]})`;
    }
    if (recv !== UNKNOWN && pm && !pm[1].startsWith('node:')) {
      const m = RE_URL_LINE_COL.exec(where);
      const label = m && receivers() && receivers().label(name, recv, m[1], +m[2], +m[3]);
      if (label) {
        if (hit) hit.byReceiver = true;
        return `    at ${label} (${where})`;
      }
    }
    // An eval worker's script (node's vm script, not a CommonJS wrapper): no function name.
    if (name === '__looplab_main__' && where.startsWith('[worker eval]:')) return `    at ${where}`;
    if (name === '__looplab_main__') name = 'Object.<anonymous>';
    // Boa names no class method: V8's `Class.method`, read from the source.
    if ((name === '' || name === '<main>') && pm && !pm[1].startsWith('node:') && internal.methodFrameName) {
      const m = RE_URL_LINE_COL.exec(where);
      const label = m && internal.methodFrameName(m[1], +m[2], +m[3]);
      if (label) return `    at ${label} (${where})`;
      // An anonymous arrow (no receiver of its own) assigned to a member: V8's inferred `exports.get`.
      const member = m && receivers() && receivers().memberName(m[1], +m[2], +m[3]);
      if (member) return `    at ${member} (${where})`;
    }
    if (name === '<main>' || name === '') return `    at ${where}`;
    return `    at ${name} (${where})`;
  }
  const RE_FRAME_PLAIN_NAME = /^ {4}at ([A-Za-z_$][\w$]*) \((.*)\)$/;
  function arrowMethodFrame(mapped, callerRaw) {
    const m = RE_FRAME_PLAIN_NAME.exec(mapped);
    const at = m && RE_URL_LINE_COL.exec(m[2]);
    if (!at || at[1].startsWith('node:') || !receivers()) return null;
    // (No caller of user code: an async arrow resumed by its await.)
    const caller = callerRaw === undefined ? null : mapFrame(callerRaw);
    if (caller === null) {
      const resumed = receivers().arrowMethodLabel(m[1], at[1], +at[2], +at[3], '', true);
      return resumed ? `    at ${resumed} (${m[2]})` : null;
    }
    const cpos = RE_FRAME_POS.exec(caller);
    const callerSrc = cpos && !cpos[2].startsWith('node:') && host.sourceLine(cpos[2], +cpos[3]);
    if (typeof callerSrc !== 'string') return null;
    const label = receivers().arrowMethodLabel(m[1], at[1], +at[2], +at[3], callerSrc);
    return label ? `    at ${label} (${m[2]})` : null;
  }
  const RE_FRAME_JOB = /^ {4}at (__ll_job\w+) \(/;
  // V8 names a frame after how it was called: `Object.run` for `obj.run()` on a plain object, `new K` for
  // `new K()`. Boa gives the bare name; the caller's frame points at the call, so read it from the source.
  // User code right above the builtin `next`/`return`/`throw` is a generator's body.
  const RE_GENERATOR_RESUME = /^ {4}at (next|return|throw) \(native\)$/;
  const RE_ITERATOR_METHOD = /^ {4}at (?:[\w$.]+\.)?(?:next|\[Symbol\.(?:asyncIterator|iterator)\]) \(/;
  function generatorFrames(mapped) {
    const m = RE_FRAME_NAMED.exec(mapped);
    const where = m ? m[2] : mapped.slice(7);
    const label = m ? m[1].replace(/ \[as [^\]]*\]$/, '') : '';
    const name = label.slice(label.lastIndexOf('.') + 1);
    if (!RE_IDENTIFIER.test(name)) return [mapped, '    at Generator.next (<anonymous>)'];
    const pos = RE_URL_LINE_COL.exec(where);
    const method = pos && internal.methodFrameName ? internal.methodFrameName(pos[1], +pos[2], +pos[3]) : null;
    // A generator method of a class is `Class.m`, of an object literal `Object.m`; a generator function is bare.
    let shown = name;
    if (method) shown = method;
    else if (pos && generatorMethodAt(pos[1], name)) shown = `Object.${name}`;
    return [`    at ${shown} (${where})`, `    at ${name}.next (<anonymous>)`];
  }
  // Whether `file` defines `name` as a generator method (`*name(`) rather than with `function*`.
  function generatorMethodAt(file, name) {
    const text = host.sourceText(file);
    if (typeof text !== 'string') return false;
    const esc = name.replace(/\$/g, '\\$');
    return new RegExp(`(^|[{,;\\s])(async\\s+)?\\*\\s*${esc}\\s*\\(`).test(text) && !new RegExp(`function\\s*\\*\\s*${esc}\\b`).test(text);
  }
  // node's frames under a module graph's evaluation: its entry point's, or for a graph an `import()` loads, the
  // async functions awaiting the call (modules_esm.js `esmImportTail`).
  function esmFrames(file) {
    const tail = file !== undefined && internal.esmImportTail ? internal.esmImportTail(file) : undefined;
    return tail === undefined ? ESM_FRAMES : ESM_FRAMES.slice(0, 2).concat(tail);
  }
  function mapFrames(raw, unlimited = false, table = null, err = null) {
    // After a CommonJS module's top-level frame (raw[i]), Looplab's loader frames follow (hidden): node's own
    // go to `out` instead. Returns the index of the last frame used.
    const loaderFramesAfter = (i) => {
      if (debugStacks || !raw[i].startsWith('    at __looplab_main__ (')) return i;
      let j = i + 1;
      let entry = false;
      let evalEntry = false;
      let fromEsm = false;
      while (j < raw.length && mapFrame(raw[j]) === null) {
        if (raw[j].startsWith('    at runMain (')) entry = true;
        if (raw[j].startsWith('    at runWorkerEval (')) evalEntry = true;
        if (raw[j].startsWith('    at esmCjsLoad (')) fromEsm = true;
        j++;
      }
      if (fromEsm) {
        // A CommonJS module an ES module graph imports: node's ESM translator loads it, from the graph's job.
        const cjs = /\((.*):\d+:\d+\)$/.exec(raw[i]);
        out.push(...LOADER_FRAMES, ...CJS_FROM_ESM_FRAMES, ...esmFrames(cjs ? cjs[1] : undefined));
        while (j < raw.length && raw[j].startsWith('    at <synthetic> (')) j++;
        return j - 1;
      }
      if (evalEntry) out.push(...WORKER_EVAL_FRAMES);
      else if (entry) out.push(...ENTRY_FRAMES);
      else if (j < raw.length) out.push(...REQUIRE_FRAMES);
      return j - 1;
    };
    const out = [];
    const recvs = debugStacks || !receivers() ? null : receivers().frames(raw, table);
    // Frames named from their receiver: the source-based naming below leaves them alone.
    const named = new Set();
    // The position of a finally block's arrow frame, which the enclosing function's frame below takes.
    let fin = null;
    for (let i = 0; i < raw.length; i++) {
      if (!debugStacks && RE_FRAME_FIN.test(raw[i])) {
        fin = RE_FRAME_POS.exec(mapFrame(raw[i]) || '');
        continue;
      }
      // Frames made from Boa's native and eval frames (frames.js).
      const made = !debugStacks && internal.madeFrames;
      const builtin = made && (made.nativeCaller(raw, i) || made.evalFrame(raw, i));
      if (builtin) {
        out.push(builtin);
        continue;
      }
      const queued = !debugStacks && RE_FRAME_TRAMPOLINE.exec(raw[i]);
      const how = queued && internal.queueFrames && internal.queueFrames[queued[1]];
      if (how) {
        // The callback is the frame just above, if it is user code: `Timeout._onTimeout` when anonymous,
        // `Timeout.name [as _onTimeout]` otherwise.
        const [owner, prop, frames, goOn] = how;
        let k = i - 1;
        // (A port's `on('message')` listener is called by message_port.js's wrapper, which shows no frame.)
        while (k >= 0 && (RE_FRAME_CALL_APPLY.test(raw[k]) || (how === 'port' && mapFrame(raw[k]) === null))) k--;
        const above = k >= 0 ? mapFrame(raw[k]) : null;
        if (owner && above !== null && out.length && out[out.length - 1] === above) {
          const m = RE_FRAME_ANY.exec(above);
          let name = m && m[1] && m[1] !== 'Object.<anonymous>' ? m[1] : '';
          // A dotted name is V8's inferred one (`o.tick`), shown without the owner's type; else it is a method's
          // receiver type and name (`Lift.report`), and the callback's receiver is the owner.
          const pos = name.includes('.') && RE_URL_LINE_COL.exec(m[2]);
          const dotted = pos && receivers() && receivers().dottedName(pos[1], +pos[2], +pos[3]) === name;
          if (name.includes('.') && !dotted && !RE_NEW_PREFIX.test(name)) name = name.slice(name.lastIndexOf('.') + 1);
          const detached = internal.queuedDetached && internal.queuedDetached(owner);
          const label = detached ? `${dotted ? '' : `${owner}.`}${name || '<anonymous>'}`
            : name ? `${dotted ? '' : `${owner}.`}${name} [as ${prop}]` : `${owner}.${prop}`;
          if (m) out[out.length - 1] = `    at ${label} (${m[2]})`;
        }
        // An error the engine made in a microtask, with no frame of code above, has none (node's too).
        if (!RE_MICROTASK_DRAIN.test(queued[1]) || out.length > 0) out.push(...frames);
        if (goOn) continue;
        break;
      }
      const site = !debugStacks && RE_FRAME_DRAIN_SITE.exec(raw[i]);
      if (site && internal.drainSites) {
        // processTicksAndRejections() called by runNextTicks() in node's timer code: a plain call there.
        const last = out.length - 1;
        const ticks = last >= 0 && RE_FRAME_TICKS.exec(out[last]);
        if (ticks) out.splice(last, 1, `    at processTicksAndRejections ${ticks[1]}`, '    at runNextTicks (node:internal/process/task_queues:64:3)');
        if (out.length) out.push(...internal.drainSites[site[1]]);
        continue;
      }
      const jobAt = !debugStacks && RE_FRAME_JOB.exec(raw[i]);
      const job = jobAt && JOB_FRAMES[jobAt[1]];
      const listener = job ? [null, 'job', job[0]] : !debugStacks && RE_FRAME_LISTENER.exec(raw[i]);
      if (listener) {
        // A listener's frame (the user code just above) is named after the emitter's class, then node's emit
        // or once-wrapper frame.
        const [, how, cls] = listener;
        let k = i - 1;
        // (A port's `on('message')` listener is called by message_port.js's wrapper, which shows no frame.)
        while (k >= 0 && (RE_FRAME_CALL_APPLY.test(raw[k]) || (how === 'port' && mapFrame(raw[k]) === null))) k--;
        const above = k >= 0 ? mapFrame(raw[k]) : null;
        // (A `handleEvent` method keeps its own receiver's name: the listener object, not the target.)
        if (how !== 'handle' && above !== null && out.length && out[out.length - 1] === above) {
          const m = RE_FRAME_ANY.exec(above);
          const pos = m && m[1] && m[1].includes('.') && RE_URL_LINE_COL.exec(m[2]);
          const dotted = pos && receivers() && receivers().dottedName(pos[1], +pos[2], +pos[3]) === m[1];
          if (m && !dotted && !RE_NEW_PREFIX.test(m[1] || '')) {
            const name = m[1] ? m[1].slice(m[1].lastIndexOf('.') + 1) : '<anonymous>';
            out[out.length - 1] = `    at ${cls}.${name} (${m[2]})`;
          }
        }
        out.push(...(job ? job.slice(1) : [].concat(LISTENER_FRAMES[how](cls))));
        continue;
      }
      const hit = { byReceiver: false };
      const mapped = mapFrameAs(raw[i], recvs ? recvs[i] : UNKNOWN, hit);
      // A generator's body, resumed by its `next()`: V8 names the frame as the generator function was called
      // and lists the builtin `next` below it (`at g (...)`, `at g.next (<anonymous>)`).
      const gen = !debugStacks && mapped !== null && RE_GENERATOR_RESUME.test(raw[i + 1] || '') && generatorFrames(mapped);
      if (gen) {
        named.add(out.length);
        out.push(...gen);
        continue;
      }
      // The caller of a generator's or iterator's `next()` that Boa places at its function's start: a for-of
      // loop or a spread there, as V8 places it.
      // (Also the caller of a user-written `[Symbol.iterator]()` or `next()` that threw.)
      if (!debugStacks && mapped !== null && i > 0 && (RE_GENERATOR_RESUME.test(raw[i - 1]) || RE_ITERATOR_METHOD.test(out[out.length - 1] || '')) && internal.iterationSite) {
        const pos = RE_FRAME_POS.exec(mapped);
        const resumed = /^ {4}at ([\w$]+)\.next \(<anonymous>\)$/.exec(out[out.length - 1] || '');
        const iteratorCall = /^ {4}at (?:[\w$.]+\.)?\[Symbol\.(?:asyncIterator|iterator)\] \(/.test(out[out.length - 1] || '');
        const site = pos && internal.iterationSite(pos[2], +pos[3], +pos[4], resumed ? resumed[1] : undefined, err, iteratorCall);
        if (site) {
          out.push(`${pos[1]}${pos[2]}:${site[0]}:${site[1]}${pos[5]}`);
          i = loaderFramesAfter(i);
          continue;
        }
      }
      // The caller of a getter that a destructuring pattern ran, which Boa places at its function's start.
      if (!debugStacks && mapped !== null && out.length && internal.getterSite) {
        const g = /^ {4}at (?:[\w$.]+\.)?get ([\w$]+)(?: \[as ([\w$]+)\])? \(/.exec(out[out.length - 1]);
        const pos = g && RE_FRAME_POS.exec(mapped);
        const site = pos && internal.getterSite(pos[2], +pos[3], +pos[4], g[2] || g[1]);
        if (site) {
          out.push(`${pos[1]}${pos[2]}:${site[0]}:${site[1]}${pos[5]}`);
          i = loaderFramesAfter(i);
          continue;
        }
      }
      // The bundled stream code's emitErrorNT/emitErrorCloseNT under the eval'd ones that stand for them.
      if (mapped !== null && mapped === out[out.length - 1] && raw[i].includes(STREAM_VENDOR)) continue;
      // An arrow called as a method from user code: V8 names it after the object it was called on.
      if (!debugStacks && mapped !== null && !hit.byReceiver && (!recvs || recvs[i] === UNKNOWN)) {
        const arrow = arrowMethodFrame(mapped, raw[i + 1]);
        if (arrow !== null) {
          out.push(arrow);
          continue;
        }
      }
      if (mapped !== null) {
        if (hit.byReceiver) named.add(out.length);
        const pos = fin && RE_FRAME_POS.exec(mapped);
        out.push(pos ? `${pos[1]}${fin[2]}:${fin[3]}:${fin[4]}${pos[5]}` : mapped);
        fin = null;
      }
      // An ES module's top level (which the engine's evaluation calls: a hidden frame under it, where a
      // microtask's anonymous callback has none): node evaluates the module graph from its ESM loader.
      if (!debugStacks && mapped !== null && RE_FRAME_ESM_TOP.test(mapped) && raw.length > i + 1 && raw.slice(i + 1).every((l) => mapFrame(l) === null && !RE_FRAME_LOOPLAB.test(l))) {
        // ... until it resumes from a top-level await: then its frame stands alone.
        const pos = RE_FRAME_ESM_POS.exec(mapped);
        const first = pos && internal.firstTopLevelAwait ? internal.firstTopLevelAwait(pos[1]) : null;
        if (!first || +pos[2] < first.endLine || (+pos[2] === first.endLine && +pos[3] <= first.endCol)) out.push(...esmFrames(pos ? pos[1] : undefined));
        break;
      }
      // require() of an ES module: node runs its graph from the CommonJS loader's loadESMFromCJS.
      if (!debugStacks && raw[i].startsWith('    at loadEsmFromCjs (node:internal/looplab/')) {
        let j = i + 1;
        let viaRequire = false;
        while (j < raw.length && mapFrame(raw[j]) === null) {
          if (raw[j].startsWith('    at require (node:internal/looplab/')) viaRequire = true;
          j++;
        }
        out.push(...REQUIRE_ESM_FRAMES, ...(viaRequire ? REQUIRE_FRAMES.slice(LOADER_FRAMES.length) : []));
        i = j - 1;
        continue;
      }
      i = loaderFramesAfter(i);
    }
    if (receivers()) receivers().names(out, named);
    if (!debugStacks && internal.classInitializerFrames) internal.classInitializerFrames(out);
    return unlimited ? out : limitFrames(out);
  }
  // The frames under a syntax error in a CommonJS module: node's loader failing to compile it (`wrapSafe`),
  // then whoever required it (the running code, which is Looplab's loader and its caller).
  internal.compileErrorFrames = function compileErrorFrames() {
    const user = currentFrames();
    const head = ['    at wrapSafe (node:internal/modules/cjs/loader:1464:18)',
      '    at Module._compile (node:internal/modules/cjs/loader:1495:20)'].concat(LOADER_FRAMES.slice(1));
    return limitFrames(head.concat(user.length ? REQUIRE_FRAMES.slice(LOADER_FRAMES.length).concat(user) : ENTRY_FRAMES.slice(LOADER_FRAMES.length)));
  };
  // V8 keeps Error.stackTraceLimit frames (10 by default), node's own included.
  function limitFrames(lines) {
    const limit = Error.stackTraceLimit;
    if (typeof limit !== 'number') return lines;
    // (A negative or NaN limit keeps none; a fraction is cut down.)
    const n = limit > 0 ? Math.floor(limit) : 0;
    return lines.length > n ? lines.slice(0, n) : lines;
  }
  function header(err) {
    let name;
    let message;
    try { name = err.name; } catch { name = 'Error'; }
    try { message = err.message; } catch { message = ''; }
    name = name === undefined ? 'Error' : String(name);
    message = message === undefined ? '' : String(message);
    if (!name) return message;
    if (!message) return name;
    return `${name}: ${message}`;
  }
  // Where V8 places what Boa misplaces (stack_places.js, loaded right after this file; read at the first
  // stack read).
  const places = () => internal.stackPlaces;
  // `err.stack = v` before its first read: kept here too, as Boa 0.22 sometimes loses the own property the setter
  // defines (seen after an earlier error was inspected) and the getter would then rebuild the frames.
  const assignedStacks = new WeakMap();
  // Errors given an own stack accessor (ownStack), until it is deleted or replaced.
  const ownStacks = new WeakSet();
  // The text of `err.stack` on its first read, kept as an own data property from then on.
  // Errors whose stack text was made by a read that node's own code or the program made (not Looplab's, which
  // reads to rewrite it: `internal.quietStackReads`): V8 then drops the frames a rejection is placed by.
  const serialized = new WeakSet();
  internal.quietStackReads = 0;
  internal.stackSerialized = (err) => err !== null && typeof err === 'object' && serialized.has(err);
  function stackText(err) {
    if (internal.quietStackReads === 0 && err !== null && typeof err === 'object') serialized.add(err);
    if (assignedStacks.has(err)) return assignedStacks.get(err);
    if (frozenStacks.has(err)) return frozenStacks.get(err);
    // V8 captures no stack while Error.stackTraceLimit is not a number (read here, at the first read).
    if (typeof Error.stackTraceLimit !== 'number') return undefined;
    const frames = origStack.call(err);
    if (frames === undefined && !(err instanceof Error)) return undefined;
    if (internal.v8Message) internal.v8Message(err);
    const mapped = mapFrames(String(frames || '').split('\n').filter((l) => l !== ''), true, receivers() ? receivers().tableOf(err) : null, err).concat(internal.asyncFrames ? internal.asyncFrames(err) : []);
    const { withBuiltin, withSite, withReferenceLoc, withoutConstructors } = places();
    const lines = withBuiltin(err, withSite(err, withReferenceLoc(err, limitFrames(withoutConstructors(err, mapped)))));
    const text = internal.prepareStack ? internal.prepareStack(err, lines, () => [header(err)].concat(lines).join('\n'))
      : [header(err)].concat(lines).join('\n');
    keepStack(err, text);
    return text;
  }
  // The first read's text becomes an own data property; a frozen error (whose own accessor can no longer be
  // replaced) keeps it aside, so that every read gives the same text, as V8's does.
  const frozenStacks = new WeakMap();
  function keepStack(err, text) {
    try {
      Object.defineProperty(err, 'stack', { value: text, writable: true, configurable: true, enumerable: false });
    } catch {
      frozenStacks.set(err, text);
    }
  }
  // `err.stack = v`: a data property, enumerable (as in V8) when it replaces a deleted own stack.
  function assignStack(err, v, enumerable) {
    if (err !== null && typeof err === 'object') assignedStacks.set(err, v);
    Object.defineProperty(err, 'stack', { value: v, writable: true, configurable: true, enumerable });
  }
  let hasStackGetter = false;
  if (origStack) {
    hasStackGetter = true;
    Object.defineProperty(Error.prototype, 'stack', {
      configurable: true,
      enumerable: false,
      get() {
        // Its own stack was deleted: V8's Error.prototype has none to fall back on.
        if (ownStacks.has(this) && !assignedStacks.has(this)) return undefined;
        return stackText(this);
      },
      set(v) { assignStack(this, v, ownStacks.has(this)); },
    });
  }
  // V8 gives an error its own `stack` as it is made, before its message (`[ 'stack', 'message' ]`, and
  // `delete err.stack` removes it). An error made by `new XError(...)` in user code (`__ll$.ne`) or caught
  // by a catch clause gets an own accessor that reads and writes like the prototype's lazy one.
  const ownGet = function stack() { return stackText(this); };
  const ownSet = function stack(v) { assignStack(this, v, false); };
  // Error.captureStackTrace's lazy stacks: obj -> the first read's text maker.
  const captured = new WeakMap();
  const capturedGet = function stack() {
    const make = captured.get(this);
    return make ? make() : undefined;
  };
  const capturedSet = function stack(v) {
    captured.delete(this);
    Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
  };
  // V8 formats a lazy stack when its descriptor is read: it shows as the data property it then is.
  const lazyGetters = new Set([ownGet, capturedGet]);
  const materialize = (obj, d) => {
    if (d === undefined || !lazyGetters.has(d.get)) return d;
    try { void obj.stack; } catch { return d; }
    return origDescriptor(obj, 'stack');
  };
  const origDescriptor = Object.getOwnPropertyDescriptor;
  // For v8_builtins.js's Object.getOwnPropertyDescriptor(s) and Reflect.getOwnPropertyDescriptor.
  internal.materializeStack = materialize;
  internal.isLazyStack = (d) => d !== undefined && d.get !== undefined && lazyGetters.has(d.get);
  internal.ownStack = function ownStack(err) {
    if (!hasStackGetter || err === null || typeof err !== 'object' || !(err instanceof Error)) return;
    try {
      if (Object.prototype.hasOwnProperty.call(err, 'stack') || assignedStacks.has(err) || !Object.isExtensible(err)) return;
      const own = Reflect.ownKeys(err).map((k) => [k, Object.getOwnPropertyDescriptor(err, k)]);
      const movable = own.every(([, d]) => d.configurable);
      if (movable) for (const [k] of own) delete err[k];
      Object.defineProperty(err, 'stack', { get: ownGet, set: ownSet, enumerable: false, configurable: true });
      ownStacks.add(err);
      if (movable) for (const [k, d] of own) Object.defineProperty(err, k, d);
    } catch { /* an exotic error keeps the prototype's stack */ }
  };
  // The stack of the running code, taken now and mapped only when asked (`probeFrames`): cheap for a caller
  // that needs the frames only if something fails later.
  const unlimited = (f) => {
    const limit = Error.stackTraceLimit;
    try { Error.stackTraceLimit = Infinity; return f(); } finally { Error.stackTraceLimit = limit; }
  };
  internal.stackProbe = () => (origStack ? unlimited(() => new Error()) : null);
  // A probe's frames as node prints them (hidden frames of the runtime left out), unlimited.
  internal.probeFrames = function probeFrames(probe) {
    if (!probe) return [];
    try {
      return unlimited(() => mapFrames(String(origStack.call(probe) || '').split('\n').filter((l) => l !== '')));
    } catch { return []; }
  };
  // The frames of the running code as node prints them, unlimited.
  function currentFrames() {
    if (!origStack) return host.stackLines().slice(1);
    return internal.probeFrames(internal.stackProbe());
  }
  let lenient = false;
  // Error.captureStackTrace for the runtime's own code: a `fn` not found on the stack (a hidden frame of the
  // runtime) leaves out nothing.
  internal.captureLenient = (obj, fn) => {
    lenient = true;
    try { Error.captureStackTrace(obj, fn); } finally { lenient = false; }
  };
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      // The frames of its caller on, as an error made there would show them; with `fn`, those above and
      // including `fn`'s frame are left out (V8's constructorOpt).
      value: function captureStackTrace(obj, fn) {
        if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) throw new TypeError('invalid_argument');
        let frames = currentFrames().concat(internal.asyncFramesNow ? internal.asyncFramesNow() : []);
        if (typeof fn === 'function' && typeof fn.name === 'string' && /^[\w$]+$/.test(fn.name)) {
          const k = frames.findIndex((l) => l.startsWith(`    at ${fn.name} (`) || l.startsWith(`    at new ${fn.name} (`));
          // (A method's frame names its receiver, or an alias; V8 leaves no frame when fn is not on the stack.)
          const loose = k >= 0 ? k : frames.findIndex((l) => new RegExp(`^    at (?:async )?(?:new )?(?:[^ (]*\\.)?${fn.name.replace(/\$/g, '\\$')} (?:\\[as [^\\]]+\\] )?\\(|\\[as ${fn.name.replace(/\$/g, '\\$')}\\]`).test(l));
          // (Looplab's own callers pass functions whose frames are hidden: `internal.captureLenient`.)
          frames = loose >= 0 ? frames.slice(loose + 1) : lenient ? frames : [];
        }
        const kept = limitFrames(frames);
        // The frames are the capture's; the header (and Error.prepareStackTrace) wait for the first read, as in
        // V8: `Error.captureStackTrace(this, ...)` in a constructor that sets `this.name` afterwards.
        captured.set(obj, () => {
          if (internal.quietStackReads === 0) serialized.add(obj);
          if (frozenStacks.has(obj)) return frozenStacks.get(obj);
          const fallback = () => [header(obj)].concat(kept).join('\n');
          const t = internal.prepareStack ? internal.prepareStack(obj, kept, fallback) : fallback();
          keepStack(obj, t);
          return t;
        });
        if (!Object.isExtensible(obj) && !Object.prototype.hasOwnProperty.call(obj, 'stack')) {
          throw new TypeError('Cannot define property stack, object is not extensible');
        }
        // An error keeps V8's order: its own `stack` first.
        internal.ownStack(obj);
        Object.defineProperty(obj, 'stack', { get: capturedGet, set: capturedSet, configurable: true, enumerable: false });
      },
      writable: true, configurable: true, enumerable: false,
    });
  }
  // A stack the runtime's own code wrote now (errors.js's node frames) inside an immediate's callback: V8 would
  // name the callback's frame when the stack is first read, and node nulls `_onImmediate` once the callback
  // returns, so a read after that (an uncaught error's) shows `Immediate.<anonymous>`. False when not in one.
  internal.immediateStack = function immediateStack(obj, text) {
    const im = internal.runningImmediate ? internal.runningImmediate() : null;
    if (im === null || im._onImmediate === null || !RE_IMMEDIATE_FRAME.test(text) || !Object.isExtensible(obj)) return false;
    captured.set(obj, () => {
      const t = im._onImmediate === null ? internal.detachImmediate(text) : text;
      keepStack(obj, t);
      return t;
    });
    Object.defineProperty(obj, 'stack', { get: capturedGet, set: capturedSet, configurable: true, enumerable: false });
    return true;
  };
  // A stack the runtime's code made (node's frames added): `err.stack` as a data property, or named later.
  // An error node's C++ made in an async callback (a uv error): its stack is the header line alone, which
  // util.inspect shows in brackets (`[Error: ENOENT: ...] {`).
  internal.framelessStack = function framelessStack(err) {
    if (err === null || typeof err !== 'object') return err;
    const text = String(err.stack);
    const cut = text.search(/\n {4}at /);
    if (cut >= 0) Object.defineProperty(err, 'stack', { value: text.slice(0, cut), writable: true, configurable: true, enumerable: false });
    return err;
  };
  internal.setStack = function setStack(err, text) {
    if (internal.immediateStack(err, text)) return;
    Object.defineProperty(err, 'stack', { value: text, writable: true, configurable: true, enumerable: false });
  };
  const RE_IMMEDIATE_FRAME = /\n {4}at Immediate\.(?:_onImmediate|[\w$]+ \[as _onImmediate\]) \(/;
  // A stack's `Immediate` callback frame as V8 names it once `_onImmediate` is null.
  internal.detachImmediate = (text) => text
    .replace(/^( {4}at Immediate\.)_onImmediate \(/m, '$1<anonymous> (').replace(/^( {4}at Immediate\.[\w$]+) \[as _onImmediate\] \(/m, '$1 (');
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;
  internal.currentFrames = currentFrames;
  internal.limitFrames = limitFrames;
})
