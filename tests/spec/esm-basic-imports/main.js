// ES module entry ("type": "module"): static imports of a local module, node: built-ins (default and named), JSON with import attributes, import.meta.
import fs, { readFileSync } from 'node:fs';
import path from 'path';
import { EventEmitter } from 'events';
import { double, counter, increment } from './lib.js';
import data from './data.json' with { type: 'json' };
console.log('double', double(21));
console.log('live binding', counter);
increment();
console.log('live binding after increment', counter);
console.log('fs default and named agree', fs.readFileSync === readFileSync);
console.log('json', data);
console.log('import.meta.url', import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/main.js'));
console.log('filename/dirname', path.basename(import.meta.filename), path.basename(import.meta.dirname) === path.basename(process.cwd()));
console.log('EventEmitter', typeof EventEmitter);
console.log('this at top level', this);
console.log('typeof require', typeof require, 'typeof module', typeof module);
