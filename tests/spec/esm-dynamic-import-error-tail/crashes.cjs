module.exports = { v: undefined.foo };
