// Destructuring a parameter that was not passed: V8 names the first property and points at it.
class Account {
  constructor({ owner, balance = 0 }) {
    this.owner = owner;
    this.balance = balance;
  }
  transfer(to, { amount }) { return `${amount} to ${to}`; }
  static create({ id }) { return new Account({ owner: id }); }
}
function connect(host, { timeout }) { return `${host}:${timeout}`; }
const api = { update({ name }) { return name; } };
const attempts = [
  () => new Account(),
  () => new Account({ owner: 'ann' }).transfer('bob'),
  () => Account.create(),
  () => connect('db'),
  () => api.update(),
  () => new Account(null),
  () => [{ owner: 'cy' }, undefined].map(({ owner }) => owner),
  () => (({ name }) => name)(null),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
    console.log(err.stack.split('\n')[1].replace(__dirname, '<dir>'));
  }
}
new Account();
