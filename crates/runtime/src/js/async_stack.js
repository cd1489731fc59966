//! V8's async stack frames: below an error's own frames, `at async middle (file:2:27)` for each async function
//! that awaits the one the error was made in (through `Promise.all`: `at async Promise.all (index 1)`). Boa keeps
//! no link from a promise to whoever awaits it, so the instrumented user code reports it
//! (instrument/async_stack.rs): activations (`ae`), awaits (`as`, then `ar` on resumption), `Promise.all`
//! elements (`ai`), returns (`rt`), rejections that resume a function (`ak` in a catch clause, `ax` leaving it)
//! and exits (`af`). An error takes its async frames when it is made by `new XError` (`ne`), thrown or caught
//! (`snap`), while the awaiting functions still sit at those awaits; the stack getter (stack.js) adds them
//! below the error's own frames.
//!
//! Links are found by order: the async calls a function starts between two of its awaits are what it awaits
//! next (in order: the indices of a `Promise.all`). A call started and never awaited there is linked all the
//! same, so its errors can show one frame node would not. Kept out of call-span instrumentation (calls.rs).
(function (internal) {
  'use strict';
  const calls = globalThis[Symbol.for('looplab.calls')];
  if (!calls || typeof calls.q !== 'function') return;
  const callbackSeq = calls.q;
  const clearReceiver = internal.host.clearReceiver;
  const microtasks = calls.mq;
  const COMBINATORS = [null, 'all', 'allSettled', 'any'];
  // Activations whose code is on the stack now, innermost last. One kept from an earlier callback is stale
  // (its function suspended where Looplab does not see it, in a `for await`): dropped when next looked at.
  let running = [];
  // An activation is an array (Boa makes arrays far faster than objects with this many fields).
  const SELF = 0; const NAME = 1; const FILE = 2; const LINE = 3; const COL = 4; const STATE = 5;
  const RESUMED = 6; const SEQ = 7; const PENDING = 8; const AWAITER = 9; const INDEX = 10; const METHOD = 11;
  const SUSPENDED = 1;
  const DONE = 2;
  // A link from an activation to what settles with its promise: [activation, combinator, index, forward, job].
  const BY = 0; const KIND = 1; const AT = 2; const FORWARD = 3; const JOB = 4;
  // Async calls made this callback with no async function running (`[1, 2].map(load)` at the top level): what a
  // `Promise.all` called next may combine.
  let orphans = [];
  let orphanSeq = -1;
  function prune(now) {
    if (running.length && running[0][SEQ] !== now) running = running.filter((a) => a[SEQ] === now);
  }
  // These run on every async call and await: kept to one JS call each, with no closures (Boa's calls are dear).
  // `running.push`, not `running[running.length] =`: after `running.length = k` shrank it, Boa 0.22 sometimes
  // stores the element without growing `length` again.
  function enter(self, name, file) {
    // An arrow (no receiver of its own) called as a listener or a timer's callback: the emitter or Timeout it was
    // called on (events.js, frames.js), and the property holding it for V8's name (`Timeout._onTimeout`).
    const r = internal.asyncArrowReceiver;
    let method;
    if (r !== undefined) {
      if (self === null) self = r;
      if (self === r) method = internal.asyncArrowMethod;
      internal.asyncArrowReceiver = undefined;
      internal.asyncArrowMethod = undefined;
    }
    const now = callbackSeq();
    let top = running.length;
    if (top && running[0][SEQ] !== now) {
      prune(now);
      top = running.length;
    }
    const act = [self, name, file, 0, 0, 0, false, now, null, null, undefined, method];
    if (top) {
      const parent = running[top - 1];
      if (parent[PENDING]) parent[PENDING].push(act);
      else parent[PENDING] = [act];
    } else {
      if (orphanSeq !== now) { orphans = []; orphanSeq = now; }
      if (orphans.length >= 1000) orphans = orphans.slice(500);
      orphans.push(act);
    }
    running.push(act);
    return act;
  }
  function leave(act) {
    const top = running.length - 1;
    if (top >= 0 && running[top] === act) running.length = top;
    else {
      const k = running.lastIndexOf(act);
      if (k >= 0) running.length = k;
    }
  }
  function suspend(act, line, col, kind, value) {
    act[LINE] = line;
    act[COL] = col;
    act[STATE] = SUSPENDED;
    const kids = act[PENDING];
    if (kids !== null) {
      act[PENDING] = null;
      for (let i = 0; i < kids.length; i++) kids[i][AWAITER] = [act, kind, kids[i][INDEX] ?? i, false, 0];
    }
    const top = running.length - 1;
    if (top >= 0 && running[top] === act) running.length = top;
    else leave(act);
    return value;
  }
  // `below`: how many of Looplab's frames are between the function and this one (`ar` calls this directly).
  function resume(act, value, below = 1) {
    // Resumed at another stack depth: the receiver recorded there is some other call's; the function's own
    // (an arrow's is not known: null) goes there.
    if (act[SELF] === null) clearReceiver(below);
    else clearReceiver(below, act[SELF]);
    act[STATE] = 0;
    act[RESUMED] = true;
    const now = callbackSeq();
    act[SEQ] = now;
    if (running.length && running[0][SEQ] !== now) prune(now);
    running.push(act);
    return value;
  }
  // A catch clause or the body's exit saw an exception: if the function was suspended, a rejection resumed it.
  // Called by `ak`/`ax`: the function is three frames down from `resume`.
  function resumedByThrow(act) {
    if (act[STATE] === SUSPENDED) resume(act, undefined, 3);
  }
  // An element of an awaited `Promise.all([...])`: the async calls it started are at `index`.
  function element(act, value, index) {
    const kids = act[PENDING];
    if (kids) for (const kid of kids) if (kid[INDEX] === undefined) kid[INDEX] = index;
    return value;
  }
  // `return value`: the async calls it started settle this function's promise, through `kind`'s combinator,
  // once the job that resolves it with their promise has run (the next microtask queued, after this return).
  function returns(act, value, kind) {
    const kids = act[PENDING];
    if (kids) {
      act[PENDING] = null;
      const job = microtasks() + 1;
      for (let i = 0; i < kids.length; i++) kids[i][AWAITER] = [act, kind, kids[i][INDEX] ?? i, true, job];
    }
    return value;
  }
  function exit(act) {
    act[STATE] = DONE;
    act[PENDING] = null;
    const top = running.length - 1;
    if (top >= 0 && running[top] === act) running.length = top;
    else leave(act);
  }

  function receiverName(self) {
    if (self === undefined || self === null || self === globalThis) return '';
    // A static method's receiver is its class: V8 names the class (`async Database.connect`); a plain
    // function is a `Function`.
    if (typeof self === 'function') {
      try {
        if (typeof self.name === 'string' && self.name && /^class\b/.test(Function.prototype.toString.call(self))) return self.name;
      } catch { /* a function that cannot be read */ }
      return 'Function';
    }
    if (typeof self !== 'object') return '';
    try {
      if (internal.host.proxyTarget(self) !== undefined) return 'Object';
      for (let p = Object.getPrototypeOf(self), n = 0; p !== null && n < 50; p = Object.getPrototypeOf(p), n++) {
        const d = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (d && typeof d.value === 'function' && typeof d.value.name === 'string' && d.value.name) return d.value.name;
      }
    } catch { /* a receiver that cannot be looked into */ }
    return 'Object';
  }
  function frame(act) {
    const file = act[FILE];
    const esm = internal.esmFiles.has(file);
    const line = act[LINE] - (esm ? 0 : 1);
    const where = `${esm ? 'file://' : ''}${file}:${line}:${act[COL]}`;
    const recv = receiverName(act[SELF]);
    // The receiver's property holding the callback (`_onTimeout`), while it still does when the stack is taken.
    const m = act[METHOD];
    let name = act[NAME];
    if (m && act[SELF] !== null && typeof act[SELF] === 'object' && act[SELF][m] != null) {
      name = !name ? m : name === m ? name : `${name} [as ${m}]`;
    }
    if (!name) {
      // V8's debug name of an anonymous function (`obj.run = async function`), else `Type.<anonymous>`.
      const member = internal.stackReceivers && internal.stackReceivers.memberName(file, line, act[COL], recv);
      if (member) return `    at async ${member} (${where})`;
      return recv ? `    at async ${recv}.<anonymous> (${where})` : `    at async ${where}`;
    }
    // (An async arrow that is an object's property: V8 names it after the object, `Object.onRequest`.)
    const arrow = !recv && internal.stackReceivers && internal.stackReceivers.arrowMethodLabel(name, file, line, act[COL], '', true);
    if (arrow) return `    at async ${arrow} (${where})`;
    return `    at async ${recv ? `${recv}.` : ''}${name} (${where})`;
  }
  // The async frames of code running now: none unless the bottom function on the stack was resumed by an await.
  function framesNow() {
    prune(callbackSeq());
    const act = running[0];
    if (!act || !act[RESUMED]) return [];
    return chainFrom(act, []);
  }
  // The frames of the functions awaiting `act`, appended to `out`.
  function chainFrom(act, out) {
    for (let n = 0; n < 200; n++) {
      const link = act[AWAITER];
      if (!link) break;
      const by = link[BY];
      const combinator = link[KIND] ? `    at async Promise.${COMBINATORS[link[KIND]]} (index ${link[AT]})` : null;
      if (by === null) {
        // Combined outside any async function: nothing awaits the combinator (a `.then`/`.catch` is no await).
        if (combinator) out.push(combinator);
        break;
      }
      if (link[FORWARD]) {
        if (combinator) out.push(combinator);
        // Until the resolving job runs, nothing waits on the returned promise yet.
        if (!microtasks(link[JOB])) break;
      } else {
        // The awaiting function has moved on: the link was a guess that did not hold.
        if (by[STATE] !== SUSPENDED) break;
        if (combinator) out.push(combinator);
        out.push(frame(by));
      }
      act = by;
    }
    return out;
  }
  // For the runtime's own async functions (not instrumented), whose errors node shows under the user's
  // `at async caller (...)`: the user activation calling one now, and later, while it awaits the call, its
  // frame and those of the functions awaiting it.
  internal.asyncCaller = function asyncCaller() {
    prune(callbackSeq());
    return running.length ? running[running.length - 1] : null;
  };
  internal.asyncFramesFrom = function asyncFramesFrom(act) {
    if (!act) return [];
    // (One that has returned, `return fetch(url)`: those awaiting its promise, which the call settles.)
    if (act[STATE] === DONE) return chainFrom(act, []);
    if (act[STATE] !== SUSPENDED) return [];
    return chainFrom(act, [frame(act)]);
  };
  // `Promise.all([...])` (and `allSettled`, `any`) called with no async function running: the array's promises
  // are the last async calls made this callback that nothing combines yet, in order.
  function combined(kind, items) {
    const now = callbackSeq();
    if (running.length && running[0][SEQ] === now) return;
    if (orphanSeq !== now || !Array.isArray(items)) return;
    const at = [];
    for (let i = 0; i < items.length; i++) if (items[i] instanceof Promise) at.push(i);
    if (!at.length || at.length > orphans.length) return;
    const acts = orphans.splice(orphans.length - at.length, at.length);
    for (let i = 0; i < acts.length; i++) if (acts[i][AWAITER] === null) acts[i][AWAITER] = [null, kind, at[i], false, 0];
  }
  for (let kind = 1; kind < COMBINATORS.length; kind++) {
    const key = COMBINATORS[kind];
    const orig = Promise[key];
    if (typeof orig !== 'function') continue;
    internal.hidden(Promise, key, { [key](iterable) {
      combined(kind, iterable);
      return Reflect.apply(orig, this, [iterable]);
    } }[key]);
  }
  // The same, when what `act` awaits is a call made at `where` (`file:line`, as frames print it): none when it
  // is suspended at some other await (the call's promise was left to a `.then`).
  internal.asyncFramesAt = function asyncFramesAt(act, where) {
    const frames = internal.asyncFramesFrom(act);
    if (!frames.length || act[STATE] !== SUSPENDED || where === undefined) return frames;
    return frames[0].includes(`${where}:`) ? frames : [];
  };
  const taken = new WeakMap();
  // `final`: the error was made (or thrown by the engine) here, where V8 captures its stack once: under a
  // resumed async function, no frames now means none later either (an error thrown through `a` → `b` → `c`
  // synchronously after `a` awaited does not take `at async a` when the rejection later resumes `b`).
  // (Under a module's evaluation, a later snapshot may still add what V8 sees: those awaiting an `import()`.)
  function snap(err, final = false) {
    if (err === null || (typeof err !== 'object' && typeof err !== 'function') || taken.has(err)) return;
    const frames = framesNow();
    if (frames.length || (final && running.length && (running[0][RESUMED] || running[0][NAME] !== ''))) taken.set(err, frames);
  }
  internal.asyncSnap = snap;
  internal.asyncFrames = (err) => taken.get(err) || [];
  internal.asyncFramesNow = framesNow;
  const hooks = {
    ae: enter,
    as: suspend,
    ar: resume,
    ai: element,
    rt: returns,
    af: exit,
    ak(act, err) {
      resumedByThrow(act);
      snap(err);
    },
    ne(err) {
      // (Any capitalised class's `new` comes here: `class NotFound extends Error` is one.)
      if (!(err instanceof Error)) return err;
      internal.receiverSnap(err);
      if (running.length) snap(err, true);
      internal.ownStack(err);
      return err;
    },
    ax(act, err) {
      // Thrown while the function ran (not a rejection resuming it): the receivers on the stack now are the
      // error's, for an engine error after an `await` (`at Object.load`), made where no hook saw it; and its
      // V8 message is made now, while what the failed read noted (`__ll$.n`) is still this error's.
      const ran = act[STATE] !== SUSPENDED;
      if (ran) {
        internal.receiverSnap(err);
        if (internal.v8Message) internal.v8Message(err);
      }
      resumedByThrow(act);
      snap(err, ran);
      return err;
    },
  };
  for (const k of Object.keys(hooks)) Object.defineProperty(calls, k, { value: hooks[k], enumerable: false });
})
