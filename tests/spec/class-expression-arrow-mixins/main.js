// Arrow functions whose concise body is a class expression (the mixin pattern): the whole class is the body.
const Serializable = (Base) => class extends Base {
  serialize() { return JSON.stringify(this); }
};
const Named = (Base) => class extends Base { name = 'named'; };
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class NamedPoint extends Serializable(Named(Point)) {}
const p = new NamedPoint(1, 2);
console.log(p.serialize(), p instanceof Point, Object.getPrototypeOf(NamedPoint.prototype).constructor.name);
const make = () => class { x = 1; };
console.log(new (make())().x, typeof make);
const list = [1, 2].map((n) => class { static n = n; }).map((C) => C.n);
console.log(list);
