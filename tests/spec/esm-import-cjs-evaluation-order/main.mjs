// A CommonJS module imported from an ES module runs in its place in the graph's evaluation order (node's
// translator loads it in the module's evaluation step), not while the graph is being linked.
import { log } from './logger.mjs';
import config, { port } from './legacy-config.cjs';
import { db } from './db.mjs';
console.log('4. main.mjs body');
log(`config ${config.name} on ${port}, db ${db.connected}`);
