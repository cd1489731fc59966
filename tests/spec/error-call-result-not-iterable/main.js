// Iterating what a call returned when it is not iterable: V8 names the callee.
async function fetchAll() { return ['a', 'b']; }
const store = { getItems() { return { a: 1 }; } };
function useState(v) { return { value: v }; }
function parseScores(text) {
  const parts = text.split(',').map(Number);
  // forgot to return parts
}

const attempts = [
  () => { for (const name of fetchAll()) console.log(name); },
  () => { for (const item of store.getItems()) console.log(item); },
  () => { const [count, setCount] = useState(0); return [count, setCount]; },
  () => [...store.getItems()],
  () => { const [first] = parseScores('1,2'); return first; },
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
  }
}
// Uncaught: the header's caret is under the spread call.
const best = Math.max(...parseScores('3,9,4'));
console.log(best);
