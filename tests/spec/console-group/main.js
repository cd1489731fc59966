// console.group/groupEnd indent subsequent output by two spaces per level (multi-line values included).
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2 after unlabeled group');
console.log({ multi: 'line', object: { with: ['several', 'entries', 'that', 'wrap', 'because', 'they', 'are', 'long enough'] } });
console.groupEnd();
console.groupCollapsed('Collapsed B');
console.info('info is indented too');
console.groupEnd();
console.log('back to level 1');
console.groupEnd();
console.groupEnd(); // extra groupEnd is harmless
console.log('level 0 again');
console.group('label %s', 'formatted', 42);
console.log('line one\nline two');
console.groupEnd();
