// A for-of's array pattern over elements that are not iterable (V8: '.for is not iterable' at the pattern's ]),
// the loop named among several in one function, and an object given to a parameter's array pattern.
const students = [{ name: 'Ann', score: 90 }];
try { for (const [name, score] of students) {} } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
try { for (const [x] of [1]) {} } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
try { for (let [k, v] of Object.keys({a: 1})) {} } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
try { for (const [k, v] of [null]) {} } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
try { for (const [k, v] of [undefined]) {} } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
function f(list) {
  for (const x of list) {}
  for (const [a, b] of list) { console.log(a, b); }
}
try { f([5]); } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
let p, q;
function dist([x1, y1], [x2, y2]) { return 1; }
dist({ x: 3, y: 4 }, [0, 0]);
