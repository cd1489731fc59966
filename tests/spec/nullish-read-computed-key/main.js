// A computed read on a missing entry: V8 names the key's value (`reading '5'`, `reading 'hi'`), which the
// source alone cannot tell when the key is a parameter or a loop variable.
const db = { users: { 1: 'ann' } };
function get(table, id) {
  try { return db[table][id]; } catch (e) { console.log(e.message); }
}
console.log(get('users', 1));
get('posts', 5);
const grid = [[1, 0], [0, 1]];
function at(r, c) { return grid[r][c]; }
for (const [r, c] of [[0, 1], [2, 0], [-1, 1]]) {
  try { console.log(at(r, c)); } catch (e) { console.log(e.message); }
}
const sym = Symbol('meta');
const store = {};
try { store.missing[sym]; } catch (e) { console.log(e.message); }
try { store[sym].x; } catch (e) { console.log(e.message); }
const words = { en: { hi: 'hello' } };
const t = (lang, key) => words[lang][key];
console.log(t('en', 'hi'));
t('fr', 'hi');
