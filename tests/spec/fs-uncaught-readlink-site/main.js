// An uncaught readlinkSync error shows node's lib/fs.js line, as node does.
const fs = require('fs');
console.log('before');
fs.readlinkSync('/definitely/not/here');
