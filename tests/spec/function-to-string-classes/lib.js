class Sub extends Error {
  // comment { with brace
  constructor(m) { super(m); this.name = 'Sub'; }
}
module.exports = { Sub };
