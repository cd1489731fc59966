// A method's frame keeps its receiver's name after an await resumed it (`at Object.load`, `at Store.save`).
const api = {
  async load(id) {
    await null;
    if (id > 1) throw new Error(`no item ${id}`);
    return { id };
  },
};
class Store {
  async save(item) {
    await new Promise((r) => setTimeout(r, 1));
    throw new TypeError(`cannot save ${item.id}`);
  }
}
function legacy() {}
legacy.prototype.run = async function () {
  await null;
  throw new RangeError('legacy');
};
async function main() {
  console.log(await api.load(1));
  try { await api.load(2); } catch (e) { console.log(e.stack.replaceAll(__dirname, '.')); }
  try { await new legacy().run(); } catch (e) { console.log(e.stack.replaceAll(__dirname, '.')); }
  await new Store().save({ id: 7 });
}
main();
