this.viaThis = 'this === exports at top level';
console.log('this-is-exports.js: this === module.exports', this === module.exports);
