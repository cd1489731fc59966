// A loop at the top level that catches a stack overflow many times: every one is an ordinary RangeError.
const down = (n) => down(n + 1);
let caught = 0;
for (let i = 0; i < 40; i++) {
  try { down(0); } catch (e) { if (e instanceof RangeError) caught++; }
}
console.log('caught', caught);
function deeper(n) { return n === 0 ? 0 : 1 + deeper(n - 1); }
console.log('still recursing', deeper(1000));
const walk = (node) => (node ? 1 + walk(node.next) : 0);
let list = null;
for (let i = 0; i < 500; i++) list = { next: list };
console.log('list length', walk(list));
