const c = require('./c');
module.exports = { cKeysDuringLoad: Object.keys(c), cIsEmptyObject: JSON.stringify(c) === '{}' };
