globalThis.__loads = (globalThis.__loads || 0) + 1;
console.log('counter.js executing, load #' + globalThis.__loads);
let count = 0;
module.exports = {
  loadNumber: globalThis.__loads,
  inc() {
    return ++count;
  },
};
