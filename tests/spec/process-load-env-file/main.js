// process.loadEnvFile reads a .env file without replacing variables already set; its errors and chdir's carry
// node's frames; process.env's prototype is node's.
const fs = require('fs');
const util = require('util');
const rel = (s) => String(s).split(__dirname).join('.');
process.chdir(__dirname);
fs.writeFileSync('.env', 'GREETING=hello\nQUOTED="two words"\n# a comment\nexport EXPORTED=3\nTZ=Europe/Paris\n');
process.env.PRESET = 'kept';
fs.appendFileSync('.env', 'PRESET=replaced\n');
process.loadEnvFile();
console.log(process.env.GREETING, process.env.QUOTED, process.env.EXPORTED, process.env.PRESET, process.env.TZ);
fs.unlinkSync('.env');
for (const arg of ['missing.env', 42, '.']) {
  try { process.loadEnvFile(arg); } catch (e) { console.log(rel(e.stack.split('\n').slice(0, 3).join('\n')), e.code); }
}
console.log(typeof process.loadEnvFile, process.loadEnvFile.length, process.loadEnvFile.name);
console.log(Object.getPrototypeOf(process.env) === Object.prototype, process.env.constructor.name === '',
  Object.getPrototypeOf(Object.getPrototypeOf(process.env)) === Object.prototype, util.inspect({ ...process.env }).startsWith('{'));
try { util.stripVTControlCharacters(5); } catch (e) { console.log(rel(e.stack.split('\n').slice(0, 3).join('\n')), e.code); }
try { process.chdir('no-such-dir'); } catch (e) { console.log(rel(e.stack.split('\n').slice(0, 3).join('\n')), e.code); }
process.chdir('no-such-dir');
