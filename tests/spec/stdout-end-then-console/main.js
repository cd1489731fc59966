// After process.stdout.end(), node's console writes fail quietly: nothing more is printed and the exit code
// stays 0.
process.stdout.end('last line\n');
console.log('after end');
console.error('stderr still works');
setTimeout(() => console.log('later, still nothing'), 5);
