// Calling something that is not a function: node names the callee as written.
const api = { users: { count: 2 } };
console.log('users:', api.users.count);
api.users.list();
