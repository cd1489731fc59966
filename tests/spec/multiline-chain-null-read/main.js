// A chain written over several lines (prettier style) whose object is null: V8 names the property on the
// later line and points there (at the name; at the `.` when a call comes before it in the chain).
const users = [{ name: 'ada', active: true }, { name: 'bob', active: false }];
try {
  const found = users
    .filter((u) => u.active)
    .find((u) => u.name === 'zed')
    .name.toUpperCase();
  console.log(found);
} catch (e) {
  console.log(e.message, '|', e.stack.split('\n')[1].trim().replace(__dirname, '.'));
}
function loadSettings() {
  return { theme: 'dark' };
}
try {
  console.log(loadSettings().font.size);
} catch (e) {
  console.log(e.message, '|', e.stack.split('\n')[1].trim().replace(__dirname, '.'));
}
const response = { data: { results: null } };
const names = response.data.results
  .filter((r) => r.active)
  .map((r) => r.name);
console.log(names);
