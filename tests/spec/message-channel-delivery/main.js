// MessageChannel/MessagePort: delivery in the poll phase (after due timers, before immediates), one callback per
// message with ticks and microtasks between, on/once/onmessage, closing, cloning errors, unref. Each step runs in its
// own loop iteration, started by a timer well after the previous one.
const steps = [];
const step = (f) => steps.push(f);
function next() {
  const f = steps.shift();
  if (f) setTimeout(() => { console.log('--'); f(); }, 30);
}

step(() => {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = (e) => {
    console.log('msg', e.data, e.constructor.name, e.type);
    process.nextTick(() => console.log('tick', e.data));
    Promise.resolve().then(() => console.log('micro', e.data));
    if (e.data === 3) port1.close();
  };
  port2.postMessage(1);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('first micro'));
  process.nextTick(() => console.log('first tick'));
  port2.postMessage(2);
  port2.postMessage(3);
  console.log('sync');
  port1.on('close', () => { console.log('close1'); next(); });
});

step(() => {
  const c = new MessageChannel();
  console.log(Object.keys(c), c.port1 === c.port1, c.port1.constructor.name, Object.prototype.toString.call(c.port1));
  const { port1, port2 } = c;
  port2.postMessage({ nested: [1, { d: new Date(0) }], m: new Map([[1, 'a']]) });
  port1.onmessage = (e) => {
    console.log(e.data, e.ports, JSON.stringify(e.origin), JSON.stringify(e.lastEventId), e.source, e instanceof Event, e instanceof MessageEvent);
    port1.close();
    next();
  };
});

step(() => {
  const x = new MessageChannel();
  x.port1.on('message', (v) => console.log('got', v));
  x.port2.postMessage('last before close');
  x.port2.close();
  x.port2.postMessage('after close: dropped');
  x.port1.on('close', () => { console.log('peer close'); next(); });
  x.port2.on('close', () => console.log('own close'));
  setImmediate(() => console.log('immediate'));
});

step(() => {
  try { new MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }
  const { port1, port2 } = new MessageChannel();
  try { port2.postMessage(() => 1); } catch (e) { console.log(e.name, e.message); }
  port1.once('message', (v) => { console.log('once', v); port1.close(); next(); });
  port2.postMessage('a');
  port2.postMessage('b');
  const m = new MessageEvent('message', { data: 5 });
  console.log(m.data, m.type, m instanceof Event);
});

step(() => {
  // An unref'd port with a listener does not keep the process alive.
  const { port1 } = new MessageChannel();
  port1.on('message', () => {});
  port1.unref();
  console.log('unref', port1.hasRef());
});

next();
