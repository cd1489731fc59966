// Generators left suspended mid-way (never finished, or closed with return/throw): spans stay balanced.
function* counter() { let i = 0; try { while (true) yield i++; } finally { console.log('closed at', i); } }
const a = counter(); a.next(); a.next();           // abandoned while suspended
const b = counter(); b.next(); b.return(5);         // closed through finally
const c = counter(); c.next(); try { c.throw(new Error('stop')); } catch (e) { console.log(e.message); }
async function* ticks() { yield 1; await null; yield 2; }
const d = ticks(); d.next().then((r) => console.log('first', r.value));  // never resumed again
