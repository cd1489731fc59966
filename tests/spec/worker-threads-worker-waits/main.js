// Workers blocking in Atomics.wait until the main thread notifies them (one scenario after another).
const { Worker } = require('worker_threads');

function one(next) {
  const sab = new SharedArrayBuffer(8);
  const flags = new Int32Array(sab);
  const w = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const flags = new Int32Array(workerData);
    parentPort.postMessage('waiting');
    const r = Atomics.wait(flags, 0, 0);
    flags[1] = flags[0] * 10;
    parentPort.postMessage('woke: ' + r + ', value ' + flags[0]);
  `, { eval: true, workerData: sab });
  w.on('message', (m) => {
    console.log(m);
    if (m === 'waiting') {
      setTimeout(() => {
        Atomics.store(flags, 0, 7);
        console.log('notified', Atomics.notify(flags, 0));
      }, 20);
    }
  });
  w.on('exit', () => { console.log('flags[1] =', flags[1]); next(); });
}

// Three workers block on one location; a notify of count 1 at a time wakes them.
function three(next) {
  const i32 = new Int32Array(new SharedArrayBuffer(8));
  const results = [];
  let exited = 0;
  for (let k = 0; k < 3; k++) {
    const w = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const i32 = new Int32Array(workerData.sab);
    const r = Atomics.wait(i32, 0, 0);
    parentPort.postMessage(workerData.k + ':' + r);
    `, { eval: true, workerData: { sab: i32.buffer, k } });
    w.on('message', (m) => results.push(m));
    w.on('exit', () => { if (++exited === 3) { console.log('all woke', results.sort()); next(); } });
  }
  let woken = 0;
  function poke() {
    woken += Atomics.notify(i32, 0, 1);
    if (woken < 3) return setTimeout(poke, 2);
    console.log('total woken via notify', woken);
  }
  setTimeout(poke, 100);
}

// A worker's wait with a timeout that nothing beats, then one the main thread beats.
function timeouts() {
  const i32 = new Int32Array(new SharedArrayBuffer(8));
  const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  parentPort.postMessage('short: ' + Atomics.wait(workerData, 0, 0, 10));
  parentPort.postMessage('long: ' + Atomics.wait(workerData, 1, 0, 5000) + ' ' + workerData[1]);
  `, { eval: true, workerData: i32 });
  w.on('message', (m) => {
    console.log(m);
    if (m.startsWith('short')) setTimeout(() => { Atomics.store(i32, 1, 9); Atomics.notify(i32, 1); }, 50);
  });
  w.on('exit', (code) => console.log('exit', code));
}

one(() => three(timeouts));
