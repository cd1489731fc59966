// Parameters node's crypto binding refuses: the code is a plain property (not in the header), and node's
// frame names the function (the receiver as called).
const crypto = require('crypto');
const { scryptSync } = crypto;
try { crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha265'); } catch (err) { console.log(err.stack.split('\n').slice(0, 2).join('\n'), err.code); }
try { crypto.scryptSync('password', 'salt', 32, { N: 1000 }); } catch (err) { console.log(err.stack.split('\n').slice(0, 2).join('\n'), err.code); }
try { scryptSync('password', 'salt', 32, { N: 3 }); } catch (err) { console.log(err.stack.split('\n').slice(0, 2).join('\n')); }
try { crypto.scrypt('pw', 'salt', 32); } catch (err) { console.log(err.stack.split('\n').slice(0, 2).join('\n')); }
crypto.pbkdf2('password', 'salt', 1, 32, 'sha265', () => {});
