// console.assert(true) prints nothing; console.assert(false) and console.error/warn/trace write to stderr.
console.log('stdout: start');
console.assert(true, 'never printed');
console.assert(1 === 1);
console.assert(false, 'assertion with message %s', 'formatted');
console.assert(false);
console.assert(0, { obj: 1 });
console.error('error line', { a: 1 });
console.warn('warn line %d', 7);
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.group('grouped');
console.error('indented on stderr');
console.groupEnd();
console.log('stdout: end');
