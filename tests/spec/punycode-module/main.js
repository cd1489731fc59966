// node:punycode (node 20 ships punycode.js 2.1.0 as lib/punycode.js): encode, decode, IDNA, ucs2.
const punycode = require('punycode');
console.log(punycode);
console.log(punycode.encode('mañana'), punycode.decode('maana-pta'), punycode.toASCII('mañana.com'), punycode.toUnicode('xn--maana-pta.com'));
console.log(punycode.ucs2.decode('☃𝌆'), punycode.ucs2.encode([0x61, 0x1D306]), punycode.toASCII('джумла@джpумлатест.bрфa'));
console.log(require('node:punycode') === punycode, Object.keys(punycode));
try { punycode.decode('\x81'); } catch (e) { console.log(e.name, e.message); }
for (const host of ['münchen.de', 'bücher.example', '例え.テスト', 'ascii.only', '']) console.log(JSON.stringify(host), punycode.toASCII(host));
import('node:punycode').then((ns) => console.log(ns.default === punycode, typeof ns.toASCII));
