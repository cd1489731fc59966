// V8's async stack frames: below an error's own frames, `at async fn (file:line:col)` for each async function
// awaiting the one that failed, with `Promise.all (index N)` for combinators, through methods, arrows, returns.
const show = (e) => console.log(e.stack.split(__dirname).join('<dir>'));
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

class Repo {
  async find(id) { await null; if (id > 1) throw new Error(`no user ${id}`); return { id }; }
  async get(id) { return await this.find(id); }
}
const api = {
  async load(id) { const repo = new Repo(); return await repo.get(id); },
};
const run = async (id) => { await api.load(id); };

async function combinators() {
  try { await Promise.all([tick(), api.load(2)]); } catch (e) { show(e); }
  const settled = await Promise.allSettled([api.load(1), api.load(3)]);
  show(settled[1].reason);
  await Promise.any([api.load(4)]).catch((e) => show(e.errors[0]));
}
async function forwarded() { return api.load(5); }
async function viaReturn() { await forwarded(); }
async function allReturned() { return Promise.all([api.load(1), api.load(6)]); }
async function caller() { await allReturned(); }
async function wraps() {
  try { await api.load(7); } catch (e) { throw new Error('wrapped', { cause: e }); }
}
async function made() { await null; return new RangeError('made, not thrown'); }
async function traced() { await null; console.trace('here'); }
async function engineError() { await null; const user = undefined; return user.name; }

(async function main() {
  await run(8).catch(show);
  await combinators();
  await viaReturn().catch(show);
  await caller().catch(show);
  await wraps().catch((e) => { show(e); show(e.cause); });
  show(await made());
  await traced();
  for (const f of [engineError]) await f().catch(show);
  await (async () => { await tick(); throw new TypeError('in an arrow'); })().catch(show);
})();
