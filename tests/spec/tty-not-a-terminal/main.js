// node:tty when no descriptor is a terminal (output piped, as in Looplab): isatty false, streams fail to initialise.
const tty = require('tty');
console.log(Object.keys(tty), tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(99));
try { new tty.WriteStream(1); } catch (e) { console.log(e.name, e.code, e.message, Object.keys(e), e.info); }
try { tty.ReadStream(0); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof tty.WriteStream.prototype.getColorDepth, tty.WriteStream.name, tty.ReadStream.length);
console.log(process.stdout.isTTY, process.stderr.isTTY, process.stdin.isTTY);
console.log(Object.keys(require('fs').constants).slice(12, 15));
