// Errors that everyday aggregation and config code meets, with V8's wording and places: computed keys in
// assignment targets, nested destructuring of a missing section, `delete` and `in` on a missing record,
// Reflect on a primitive, and an async listener that throws after an await.
const EventEmitter = require('events');
const show = (f) => {
  try { f(); } catch (e) { console.log(`${e.name}: ${e.message} | ${e.stack.split('\n')[1].trim().replace(__dirname, '.')}`); }
};
const totals = { north: { jan: {} } };
const row = { region: 'west', month: 'feb', i: 3 };
show(() => { totals[row.region][row.month].sum = 5; });
show(() => { totals.north[row.month].sum += 1; });
show(() => { totals.north[row.month].sum = 1; });
const list = [];
show(() => { list[row.i].name = 'x'; });
const config = { db: {} };
show(() => { const { server: { port } } = config; return port; });
show(() => { const { db: { host }, server: { port } } = config; return host + port; });
show(() => { const [{ id }] = []; return id; });
show(() => { const [[first]] = []; return first; });
show(() => { const { list: [first] } = config; return first; });
show(() => { function handler({ body: { user } }) { return user; } handler({}); });
show(() => { let port; ({ server: { port } } = config); return port; });
show(() => { for (const { meta: { tag } } of [{}]) return tag; });
const cache = {};
show(() => { delete cache.posts[9]; });
show(() => { const records = {}; const rec = records.zz; return 'tags' in rec; });
show(() => Reflect.get(1, 'a'));
show(() => Reflect.ownKeys('str'));
show(() => Reflect.apply(1));
show(() => Object.defineProperty({}, 'k', 'desc'));
const bus = new EventEmitter();
bus.on('order', async (order) => {
  console.log('processing', order.id);
  await null;
  if (!order.items.length) throw new Error(`order ${order.id} is empty`);
  console.log('ok', order.id);
});
bus.emit('order', { id: 1, items: ['x'] });
bus.emit('order', { id: 2, items: [] });
