// The caret of an unhandled rejection is under the `new` that made the error, even with an earlier `new` on the line.
console.log('start');
new Promise((_, rej) => rej(new Error('inner')));
