// The slips of learners' exercises, worded as V8 words them: a grid neighbour past the edge, a record read
// from an empty list, a factory's unknown kind, Object.assign onto a frozen object, a destructuring default.
const t = (label, f) => { try { f(); } catch (e) { console.log(label.padEnd(16), e.constructor.name, e.message); } };
const grid = [[1, 2], [3, 4]];
const r = 0, c = 1;
t('up-right', () => grid[r - 1][c + 1]);
t('set up-right', () => { grid[r - 1][c + 1] = 5; });
t('negative row', () => grid[-1][0]);
t('row * 2', () => grid[r * 2 + 2][c]);
const accounts = [];
const i = 0;
t('empty list', () => { const { owner } = accounts[i]; });
const limits = {};
const name = 'gold';
t('missing tier', () => { const { min } = limits[name]; });
t('default first', () => { const { retries = 3 } = null; });
const registry = { square: class Square {} };
const kind = 'hexagon';
t('factory literal', () => new registry['hexagon']());
t('factory key', () => new registry[kind]());
t('factory index', () => new [Object][0]());
t('assign frozen', () => Object.assign(Object.freeze({}), { y: 1 }));
t('assign frozen 2', () => Object.assign(Object.freeze({ y: 2 }), { y: 1 }));
let k = 0;
t('side effect', () => grid[k++ + 5][0]);
console.log('k is', k);
class Lift {
  constructor() { this.floor = 2; }
  report() { console.log(new Error('where').stack.split('\n')[1].split(__dirname).join('<dir>')); }
}
const o = {};
o.tick = function () { console.log(new Error('tick').stack.split('\n')[1].split(__dirname).join('<dir>')); };
setTimeout(new Lift().report, 1);
setTimeout(o.tick, 5);
setTimeout(() => grid[r + 2][c - 1], 10);
