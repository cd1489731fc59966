// A CommonJS global read in an ES module (a .js file of a type:module package): node's hint and its place.
console.log('start');
const x = 1;
const fs = require('fs');
