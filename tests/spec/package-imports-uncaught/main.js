// An "imports" specifier the package does not define, required from a timer: node's uncaught report.
console.log(require('#a'));
setTimeout(() => require('#nope'), 10);
