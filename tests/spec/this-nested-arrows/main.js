// `this` two or more arrows deep inside a method is the method's `this`.
const EventEmitter = require('events');

class Ticker extends EventEmitter {
  constructor() { super(); this.count = 0; }
  start(times) {
    return new Promise((resolve) => {
      const id = setInterval(() => {
        this.count++;
        this.emit('tick', this.count);
        if (this.count === times) { clearInterval(id); resolve(this.count); }
      }, 5);
    });
  }
}

class Grid {
  scale = 10;
  scaled(rows) { return rows.map((row) => row.map((x) => x * this.scale)); }
  deep() { return [[[1, 2]]].map((a) => a.map((b) => b.map((c) => c + this.scale))); }
  async later() { return new Promise((r) => setTimeout(() => r(this.scale), 1)); }
}

const counter = {
  total: 0,
  addAll(items) { items.forEach((item) => [item].forEach((x) => { this.total += x; })); return this.total; },
  viaFunction() { const self = this; return [1].map(function () { return [2].map(() => this === undefined || this === globalThis); })[0]; },
};

class Base { constructor() { this.ready = true; } }
class Derived extends Base {
  constructor() {
    const later = () => () => this.ready;
    super();
    this.check = later()();
  }
}

const t = new Ticker();
t.on('tick', (n) => console.log('tick', n));
t.start(3).then(async (n) => {
  console.log('done after', n);
  const g = new Grid();
  console.log(g.scaled([[1, 2], [3]]), JSON.stringify(g.deep()), await g.later());
  console.log(counter.addAll([1, 2, 3]), counter.viaFunction());
  console.log(new Derived().check);
});
