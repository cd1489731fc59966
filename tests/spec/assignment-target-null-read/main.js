// A read that fails inside an assignment's target is placed at that read, not at the `=`.
const list = { head: { next: null } };
let x;
try { x = list.head.next.next.value; } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('<dir>')); }
try { list.head.next.next.value = 1; } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('<dir>')); }
try { list.head.next.next[0] = 1; } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('<dir>')); }
try { list.head.next.next = 1; } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('<dir>')); }
function insert(node, value) {
  node.next.next.value = value;
}
insert(list.head, 5);
