// Async frames of static methods are named after their class; a plain function's properties are `Function.`.
class Database {
  static async connect() {
    await Database.init();
  }
  static async init() {
    await null;
    throw new Error('connection refused');
  }
}
function Legacy() {}
Legacy.load = async function load() {
  await null;
  await Database.connect();
};
const api = {
  async get() {
    await Legacy.load();
  },
};
api.get().catch((e) => console.log(e.stack.replaceAll(__dirname, '.')));
