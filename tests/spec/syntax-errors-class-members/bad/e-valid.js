class Outer {
  #secret = 1;
  get #val() { return this.#secret; }
  set #val(v) { this.#secret = v; }
  run() {
    const Inner = class { peek(o) { return o.#secret; } };
    this.#val = 5;
    return [new Inner().peek(this), #secret in this, "a.#b"];
  }
}
module.exports = new Outer().run();
