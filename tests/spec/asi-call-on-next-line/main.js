// A missing semicolon before a line that starts with `(`: the line above is called.
function makeCounter() {
  let n = 0;
  return { next: () => ++n };
}
const settings = { debug: false };
try {
  const x = settings.debug
  (function () {})();
} catch (e) { console.log(e.message); }
const c = makeCounter()
(function () { console.log('setup'); })();
