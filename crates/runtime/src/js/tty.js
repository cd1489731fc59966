//! node:tty for Looplab, whose stdin, stdout and stderr are never terminals (like node with piped output):
//! `isatty` is false for every descriptor, and ReadStream/WriteStream fail as node's do on a non-terminal
//! (SystemError ERR_TTY_INIT_FAILED, uv_tty_init EINVAL).
(function (internal) {
  'use strict';

  function isatty(fd) { // eslint-disable-line no-unused-vars
    return false;
  }

  function ttyInitFailed() {
    const info = { errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' };
    const err = new Error(`TTY initialization failed: uv_tty_init returned ${info.code} (${info.message})`);
    err.name = 'SystemError';
    err.code = 'ERR_TTY_INIT_FAILED';
    err.info = info;
    err.errno = info.errno;
    err.syscall = info.syscall;
    void err.stack;
    delete err.name;
    Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true, enumerable: false });
    Object.defineProperty(err, 'stack', {
      value: `SystemError [ERR_TTY_INIT_FAILED]: ${err.message}${String(err.stack).replace(/^[^\n]*/, '')}`,
      configurable: true, writable: true, enumerable: false,
    });
    return err;
  }

  // (fd, options): node's signatures; both throw here.
  function ReadStream(fd, options) { // eslint-disable-line no-unused-vars
    throw ttyInitFailed();
  }
  function WriteStream(fd) { // eslint-disable-line no-unused-vars
    throw ttyInitFailed();
  }
  // Methods node's WriteStream has, for code that only checks for them.
  WriteStream.prototype.getColorDepth = function getColorDepth() { return 1; };
  WriteStream.prototype.hasColors = function hasColors() { return false; };
  WriteStream.prototype.getWindowSize = function getWindowSize() { return [80, 24]; };
  ReadStream.prototype.setRawMode = function setRawMode() { return this; };

  internal.modules.tty = { isatty, ReadStream, WriteStream };
})
