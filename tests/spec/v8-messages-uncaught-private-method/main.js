// An uncaught engine error with V8's message and column: a private method called on a foreign object.
class Counter {
  #bump() { return 1; }
  static bump(o) { return o.#bump(); }
}
console.log(new Map([[1, 2]]).size);
Counter.bump({});
