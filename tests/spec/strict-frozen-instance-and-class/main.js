'use strict';
// ES modules are strict: writes to frozen/sealed objects throw
const DEFAULTS = Object.freeze({ port: 8080, host: 'localhost' });
const EMPTY = Object.freeze({});
const LEVELS = Object.freeze(['debug', 'info', 'warn']);
const sealed = Object.seal({ retries: 3 });
class Session {
  constructor(user) {
    this.user = user;
    Object.freeze(this);
  }
}
class Registry {
  static items = [];
}
Object.freeze(Registry);
const attempts = {
  'change frozen prop': () => { DEFAULTS.port = 9090; },
  'add to frozen object': () => { DEFAULTS.timeout = 30; },
  'add to empty frozen object': () => { EMPTY.anything = 1; },
  'overwrite frozen array item': () => { LEVELS[0] = 'trace'; },
  'push to frozen array': () => { LEVELS.push('error'); },
  'truncate frozen array': () => { LEVELS.length = 0; },
  'add to sealed object': () => { sealed.timeout = 1; },
  'change sealed prop (allowed)': () => { sealed.retries = 5; return sealed.retries; },
  'delete from sealed object': () => { delete sealed.retries; },
  'add prop to frozen instance': () => { new Session('ada').expires = 0; },
  'change frozen instance prop': () => { new Session('ada').user = 'bob'; },
  'replace static on frozen class': () => { Registry.items = null; },
  'mutate array inside frozen (allowed)': () => { Registry.items.push(1); return Registry.items.length; },
};
for (const [label, fn] of Object.entries(attempts)) {
  try {
    const r = fn();
    console.log(`ok    ${label}${r !== undefined ? ' -> ' + r : ''}`);
  } catch (e) {
    console.log(`FAIL  ${label}: ${e.constructor.name}: ${e.message}`);
  }
}
console.log(DEFAULTS, LEVELS, sealed);
EMPTY.crash = true;
