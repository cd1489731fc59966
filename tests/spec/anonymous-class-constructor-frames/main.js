// V8 names the frame of an anonymous class's constructor `new <anonymous>`.
const where = () => new Error('here').stack.split('\n')[2].replace(__dirname, '<dir>');
const make = () => class {
  constructor() { console.log(where()); }
};
new (make())();
const factory = { build() { return class { constructor(x) { this.x = x; console.log(where()); } }; } };
const Built = factory.build();
console.log(new Built(1).x);
class Named { constructor() { console.log(where()); } }
new Named();
const mixin = (Base) => class extends Base { constructor() { super(); console.log(where()); } };
new (mixin(Named))();
new (make())(oops);
