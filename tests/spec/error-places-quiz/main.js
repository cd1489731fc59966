// Where V8 places errors from code a quiz shows: the temporal dead zone through a missing semicolon, a getter
// without a setter defined with Object.defineProperty, and a symbol converted to a string by `+`, a template
// and `+=`. Each prints its message and the frame's position.
'use strict';
const where = (e) => `${e.name}: ${e.message} @ ${e.stack.split('\n')[1].trim().replace(__filename, 'main.js')}`;

try {
  let a = 1
  let b = 2
  let [x, y] = [a, b]
  [x, y] = [y, x]
  console.log(x, y)
} catch (e) { console.log(where(e)); }

const account = { owner: 'Ann' };
Object.defineProperty(account, 'balance', {
  get() { return 100; },
  enumerable: true,
});
try { account.balance = 50; } catch (e) { console.log(where(e)); }

const ROLE = Symbol('admin');
try { const label = 'Role: ' + ROLE; console.log(label); } catch (e) { console.log(where(e)); }
try { console.log(`Role: ${ROLE} granted`); } catch (e) { console.log(where(e)); }
try { let s = 'roles:'; s += ROLE; console.log(s); } catch (e) { console.log(where(e)); }
try { const n = +ROLE; console.log(n); } catch (e) { console.log(where(e)); }
function describe(role) {
  return 'role ' + role;
}
try { describe(ROLE); } catch (e) { console.log(where(e)); }
