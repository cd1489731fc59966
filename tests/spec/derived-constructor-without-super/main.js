// Forgetting super() in a subclass constructor: V8 throws when the constructor returns, at the last thing it ran.
class Animal {
  constructor(name) { this.name = name; }
}
class Dog extends Animal {
  constructor(name) {
    console.log('making a dog called', name);
    const tricks = ['sit'];
    tricks.push('roll');
  }
}
class Quiet extends Animal {
  constructor() {}
}
try { new Quiet(); } catch (e) { console.log(e.constructor.name, e.message); }
new Dog('Rex');
