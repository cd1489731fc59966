// console.log shows class instances with their class name, getters as [Getter], and custom inspect names.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
}
class Point3D extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; }
}
class Empty {}
class WithPrivate { #secret = 1; visible = 2; static s = 3; }
console.log(new Point(1, 2));
console.log(new Point3D(1, 2, 3));
console.log(new Empty(), [new Empty()]);
console.log(new WithPrivate());
console.log(Point, Point3D, Empty);
const o = { get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} };
console.log(o);
class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(new Tagged());
console.log(Object.create(Point.prototype));
const withCtorProp = { constructor: 'not a function', a: 1 };
console.log(withCtorProp);
console.log(new Error('errors print with a stack').message);
console.log([new Boolean(true), new Number(3), new String('str')]);
