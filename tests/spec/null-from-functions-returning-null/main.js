// 'Cannot read properties of null' when the value came from the file's own function that returns null on
// some path (directly, or through a name it was assigned to); undefined from Map#get and the like.
const users = [{ id: 1, name: 'Ann' }];
function findUser(id) { for (const u of users) if (u.id === id) return u; return null; }
const findArrow = (id) => users.find((u) => u.id === id) || null;
const findUndef = (id) => users.find((u) => u.id === id);
class Repo { get(id) { return id === 1 ? users[0] : null; } }
const repo = new Repo();
try { console.log(findUser(2).name); } catch (e) { console.log(e.message); }
const u = findUser(3);
try { console.log(u.name); } catch (e) { console.log(e.message); }
try { console.log(findArrow(2).name); } catch (e) { console.log(e.message); }
try { console.log(findUndef(2).name); } catch (e) { console.log(e.message); }
try { console.log(repo.get(2).name); } catch (e) { console.log(e.message); }
const m = new Map();
try { console.log(m.get('x').name); } catch (e) { console.log(e.message); }
function getConfig() { return undefined; }
try { console.log(getConfig().port); } catch (e) { console.log(e.message); }
async function load(id) { return findUser(id); }
(async () => { const x = await findUser(5); try { console.log(x.name); } catch (e) { console.log(e.message); } })();
