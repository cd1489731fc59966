// Engine errors caught inside callbacks a builtin calls get V8's message; null vs undefined follows the
// function's own assignments; an assigned `stack` is what inspect prints even after another error was printed.
[1].forEach(() => { try { const s = null; s.trim(); } catch (e) { console.log(e.message); } });
[1, 2].map((n) => {
  try {
    const s = n === 1 ? null : { length: n };
    return s.length;
  } catch (e) {
    console.log(e.message);
    return 0;
  }
});
function a() { const o = undefined; try { o.x; } catch (e) { console.log(e.message); } }
function b() { const o = null; return o; }
a();
b();
function c() { let m = null; try { m.y; } catch (e) { console.log(e.message); } }
c();
console.error(new Error('first'));
const e = new Error('x');
e.stack = 'Custom';
console.log(e);
console.log(e.stack);
