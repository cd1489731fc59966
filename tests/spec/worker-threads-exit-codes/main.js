// Exit codes of eval workers: process.exit, process.exitCode, a natural end, terminate() before and after start.
const { Worker } = require('worker_threads');
const w = new Worker(`process.exit(3)`, { eval: true });
w.on('exit', (code) => {
  console.log('worker exit code:', code);
  const w2 = new Worker(`process.exitCode = 7`, { eval: true });
  w2.on('exit', (c2) => {
    console.log('second worker exit code:', c2);
    const w3 = new Worker(`1 + 1`, { eval: true });
    w3.on('exit', (c3) => {
      console.log('third worker exit code:', c3);
      const early = new Worker(`setInterval(() => {}, 1000)`, { eval: true });
      early.terminate().then((c) => console.log('terminated before start:', c));
      const late = new Worker(`require('worker_threads').parentPort.postMessage('ready'); setInterval(() => {}, 1000)`, { eval: true });
      late.on('message', async (m) => {
        console.log('message:', m);
        const c = await late.terminate();
        console.log('terminated after start:', c, 'again:', await late.terminate());
      });
      late.on('exit', (c) => console.log('exit event', c));
    });
  });
});
try { new Worker('worker.js'); } catch (e) { console.log(e.code, e.message); }
try { new Worker(42); } catch (e) { console.log(e.code, e.message); }
