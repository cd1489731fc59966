// An async chain: time suspended at `await` is not on-CPU time, so each function's span ends at its await
// and a new span starts when it resumes.
function work(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += square(i);
  return s;
}
function square(x) {
  return x * x;
}
async function load(id) {
  await null;
  return work(id * 3);
}
async function handler() {
  const a = await load(1);
  const b = await load(2);
  return a + b;
}
async function main() {
  const total = await handler();
  console.log('total', total);
}
main().then(() => console.log('done'));
