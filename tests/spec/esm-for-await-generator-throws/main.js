// A top-level `for await` whose async generator throws after its first yield: node crashes (exit 1) and
// the line after the loop never runs. (Boa 0.22 took such a module for a synchronous one and dropped the
// rejection: no output, exit 0.)
async function* readings() {
  yield 21.5;
  yield 22.0;
  throw new RangeError('sensor offline');
}
let count = 0;
for await (const value of readings()) {
  count++;
  console.log('reading', count, value);
}
console.log('not reached', count);
