const o = {
  get total(items) { return items.length; },
};
