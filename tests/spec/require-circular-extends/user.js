const Base = require('./base');
// While base.js is still loading, `Base` is its partial exports: an empty object.
class User extends Base {}
module.exports = User;
