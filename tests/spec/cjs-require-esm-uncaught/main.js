// An error thrown while a require()d ES module evaluates: V8 shows where it was made, then node's frames.
console.log('start');
function load() {
  return require('./boom.mjs');
}
load();
