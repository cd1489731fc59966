// Engine errors (a nullish read, an undeclared call) after an `await` in object-literal and class methods:
// V8 names the frames `Object.load` / `Repo.parse`, and the message is made before other errors run.
class Repo {
  async find(id) {
    await null;
    return this.parse(id);
  }
  parse(id) {
    const rec = undefined;
    return rec[id];
  }
  async later() {
    await new Promise((r) => setTimeout(r, 1));
    const cfg = null;
    return cfg.port;
  }
}
const r = new Repo();
r.find('x').catch((e) => console.log(e.stack.replaceAll(__dirname, ".")));
r.later().catch((e) => console.log(e.stack.replaceAll(__dirname, ".")));
const util = {
  async outer() {
    try {
      await this.inner();
    } catch (e) {
      console.log("caught", e.stack.replaceAll(__dirname, "."));
      throw e;
    }
  },
  async inner() {
    await 1;
    undefinedFunction();
  },
};
util.outer().catch((e) => console.log("outer", e.stack.replaceAll(__dirname, ".")));
async function top() {
  await null;
  ({}).x.y;
}
top();
const api = {
  async load(id) {
    await null;
    const user = undefined;
    return user.name;
  },
  async save() {
    await this.load(1);
  },
};
api.save().catch((e) => console.log(e.stack.replaceAll(__dirname, ".")));
