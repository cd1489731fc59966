// An uncaught argument error from node's own code shows node's internal source line above it.
Buffer.from({ length: 'x' }, 'utf8');
console.log('unreached');
