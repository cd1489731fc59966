// An unref'd timer still fires if something else keeps the loop alive long enough.
const order = [];
setTimeout(() => order.push('unref 10ms fired'), 10).unref();
setTimeout(() => order.push('unref 200ms (never)'), 200).unref();
setTimeout(() => order.push('ref 40ms fired'), 40);
process.on('exit', () => console.log(order.join('\n')));
