// readable.asIndexedPairs() still works in node 20 but warns once that it is deprecated (a warning with no code).
const { Readable } = require('stream');
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.code));
(async () => { console.log(await Readable.from([1, 2]).asIndexedPairs().toArray()); console.log(await Readable.from([3]).asIndexedPairs().toArray()); })();
