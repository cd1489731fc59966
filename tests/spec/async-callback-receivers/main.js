// Async callbacks' frames after an await name what called them, as V8 does even for arrows: the emitter
// (`async Server.<anonymous>`, `async Thing.onGo`), a timer (`async Timeout._onTimeout`), an immediate.
const { EventEmitter } = require('events');
class Thing extends EventEmitter {}
async function fail(label) { await null; throw new Error(label); }
const show = (e) => console.log(e.message, e.stack.split('\n')[2].replaceAll(__dirname, '.'));
const t = new Thing();
t.on('a', async () => { await fail('listener arrow').catch(show); });
t.once('b', async () => { await fail('once arrow').catch(show); });
const onGo = async () => { await fail('named arrow').catch(show); };
t.on('go', onGo);
t.on('fn', async function () { await fail('listener function').catch(show); });
t.emit('a');
t.emit('b', 1);
t.emit('go');
t.emit('fn');
setTimeout(async () => {
  await fail('timeout arrow').catch(show);
  setImmediate(async () => {
    await fail('immediate arrow').catch(show);
    const timer = setInterval(async function tick() {
      clearInterval(timer);
      await fail('interval function').catch(show);
      process.nextTick(async () => { await fail('tick arrow').catch(show); });
    }, 5);
  });
}, 5);
