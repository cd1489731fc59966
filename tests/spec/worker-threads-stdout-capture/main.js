// `stdout: true` / `stderr: true`: the worker's output arrives on worker.stdout / worker.stderr instead of the
// process's, and the streams end when it exits.
const { Worker } = require('worker_threads');
const w = new Worker(`console.log('line one'); console.error('an error line'); console.log('line two');`,
  { eval: true, stdout: true, stderr: true });
let out = '';
let err = '';
w.stdout.setEncoding('utf8');
w.stdout.on('data', (c) => { out += c; });
w.stderr.on('data', (c) => { err += c; });
w.stdout.on('end', () => {
  console.log('captured:', JSON.stringify(out));
  console.log('captured stderr:', JSON.stringify(err));
  const plain = new Worker(`console.log('not captured: printed by the parent')`, { eval: true });
  plain.on('exit', (c) => console.log('plain exit', c));
});
w.on('exit', (c) => console.log('exit', c));
