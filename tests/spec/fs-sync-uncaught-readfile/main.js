// Reading a file that is not there, with no try/catch: node's report points into its own fs code.
const fs = require('fs');
console.log('loading config');
const config = JSON.parse(fs.readFileSync('./config.json', 'utf8'));
console.log(config);
