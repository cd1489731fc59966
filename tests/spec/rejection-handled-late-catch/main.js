// A rejection caught after it was reported emits rejectionHandled with the same promise.
let reported;
process.on('unhandledRejection', (reason, p) => {
  reported = p;
  console.log('unhandledRejection:', reason.message);
});
process.on('rejectionHandled', (p) => {
  console.log('rejectionHandled; same promise:', p === reported);
});
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  console.log('timer: attaching catch');
  p.catch((e) => console.log('caught late:', e.message));
}, 10);
process.on('exit', (code) => console.log('exit', code));
