module.exports = 'explicit .cjs';
