// Assigning to a getter-only class property in strict code: V8's message, line and caret.
'use strict';
class Circle {
  constructor(r) { this.r = r; }
  get area() { return Math.PI * this.r ** 2; }
}
const c = new Circle(2);
console.log(c.area.toFixed(2));
c.area = 10;
