// node 20 still accepts an import assertion ('assert { type: "json" }'), with V8's deprecation warning.
import data from './data.json' assert { type: 'json' };
import again from './data.json' with { type: 'json' };
console.log(data.version, data === again);
