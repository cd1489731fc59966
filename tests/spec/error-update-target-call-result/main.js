// A compound assignment whose object is a call's result: V8 places the error at the call.
const users = new Map([['ann', { age: 30 }]]);
users.get('ann').age += 1;
console.log(users.get('ann'));
function find(name) { return users.get(name); }
try { find('bob').visits++; } catch (e) { console.log(e.message); }
users.get('bob').age += 1;
