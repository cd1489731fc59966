// JSON.stringify on a cycle names the path that closes it, shortened in the middle when long.
function show(label, value, replacer) {
  try {
    JSON.stringify(value, replacer);
  } catch (e) {
    console.log(`${label}:`, e.message);
  }
}
const node = { name: 'root' };
node.self = node;
show('self', node);
const tree = { children: [{ name: 'leaf', meta: {} }] };
tree.children[0].meta.root = tree;
show('through an array', tree);
const deep = { a: { b: { c: { d: { e: {} } } } } };
deep.a.b.c.d.e.back = deep.a;
show('deep', deep);
class Session { constructor() { this.owner = { session: this }; } }
show('class', { s: new Session() });
show('bigint', { n: 10n });
show('replacer skips the cycle', node, ['name']);
const list = [];
list.push({ list });
show('array', list);
