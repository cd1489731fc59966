// A typo in an fs callback, uncaught: node's stack ends at its request's completion frame.
const fs = require('fs');
fs.stat(__filename, (err, st) => {
  console.log('size is a number:', typeof st.size === 'number');
  st.isFlie();
});
