// Readable.prototype.wrap() over an old-style (EventEmitter 'data'/'end') stream: data flows, pause()/resume()
// are forwarded, 'error' and 'destroy' propagate.
const { Readable } = require('stream');
const EventEmitter = require('events');
const old = new EventEmitter();
old.pause = () => console.log('old.pause called');
old.resume = () => console.log('old.resume called');
const r = new Readable({ highWaterMark: 4 }).wrap(old);
console.log('wrap returns', r.constructor.name);
r.on('data', (c) => console.log('data', JSON.stringify(String(c))));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
old.emit('data', 'hello');
old.emit('data', Buffer.from(' world'));
setImmediate(() => {
  old.emit('data', '!');
  old.emit('end');
});

const old2 = new EventEmitter();
old2.destroy = (e) => console.log('old2.destroy called with', e && e.message);
const r2 = new Readable({ objectMode: true }).wrap(old2);
r2.on('error', (e) => console.log('r2 error', e.message));
r2.on('close', () => console.log('r2 close'));
old2.emit('data', { n: 1 });
old2.emit('data', null);
r2.once('data', (o) => console.log('r2 data', o));
old2.emit('error', new Error('old2 broke'));

const old3 = new EventEmitter();
const r3 = Readable.prototype.wrap.call(new Readable(), old3);
r3.setEncoding('utf8');
r3.on('data', (s) => console.log('r3', typeof s, s));
old3.emit('data', Buffer.from([0xe2, 0x82]));
old3.emit('data', Buffer.from([0xac]));
old3.emit('end');
