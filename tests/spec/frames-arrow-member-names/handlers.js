// Handlers written as arrows assigned to exports, the common module style.
exports.get = (id) => {
  const user = undefined;
  return user.name + id;
};
module.exports.total = (items) => items.reduce((sum, it) => sum + it.price.amount, 0);
exports.load = async (id) => {
  await null;
  throw new Error(`no record ${id}`);
};
