module.exports = 'plain/index.js';
