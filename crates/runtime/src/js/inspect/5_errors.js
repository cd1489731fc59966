//! util.inspect, part 5 of 7: errors (stacks, causes, aggregated errors, node-style frame colouring).
// A fragment of the function body that js-vendor/build.mjs joins, in file-name order, into inspect.js;
// not a script on its own.

  // ---------------------------------------------------------------------------
  // Errors
  // ---------------------------------------------------------------------------
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackString(error) {
    if (!error.stack) return errorToString(error);
    const stack = String(error.stack);
    // Some engines (Boa) keep only the frames in `stack`: add V8's "Name: message" header.
    if (stack.startsWith('    at ')) return `${errorToString(error)}\n${stack.replace(/\n+$/, '')}`;
    return stack;
  }

  function getStackFrames(ctx, err, stack) {
    const frames = stack.split('\n');
    let cause;
    try {
      cause = err.cause;
    } catch (e) {
      // A throwing `cause` getter is ignored.
    }
    // Collapse the frames shared with the cause's stack.
    if (cause != null && isError(cause)) {
      const causeStack = getStackString(cause);
      const causeStackStart = causeStack.indexOf('\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
        const { len, offset } = identicalSequenceRange(frames, causeFrames);
        if (len > 0) {
          const skipped = len - 2;
          const msg = `    ... ${skipped} lines matching cause stack trace ...`;
          frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
        }
      }
    }
    return frames;
  }

  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (name.endsWith('Error') && stack.startsWith(name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.includes(name)) {
          stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
        } else {
          stack = `${prefix} [${name}]${stack.slice(len)}`;
        }
      }
    }
    return stack;
  }

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
      for (const name of ['name', 'message', 'stack']) {
        const index = keys.indexOf(name);
        if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
      }
    }
  }

  const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
  function isBuiltinModule(id) {
    if (typeof natives.isBuiltinModule === 'function') return !!natives.isBuiltinModule(id);
    return !id.startsWith('internal/');
  }

  function markNodeModules(ctx, line) {
    let tempLine = '';
    let lastPos = 0;
    let searchFrom = 0;
    for (;;) {
      const position = line.indexOf('node_modules', searchFrom);
      if (position === -1) break;
      const separator = line[position - 1];
      const after = line[position + 12];
      if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
        searchFrom = position + 1;
        continue;
      }
      const moduleStart = position + 13;
      tempLine += line.slice(lastPos, moduleStart);
      let moduleEnd = line.indexOf(separator, moduleStart);
      if (line[moduleStart] === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
      tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
      lastPos = moduleEnd;
      searchFrom = moduleEnd;
    }
    if (lastPos !== 0) line = tempLine + line.slice(lastPos);
    return line;
  }

  function markCwd(ctx, line, workingDirectory) {
    let cwdStartPos = line.indexOf(workingDirectory);
    let tempLine = '';
    let cwdLength = workingDirectory.length;
    if (cwdStartPos !== -1) {
      if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
        cwdLength += 7;
        cwdStartPos -= 7;
      }
      const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
      const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
      const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
      tempLine += line.slice(0, start);
      tempLine += ctx.stylize(line.slice(start, workingDirectoryEndPos), 'undefined');
      tempLine += line.slice(workingDirectoryEndPos, end);
      if (end === -1) tempLine += ctx.stylize(')', 'undefined');
    } else {
      tempLine += line;
    }
    return tempLine;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? String(err.name) : 'Error';
    let stack = getStackString(err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);
    if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
    if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

    stack = improveStack(stack, constructor, name, tag);

    // Skip past the message when looking for the first stack frame.
    let pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) pos += err.message.length;
    const stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
      stack = `[${stack}]`;
    } else {
      let newStack = stack.slice(0, stackStart);
      const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      if (ctx.colors) {
        // Grey out core frames, underline node_modules packages, grey the cwd.
        const workingDirectory = typeof natives.cwd === 'function' ? natives.cwd() : undefined;
        for (let line of lines) {
          const core = coreModuleRegExp.exec(line);
          if (core !== null && isBuiltinModule(core[1])) {
            newStack += `\n${ctx.stylize(line, 'undefined')}`;
          } else {
            line = markNodeModules(ctx, line);
            if (workingDirectory !== undefined) {
              let newLine = markCwd(ctx, line, workingDirectory);
              if (newLine === line) newLine = markCwd(ctx, line, `file://${workingDirectory}`);
              line = newLine;
            }
            newStack += `\n${line}`;
          }
        }
      } else {
        newStack += `\n${lines.join('\n')}`;
      }
      stack = newStack;
    }
    if (ctx.indentationLvl !== 0) {
      const indentation = ' '.repeat(ctx.indentationLvl);
      stack = stack.split('\n').join(`\n${indentation}`);
    }
    return stack;
  }
