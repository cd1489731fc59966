// base.js needs user.js (for a factory), which needs base.js back: a cycle.
const User = require('./user');
class Base {
  describe() { return `a ${this.constructor.name}`; }
}
Base.createUser = () => new User();
module.exports = Base;
