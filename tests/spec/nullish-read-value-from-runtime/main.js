// Whether a failed property read met null or undefined is the value at run time, not a guess from the text.
function greet(user) { return user.name; }
for (const v of [null, undefined]) {
  try { greet(v); } catch (e) { console.log(e.message); }
}
let cur = null;
cur = [].find(() => true);
try { cur.name; } catch (e) { console.log(e.message); }
const rows = JSON.parse('[{"tags":["a"]},{"tags":null},{}]');
for (const r of rows) {
  try { console.log(r.tags.map((t) => t.toUpperCase())); } catch (e) { console.log(e.message); }
}
const cache = new Map([['a', null]]);
for (const k of ['a', 'b']) {
  try { cache.get(k).size; } catch (e) { console.log(e.message); }
}
const users = [{ address: { city: 'Oslo' } }, { address: null }, {}];
for (const u of users) {
  try { u.address.city = u.address.city.toUpperCase(); } catch (e) { console.log(e.message); }
}
function first(list) { return list[0].id; }
try { first([null]); } catch (e) { console.log(e.message); }
try { first(null); } catch (e) { console.log(e.message); }
require('fs').readFile('/nope.txt', (err, data) => {
  console.log(err.code);
  setTimeout(() => {
    const o = { child: Object.getPrototypeOf(Object.prototype) };
    o.child.value;
  });
});
