// process.stdout.end(): 'finish' and 'close' fire but the stream stays usable (node never closes fd 1), a
// later write() fails with ERR_STREAM_WRITE_AFTER_END, and console.log still prints afterwards.
process.stdout.on('finish', () => console.error('stdout finish'));
process.stdout.on('close', () => console.error('stdout close', process.stdout.destroyed, process.stdout.writable));
process.stdout.end('bye\n', () => console.error('end cb'));
console.error('after end: writableEnded', process.stdout.writableEnded);
process.stdout.write('more\n', (e) => console.error('write after end cb', e && e.code));
process.stdout.on('error', (e) => console.error('stdout error', e.code));
setTimeout(() => { console.log('console.log after end'); console.error('done'); }, 10);
