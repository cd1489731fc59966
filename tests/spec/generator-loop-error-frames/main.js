// An error thrown inside a generator that a for-of loop drives: the loop's frame is at its `of` head, also in a
// function with two loops; the top-level loop's frame goes on into node's loader frames.
function* readLines(text) {
  for (const line of text.split('\n')) {
    if (line === '') throw new SyntaxError('empty line');
    yield line.trim();
  }
}
function* numbers() {
  yield 1;
  throw new RangeError('no more numbers');
}
function report() {
  for (const n of [1, 2]) console.log('n', n);
  for (const v of numbers()) console.log('v', v);
}
try {
  report();
} catch (e) {
  console.log(e.stack.replaceAll(__dirname, '.'));
}
for (const line of readLines('a\nb\n\nc')) {
  console.log('line:', line);
}
