// A circular require between a base class and its subclass.
try {
  require('./base');
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
const Shape = require('./shape');
console.log(typeof Shape, Object.keys(Shape));
class Circle extends Shape {}
