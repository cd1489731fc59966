// An async arrow that is an object's property keeps V8's `Object.name` frame after an await, in its own frame
// and as an awaiting `at async` frame.
const clean = (s) => s.split(__dirname).join('<dir>');
const handlers = {
  upload: async (file) => { await null; if (!file) throw new Error('no file'); return file; },
  onRequest: async (req) => { await null; return handlers.upload(req.file); },
};
async function main() {
  try { await handlers.onRequest({}); } catch (e) { console.log(clean(e.stack)); }
  const o = { run: async () => { await null; throw new Error('boom'); } };
  await o.run();
}
main();
