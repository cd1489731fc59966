// pbkdf2 derived keys are deterministic: async results equal pbkdf2Sync, for several digests and lengths.
const crypto = require('crypto');
const cases = [
  ['password', 'salt', 1, 20, 'sha1'],
  ['password', 'salt', 4096, 32, 'sha256'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1'],
  ['pässwörd', 'sält', 1000, 64, 'sha512'],
  ['', 'salt', 10, 8, 'sha384'],
];
let pending = cases.length;
const results = new Array(cases.length);
cases.forEach((c, i) => {
  crypto.pbkdf2(...c, (err, key) => {
    const same = key.toString('hex') === crypto.pbkdf2Sync(...c).toString('hex');
    results[i] = `${c[4]} iter=${c[2]} len=${c[3]}: ${key.toString('hex')} (matches sync: ${same})`;
    if (--pending === 0) console.log(results.join('\n'));
  });
});
console.log('all', cases.length, 'jobs submitted; callbacks arrive later');
