// An uncaught argument error from node's own code shows node's internal source line above it.
console.log('before');
Buffer.from({});
