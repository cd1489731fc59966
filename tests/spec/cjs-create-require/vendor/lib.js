module.exports = 'vendor/lib.js via createRequire';
