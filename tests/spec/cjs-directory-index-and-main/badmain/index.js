module.exports = 'badmain/index.js (fallback)';
