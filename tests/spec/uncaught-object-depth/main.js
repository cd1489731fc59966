// A thrown plain object prints as node inspects fatal values: depth 5, its custom inspect ignored.
const o = { a: { b: { c: { d: { e: { f: { g: 1 } } } } } }, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
throw o;
