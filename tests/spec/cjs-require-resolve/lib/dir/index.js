module.exports = 'dir index';
