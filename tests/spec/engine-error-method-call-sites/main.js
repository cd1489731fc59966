// Errors from method calls on null/undefined where the engine keeps no position for the callee: the message
// names the call that failed (not an earlier successful one), and null vs undefined follows the source.
const show = (label, e) => console.log(label, e.message, e.stack.split('\n')[1].replace(__dirname, '<dir>'));
const a = [1];
a.push(2);
let u;
try { u.foo(); } catch (e) { show('after a push', e); }
function g() {
  const b = [1];
  b.push(2);
  let v;
  v.bar();
}
try { g(); } catch (e) { show('in a function', e); }
const o = {};
try { o.x.f(); } catch (e) { show('first try', e); }
const n = null;
try { for (const item of n) console.log(item); } catch (e) { show('second try', e); }
let p, q;
try { p.first(); } catch (e) { show('p', e); }
try { q.second(); } catch (e) { show('q', e); }
const list = { head: null };
try { console.log(list.head.value); } catch (e) { show('list head', e); }
const users = [{ name: 'a', address: null }];
try { console.log(users[0].address.city); } catch (e) { show('address', e); }
class LinkedList { constructor() { this.head = null; } first() { return this.head.value; } }
try { new LinkedList().first(); } catch (e) { show('class field', e); }
const found = [1, 2].find((x) => x > 5);
try { found.toString(); } catch (e) { show('find result', e); }
const re = 'abc'.match(/z/);
try { re[0]; } catch (e) { show('match result', e); }
class K { run() { const s = 'x'; s.trim(); this.cfg.get(); } }
try { new K().run(); } catch (e) { show('method', e); }
const r = [3, 1].sort();
r.reverse();
let w;
w.close();
