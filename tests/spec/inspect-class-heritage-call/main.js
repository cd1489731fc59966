// Mixins: util.inspect prints a class whose heritage is a call (or any `(` before its body) as node does, as a
// plain function, since node tells classes by their source text.
const Serializable = (Base) => class extends Base {
  toJSON() { return { ...this }; }
};
const Timestamped = (Base) => class extends Base {
  constructor(...args) { super(...args); this.created = 'today'; }
};
class Entity { constructor(id) { this.id = id; } }
class User extends Serializable(Timestamped(Entity)) {
  constructor(id, name) { super(id); this.name = name; }
}
console.log(User);
console.log(new User(1, 'ann'));
console.log({ model: User, base: Entity });
console.log([Serializable(Entity)]);
const pick = true;
class Chosen extends (pick ? Entity : Object) {}
console.log(Chosen);
class /* a comment ( */ Plain extends Entity {}
console.log(Plain, class {}, class Named {});
