// Watch the console and the queues: once the microtasks drain, Node notices the rejection nobody handled and
// crashes with exit code 1 (stderr shows the Error). The timer queued by the main script never gets to run.
process.on('exit', (code) => console.log(`exit event: code ${code}`));

async function loadConfig() {
  console.log('loadConfig: started');
  await null; // the rest runs later, as a microtask
  throw new Error('boom'); // rejects the promise that loadConfig() returned
}

setTimeout(() => console.log('timer: you will never see this'), 0);
loadConfig(); // no await, no .catch(): nobody handles the rejection
process.nextTick(() => console.log('nextTick: still runs before the crash'));
Promise.resolve().then(() => console.log('microtask: still runs before the crash'));
console.log('main script done');
