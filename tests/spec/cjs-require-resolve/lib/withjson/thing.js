module.exports = 'js wins';
