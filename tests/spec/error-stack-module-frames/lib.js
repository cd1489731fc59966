console.log(new Error('while lib.js loads').stack.replaceAll(__dirname, '.'));
exports.report = function report() {
  console.log(new Error('lib report').stack.replaceAll(__dirname, '.'));
};
