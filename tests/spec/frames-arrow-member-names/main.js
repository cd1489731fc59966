const handlers = require('./handlers');
const api = { users: {} };
api.users.find = (id) => { throw new Error(`missing ${id}`); };
const show = (e) => console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.'));
try { handlers.get(7); } catch (e) { show(e); }
try { handlers.total([{ price: { amount: 2 } }, { price: null }]); } catch (e) { show(e); }
try { api.users.find(3); } catch (e) { show(e); }
handlers.load(9).catch(show).then(() => handlers.get(1));
