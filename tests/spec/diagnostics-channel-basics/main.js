// node:diagnostics_channel: named channels, subscribers, stores bound to AsyncLocalStorage, tracing channels.
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');

const ch = dc.channel('app:request');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('app:request'), ch instanceof dc.Channel);
function onMessage(msg, name) { console.log('got', msg, 'on', name); }
ch.subscribe(onMessage);
console.log(ch.hasSubscribers, dc.channel('app:request') === ch);
ch.publish({ url: '/a' });
dc.subscribe('app:request', (m) => console.log('second', m.url));
ch.publish({ url: '/b' });
console.log(ch.unsubscribe(onMessage), ch.unsubscribe(onMessage));
ch.publish({ url: '/c' });
console.log(dc.hasSubscribers('nobody'), dc.unsubscribe('nobody', onMessage));

const als = new AsyncLocalStorage();
const storeCh = dc.channel('app:store');
storeCh.bindStore(als, (data) => ({ id: data.id * 10 }));
const out = storeCh.runStores({ id: 4 }, function (a, b) {
  console.log('inside', als.getStore(), this.tag, a + b);
  return 'result';
}, { tag: 'ctx' }, 1, 2);
console.log(out, als.getStore(), storeCh.unbindStore(als), storeCh.unbindStore(als));

const tc = dc.tracingChannel('db:query');
const events = [];
tc.subscribe({
  start: (c) => events.push(`start ${c.sql}`),
  end: (c) => events.push(`end ${c.sql} ${c.result ?? ''}`),
  asyncStart: (c) => events.push(`asyncStart ${c.sql}`),
  asyncEnd: (c) => events.push(`asyncEnd ${c.sql}`),
  error: (c) => events.push(`error ${c.sql} ${c.error.message}`),
});
console.log(tc.hasSubscribers, tc.traceSync((x) => x * 2, { sql: 'sync' }, null, 21));
try { tc.traceSync(() => { throw new Error('boom'); }, { sql: 'bad' }); } catch (e) { console.log('caught', e.message); }
tc.traceCallback((n, cb) => setTimeout(() => cb(null, n + 1), 1), 1, { sql: 'cb' }, null, 5, (err, v) => {
  events.push(`callback ${v}`);
});
tc.tracePromise(async (n) => n * 3, { sql: 'promise' }, null, 7).then((v) => {
  events.push(`then ${v}`);
});
setTimeout(() => console.log(events), 20);

for (const bad of [() => dc.channel(42), () => ch.subscribe('x'), () => dc.tracingChannel(5), () => dc.tracingChannel({ start: 1 })]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}
