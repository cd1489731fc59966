// events.on/once on null or undefined: V8's TypeError for reading 'on', with node's frames.
const events = require('events');
try { events.on(null, 'x'); } catch (e) { console.log(e.stack.split('\n').slice(0, 5).join('\n').split(__dirname).join('.')); }
events.once(undefined, 'x').catch((e) => { console.log(e.stack.split('\n').slice(0, 5).join('\n').split(__dirname).join('.')); });
setTimeout(() => events.on(null, 'y'), 1);
