// An ES module entry whose evaluation throws a value that is not an Error: node rethrows it from run_main and
// shows that line, not the user's throw.
import { readFileSync } from 'node:fs';
function check(config) {
  if (!config.port) throw `missing port in ${JSON.stringify(config)}`;
}
console.log(typeof readFileSync);
await null;
check({ host: 'x' });
