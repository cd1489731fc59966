// "X is not a constructor" for `new (expr)()`: V8 prints the parenthesized callee as its CallPrinter does,
// a property chain, a call as `f(...)`, a literal, a logical expression in parentheses; an optional chain is
// an intermediate value.
const api = { factory: () => ({}), nested: { make: 5 } };
const pick = () => 5;
const list = [5];
const attempts = {
  'chain': () => new (api.factory)(),
  'nested chain': () => new (api.nested.make)(),
  'logical': () => new (api.factory || api.nested)(),
  'double parens': () => new ((api.factory))(),
  'call result': () => new (pick())(),
  'element': () => new (list[0])(),
  'string key': () => new (api['factory'])(),
  'literal': () => new (1)(),
  'null': () => new (null)(),
  'optional chain': () => new (api?.factory)(),
};
for (const [label, attempt] of Object.entries(attempts)) {
  try {
    attempt();
  } catch (e) {
    console.log(label.padEnd(15), `${e.name}: ${e.message}`);
  }
}
new (api.nested.make)();
