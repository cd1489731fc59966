// Minified-style code: `yield` and `await` with their operand glued on (no space), which the traced run's
// instrumentation must keep apart; the order of resumptions against timers and microtasks as in node.
function*g(){const a=yield[1,2];const b=yield(a+1);yield{b}}
async function f(x){const v=await(x);const w=await[v,v*2];return w}
async function*ag(){yield(await(5));yield[6]}
const it=g();
console.log(JSON.stringify(it.next()),JSON.stringify(it.next(10)),JSON.stringify(it.next(20)),JSON.stringify(it.next()));
f(Promise.resolve(3)).then((r)=>console.log('f',r));
setTimeout(()=>console.log('timeout'),0);
(async()=>{for await(const v of ag())console.log('ag',JSON.stringify(v))})();
queueMicrotask(()=>console.log('microtask'));
