module.exports = 'withmain/index.js (should not load)';
