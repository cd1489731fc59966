// setEnvironmentData values are copied into workers when they start.
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');
setEnvironmentData('config', { retries: 3, mode: 'fast' });
setEnvironmentData('version', 'v1');
console.log('main get:', getEnvironmentData('config'));
const w = new Worker(`
  const { getEnvironmentData, parentPort } = require('worker_threads');
  parentPort.postMessage([getEnvironmentData('config'), getEnvironmentData('version'), getEnvironmentData('missing')]);
`, { eval: true });
w.on('message', (m) => console.log('worker get:', m));
