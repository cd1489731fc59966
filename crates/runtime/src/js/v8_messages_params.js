//! V8's wording and places for errors Boa raises before a function's body runs, with no position: a parameter
//! pattern given null or undefined, a parameter's default reading a later parameter (`function f(a = b, b)`).
//! The function is found from the error's top frame. Used by v8_messages_bindings.js; kept out of call-span
//! instrumentation, like v8_messages.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const { sites } = internal.v8Rules;

  // A parameter pattern given undefined or null (`constructor({ owner })` called with nothing): Boa throws
  // before the function's body runs, with no position and often no name in the frame. The function is found
  // by the frame's name, or by the callee at the caller's frame; V8 names its first pattern's first property,
  // places the frame there and names the function as it would (`new Account`, `Account.transfer`).
  function paramOwner(err) {
    const frames = internal.userFrames(err);
    // (Boa's raw frames: an anonymous function is `<main>`.)
    const fm = frames[0] && /^ {4}at (?:(new )?(?:(\S+)\.)?([A-Za-z_$][\w$]*|<main>) \()?(?:file:\/\/)?(.*?):(?:\d+|\?):(?:\d+|\?)\)?$/.exec(frames[0]);
    if (!fm) return undefined;
    if (fm[3] === '<main>') fm[3] = undefined;
    const file = fm[4];
    const text = host.sourceText(file);
    if (typeof text !== 'string') return undefined;
    let name = fm[3];
    let isNew = !!fm[1];
    let inline = null;
    if (name === undefined) {
      // An unnamed frame: the callee at the caller's position.
      const caller = frames[1] && /(?:\(|at )(?:file:\/\/)?([^()]*?):(\d+):(\d+)\)?$/.exec(frames[1]);
      const line = caller && caller[1] === file ? host.sourceLine(file, +caller[2] - (internal.esmFiles.has(file) ? 0 : 1)) : undefined;
      if (line === undefined) return undefined;
      // (Boa places a call at its `(`, a `new` at the constructor's name.)
      const col = host.originalColumn(file, +caller[2], +caller[3]) - 1;
      const callee = line[col] === '(' ? /([A-Za-z_$][\w$]*)\s*$/.exec(line.slice(0, col)) : /^()([A-Za-z_$][\w$]*)/.exec(line.slice(col));
      // A function written at the call: the callback of `list.map(({ a }) => ...)`, an IIFE `(({ a }) => a)(x)`.
      inline = inlineParams(text, line, +caller[2] - (internal.esmFiles.has(file) ? 0 : 1), col);
      if (!callee && !inline) return undefined;
      // (The frame has no name: a function written at the call is the one, not the callee that called it.)
      if (callee && inline === null) {
        name = callee[1] || callee[2];
        const start = line[col] === '(' ? callee.index : col;
        isNew = /\bnew\s+(?:[\w$]+\.)*$/.test(line.slice(0, start));
      }
    }
    // (Boa names a constructor's frame after its class, without `new`.)
    if (!isNew && name !== undefined && fm[2] === undefined && new RegExp(`\\bclass\\s+${name.replace(/\$/g, '\\$')}\\b`).test(text)) isNew = true;
    const fn = (name !== undefined && paramFunction(text, name, isNew)) || (inline === null ? undefined : { open: inline });
    if (!fn) return undefined;
    return { file, text, fn, fm, isNew };
  }
  // Places the error (the frame Boa left as `file:?:?`, and the header) at offset `at` of the owner's file,
  // with V8's name for the frame.
  function placeAt(err, owner, at) {
    const { file, text, fn, fm, isNew } = owner;
    const line = text.slice(0, at).split('\n').length;
    const frameName = fn.frameName && (fm[3] === undefined || (isNew && !fm[1]) || fm[2] === undefined) ? fn.frameName : undefined;
    sites.set(err, { file, line: '?', from: '?', toLine: line, to: at - text.lastIndexOf('\n', at - 1), frameName });
  }
  function destructureParam(err, kind) {
    const owner = paramOwner(err);
    if (!owner) return undefined;
    const { text, fn } = owner;
    const pattern = firstPattern(text, fn.open);
    if (!pattern) return undefined;
    if (pattern.bracket === '[') return `${kind === 'null' ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`;
    const shown = kind === 'null' ? 'object null' : 'undefined';
    if (!pattern.key) return `Cannot destructure '${shown}' as it is ${kind}.`;
    // V8's position: the property's name in the pattern.
    placeAt(err, owner, pattern.keyAt);
    return `Cannot destructure property '${pattern.key}' of '${shown}' as it is ${kind}.`;
  }
  // The parameter list's `(` (an offset in `text`) of a function written at the call at `col` of line `ln`:
  // the first argument of `callee(` there, or the parenthesised function an IIFE calls; null if none.
  function inlineParams(text, line, ln, col) {
    let base = 0;
    for (let l = 1; l < ln; l++) base = text.indexOf('\n', base) + 1;
    const FN = /^\s*(?:async\s*)?(?:function\b[^(]*)?\(/;
    let from = -1;
    if (line[col] === '(' && /\)\s*$/.test(line.slice(0, col))) {
      // `(fn)(...)`: the group before the call's `(`.
      let depth = 0;
      for (let k = line.slice(0, col).trimEnd().length - 1; k >= 0; k--) {
        if (line[k] === ')') depth++;
        else if (line[k] === '(' && --depth === 0) { from = k + 1; break; }
      }
    } else if (line[col] === '(') {
      from = col + 1;
    }
    if (from < 0) return null;
    const m = FN.exec(line.slice(from));
    if (!m) return null;
    return base + from + m[0].length - 1;
  }
  // The parameter list's `(` of the function `name` (a class's constructor for `new`), and V8's frame name.
  function paramFunction(text, name, isNew) {
    const id = name.replace(/\$/g, '\\$');
    if (isNew) {
      const cls = new RegExp(`\\bclass\\s+${id}\\b[^{]*\\{`).exec(text);
      if (cls) {
        const ctor = /\bconstructor\s*\(/g;
        ctor.lastIndex = cls.index + cls[0].length;
        const c = ctor.exec(text);
        if (c) return { open: c.index + c[0].length - 1, frameName: `new ${name}` };
      }
    }
    const plain = new RegExp(`\\bfunction\\s*\\*?\\s*${id}\\s*\\(|\\b${id}\\s*[=:]\\s*(?:async\\s*)?(?:function\\b[^(]*)?\\(`).exec(text);
    if (plain) return { open: plain.index + plain[0].length - 1, frameName: isNew ? `new ${name}` : undefined };
    const method = new RegExp(`(?:^|[{};,])\\s*((?:static\\s+)?)(?:async\\s+)?\\*?\\s*${id}\\s*\\(`, 'm').exec(text);
    if (!method) return undefined;
    // A class's method is named after its class (the receiver's), an object literal's after Object.
    const before = text.slice(0, method.index);
    const cls = [...before.matchAll(/\bclass\s+([A-Za-z_$][\w$]*)[^{]*\{/g)].pop();
    const inClass = cls && internal.v8Source && internal.v8Source.closeOf(text, cls.index + cls[0].length - 1) > method.index;
    return { open: method.index + method[0].length - 1, frameName: inClass ? `${cls[1]}.${name}` : `Object.${name}` };
  }
  // The first destructuring pattern among the parameters after `open`: its bracket and first key.
  function firstPattern(text, open) {
    let depth = 0;
    let start = true;
    for (let i = open + 1; i < text.length; i++) {
      const c = text[i];
      if (/\s/.test(c)) continue;
      if (depth === 0 && start && (c === '{' || c === '[')) {
        const key = c === '{' ? /^\{\s*(?:\.\.\.\s*)?([A-Za-z_$][\w$]*)/.exec(text.slice(i)) : null;
        return { bracket: c, key: key && !key[0].includes('...') ? key[1] : undefined, keyAt: key ? i + key[0].length - key[1].length : i };
      }
      start = false;
      if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') { if (depth === 0) return undefined; depth--; }
      else if (c === ',' && depth === 0) start = true;
    }
    return undefined;
  }
  // A parameter's default reading a later parameter (`function f(a = b, b = 1)`): Boa throws "access of
  // uninitialized binding" with no position. V8 places it at the name in the default, in the function's frame.
  function laterParameter(err) {
    const owner = paramOwner(err);
    if (!owner) return undefined;
    const { text, fn } = owner;
    const { closeOf, splitTop } = internal.v8Source;
    const close = closeOf(text, fn.open);
    if (close < 0) return undefined;
    const list = text.slice(fn.open + 1, close);
    const params = splitTop(list);
    const names = params.map((p) => (/^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p) || [])[1]);
    let offset = fn.open + 1;
    for (let i = 0; i < params.length; i++) {
      const start = list.indexOf(params[i], offset - fn.open - 1) + fn.open + 1;
      offset = start + params[i].length;
      const eq = params[i].indexOf('=');
      if (eq < 0) continue;
      const init = params[i].slice(eq + 1);
      for (let j = i; j < names.length; j++) {
        if (!names[j]) continue;
        const use = new RegExp(`(^|[^\\w$.])${names[j].replace(/\$/g, '\\$')}(?![\\w$])`).exec(init);
        if (!use) continue;
        placeAt(err, owner, start + eq + 1 + use.index + use[1].length);
        return `Cannot access '${names[j]}' before initialization`;
      }
    }
    return undefined;
  }

  // An object given to a parameter's array pattern (`function dist([x1, y1])` called with `{ x, y }`): Boa
  // throws with no position; V8 says the object is not iterable, at the parameter list's `(`. (A primitive's
  // message shows its value, which the frame does not give: left to Boa's.)
  function paramNotIterable(err, type) {
    if (type !== 'object') return undefined;
    const owner = paramOwner(err);
    if (!owner) return undefined;
    const pattern = firstPattern(owner.text, owner.fn.open);
    if (!pattern || pattern.bracket !== '[') return undefined;
    placeAt(err, owner, owner.fn.open);
    return 'object is not iterable (cannot read property Symbol(Symbol.iterator))';
  }

  internal.v8Params = { destructureParam, laterParameter, paramNotIterable };
})
