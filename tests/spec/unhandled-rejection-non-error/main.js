// Rejecting with a non-Error value crashes with ERR_UNHANDLED_REJECTION describing the value.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer: rejecting with 42');
  Promise.reject(42);
}, 1);
