// A value that is not iterable, reported where it is iterated, after custom iterables ran earlier in the same
// function (an object literal with a generator method, a class with [Symbol.iterator]).
const range = { *[Symbol.iterator]() { yield 1; yield 2; yield 3; } };
console.log([...range], Math.max(...range));
class Deck {
  constructor() { this.cards = ['A', 'K', 'Q']; }
  [Symbol.iterator]() { return this.cards[Symbol.iterator](); }
}
const deck = new Deck();
for (const c of deck) console.log('card', c);
const [first, ...rest] = deck;
console.log(first, rest);
const settings = { theme: 'dark', size: 12 };
try {
  for (const s of settings) console.log(s);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
for (const [k, v] of Object.entries(settings)) console.log(k, v);
console.log([...range].map((n) => n * 2));
for (const s of settings) console.log(s);
