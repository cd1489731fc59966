// scrypt's option checks (an option under both of its names, limits, memory) and hkdf's info limit.
const crypto = require('crypto');
const bad = [{ N: 3 }, { N: 16, cost: 16 }, { r: 8, blockSize: 8 }, { p: 1, parallelization: 2 }, { N: -1 },
  { cost: 1.5 }, { maxmem: 10 }, { maxmem: -1 }, { N: 1024, r: 8, maxmem: 1024 * 1024 }, { N: 0, r: 0, p: 0 }];
for (const opts of bad) {
  try {
    const key = crypto.scryptSync('pw', 'salt', 16, opts);
    console.log(JSON.stringify(opts), 'ok', key.toString('hex'));
  } catch (e) {
    console.log(JSON.stringify(opts), e.name, e.code, e.message);
  }
}
try { crypto.scrypt('pw', 'salt', 'x', () => {}); } catch (e) { console.log(e.code, e.stack.split('\n').slice(1, 3).join(' | ')); }
try { crypto.hkdfSync('sha256', 'key', 'salt', Buffer.alloc(1025), 16); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', Buffer.alloc(1024), 16)).toString('hex'));
crypto.scryptSync('pw', 'salt', 'sixteen');
