module.exports = 'config';
