// timers/promises with { ref: false } does not keep the loop alive.
const tp = require('timers/promises');
tp.setTimeout(100, 'unref', { ref: false }).then((v) => console.log('never', v));
tp.setTimeout(10, 'ref').then((v) => console.log('ref timer resolved:', v));
process.on('exit', (c) => console.log('exit', c));
