// An error thrown synchronously through nested async calls made after an await has only its sync frames;
// a retry loop prints each attempt's stack.
async function c() { throw new Error('x'); }
async function b() { await c(); }
async function a() { await null; await b(); }
a().catch(e => console.log(e.stack.replaceAll(__dirname, '.')));
async function fetchData(attempt) {
  if (attempt < 3) throw new Error('fail ' + attempt);
  return 'ok';
}
async function retry(fn, n) {
  for (let i = 1; i <= n; i++) {
    try { return await fn(i); } catch (e) { console.log(e.stack.replaceAll(__dirname, '.')); }
  }
}
retry(fetchData, 3).then(v => console.log(v));
async function low() { throw new Error('ECONNRESET'); }
async function mid() { await low(); }
async function top() { await mid(); }
top().catch(() => top().catch((e) => console.log(e.stack.replaceAll(__dirname, '.'))));
