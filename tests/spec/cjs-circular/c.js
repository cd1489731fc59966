const d = require('./d');
module.exports = { fromD: d };
