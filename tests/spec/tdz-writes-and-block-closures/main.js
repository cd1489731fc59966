// The temporal dead zone on writes: assigning a let/const/class binding before its declaration ran throws
// (the right-hand side still runs first), as does a closure in a block reading the block's binding early.
// Writes after the declaration, to a shadowing binding or through a loop's own binding, do not.
const log = [];
const note = (label, fn) => {
  try {
    log.push(`${label}: ok ${fn()}`);
  } catch (e) {
    log.push(`${label}: ${e.constructor.name}: ${e.message}`);
  }
};

note('write before let', () => {
  total = 5;
  let total;
  return total;
});
note('right-hand side runs first', () => {
  let sideEffect = 'not run';
  try {
    late = (sideEffect = 'ran', 1);
  } catch (e) {
    return `${sideEffect} then ${e.message}`;
  }
  let late;
});
note('write before class', () => {
  Widget = null;
  class Widget {}
  return typeof Widget;
});
note('closure in a block', () => {
  {
    const read = () => later;
    try {
      read();
    } catch (e) {
      return e.message;
    }
    const later = 1;
  }
});
note('switch case binding', () => {
  switch (2) {
    case 1:
      let label = 'one';
      return label;
    case 2:
      label = 'two';
      return label;
  }
});
note('after the declaration', () => {
  let ready;
  ready = 'set';
  return ready;
});
note('loop binding shadows a later one', () => {
  const out = [];
  for (let i = 0; i < 2; i++) {
    i = i + 0;
    out.push(i);
  }
  for (const item of ['a']) {
    out.push(item);
  }
  let i = 'outer';
  return `${out} ${i}`;
});
note('closure writes after init', () => {
  const setLater = (v) => { value = v; };
  let value = 0;
  setLater(3);
  return value;
});
note('each loop turn is a new dead zone', () => {
  const seen = [];
  for (let k = 0; k < 2; k++) {
    try {
      step = k;
    } catch (e) {
      seen.push(e.name);
    }
    let step;
  }
  return seen.join(',');
});
console.log(log.join('\n'));

function configure() {
  const defaults = { retries: 3 };
  settings = { ...defaults };
  let settings;
  return settings;
}
configure();
