module.exports = { k: 1 };
console.log('legacy ran');
