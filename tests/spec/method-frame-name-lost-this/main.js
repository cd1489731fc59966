class Greeter {
  constructor(name) { this.name = name; }
  greet() { return `Hello, ${this.name.toUpperCase()}`; }
}
const g = new Greeter('ada');
console.log(g.greet());
const { greet } = g;
setTimeout(() => {
  try { greet(); } catch (e) { console.log(e.message, '|', e.stack.split('\n')[1].trim().split(__dirname).join('.')); }
  const detached = g.greet;
  detached();
}, 1);
