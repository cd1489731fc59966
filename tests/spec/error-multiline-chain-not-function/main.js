// A method chain split over lines (and with comments in it): V8's message names the whole chain.
const scores = [40, 75, 90];
const db = { users: { find() { return null; } } };
const builder = { where() { return this; }, orderBy() { return this; } };

const attempts = [
  () => scores
    .filter((s) => s >= 50)
    .map((s) => s / 100)
    .sum(),
  () => db.users
    .findOne({ name: 'ann' }),
  () => builder
    .where('age > 18') // adults only
    .orderBy('name')
    .limit(10),
  () => scores /* the list */ .average(),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
  }
}
const total = scores
  .map((s) => s * 2)
  .total();
console.log(total);
