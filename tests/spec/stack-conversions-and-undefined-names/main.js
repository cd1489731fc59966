// Built-ins that call a user toString/valueOf show their own frame; an undeclared name is placed where V8
// places it (inside a concise arrow, after arithmetic, in a top-level try block read through a helper);
// AggregateError's iterable check; Error.prepareStackTrace's default.
const show = (e) => console.log(e.message, '|', e.stack.split('\n').slice(1, 4).map((l) => l.split(__dirname).join('<dir>').trim()).join(' | '));
const bad = { toString() { throw new Error('ts'); }, valueOf() { throw new Error('vo'); } };
try { 'x'.concat(bad); } catch (e) { show(e); }
try { [1, bad].join(); } catch (e) { show(e); }
try { Math.max(1, bad); } catch (e) { show(e); }
try { Math.min(bad, 2); } catch (e) { show(e); }
try { new Date(bad); } catch (e) { show(e); }
try { String(bad); } catch (e) { show(e); }

const line = (e) => e.stack.split('\n')[1].split(__dirname).join('<dir>');
const a = 2;
try { [2].find((x) => x === 2 && nope()); } catch (e) { console.log(e.message, line(e)); }
try { [2].map((x) => x + nope); } catch (e) { console.log(e.message, line(e)); }
try { [2].map((x) => ({ a: x, b: nope })); } catch (e) { console.log(e.message, line(e)); }
try { [2].map((x) => x * 2 + missing(x)); } catch (e) { console.log(e.message, line(e)); }
try { const r = a * 2 + nope; } catch (e) { console.log(e.message, line(e)); }
try { const r = 1 + nope; } catch (e) { console.log(e.message, line(e)); }
try { console.log(a - nope); } catch (e) { console.log(e.message, line(e)); }
try { const z = -nope; } catch (e) { console.log(e.message, line(e)); }
try { const k = 5 % nope(1); } catch (e) { console.log(e.message, line(e)); }
try { let i = 0; i++; const q = i + a + nope; } catch (e) { console.log(e.message, line(e)); }
function f(x) { return x * 3 + nope(x); }
try { f(1); } catch (e) { console.log(e.message, line(e)); }
function g(x) { const y = x - 1; return y + missing; }
try { g(1); } catch (e) { console.log(e.message, line(e)); }
try { [1].forEach((v) => { const w = v * 2; out(w); }); } catch (e) { console.log(e.message, line(e)); }

try { new AggregateError(5); } catch (e) { show(e); }
console.log(typeof Error.prepareStackTrace, Error.prepareStackTrace.name, Error.prepareStackTrace.length);
console.log(Error.prepareStackTrace(new TypeError('direct'), []));
const original = Error.prepareStackTrace;
Error.prepareStackTrace = (err, sites) => sites.length > 0;
console.log(new Error('custom').stack);
Error.prepareStackTrace = original;
console.log(new Error('restored').stack.split('\n')[0]);

function* failing() { throw new Error('gen'); }
try { new Set(failing()); } catch (e) { show(e); }
try { new Map(failing()); } catch (e) { show(e); }
try { [...failing()]; } catch (e) { show(e); }
try { console.log([...failing()].length); } catch (e) { show(e); }
