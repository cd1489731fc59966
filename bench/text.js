// Text: a 1.1 MB log of 20k lines split by a string and by a regex, an indexOf scan, replaceAll and a global regex match over it, and a localeCompare sort of 2k names. Uses only ECMAScript builtins, so plain Boa runs this same file.
const lines = [];
for (let i = 0; i < 20000; i++) lines.push(`2024-01-01T00:00:${String(i % 60).padStart(2, '0')} line ${i} ${i % 7 === 0 ? 'ERROR' : 'INFO'} something happened`);
const log = lines.join('\r\n');
const byString = log.split('\r\n').length;
const byRegex = log.split(/\r?\n/).length;
let errors = 0;
for (let at = log.indexOf('ERROR'); at !== -1; at = log.indexOf('ERROR', at + 1)) errors++;
const replaced = log.replaceAll('INFO', 'info').length;
const digits = log.match(/\d+/g).length;
const names = [];
let seed = 7;
for (let i = 0; i < 2000; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  names.push(['Zoë', 'ana', 'Émile', 'bob', 'Çelik', 'dan'][seed % 6] + (seed % 1000));
}
names.sort((a, b) => a.localeCompare(b));
console.log('text', byString, byRegex, errors, replaced, digits, names[0], names[1999]);
