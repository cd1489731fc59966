// An async method resumed after a timer (a later callback than the one that called it) keeps V8's method
// frame name: `Object.query`, and a named async timer callback `Timeout.refresh [as _onTimeout]`.
const db = {
  async query(sql) {
    await new Promise((r) => setTimeout(r, 2));
    throw new Error(`syntax error near "${sql}"`);
  },
};
db.query('SELEC 1').catch((err) => console.log(err.stack.replaceAll(__dirname, '.')));
async function refresh() {
  await new Promise((r) => setImmediate(r));
  throw new Error('cache backend unavailable');
}
setTimeout(refresh, 5);
