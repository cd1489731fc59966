// Watch the queues: three "requests" overlap in time, yet every callback they schedule (timer, fs.readFile,
// promise) still sees its own request id: AsyncLocalStorage follows the async context, not the call stack.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();

function log(step) {
  const store = als.getStore(); // whichever request this callback belongs to
  console.log(`[${store ? store.requestId : 'no request'}] ${step}`);
}

function handleRequest(requestId) {
  als.run({ requestId }, () => {
    log('request started');
    // fs.readFile's callback runs later from the poll phase: it still knows which request it serves.
    const fileRead = new Promise((resolve) => {
      fs.readFile(__filename, () => resolve(als.getStore().requestId));
    });
    setTimeout(() => { // simulated slow work, e.g. a database query
      log('nested setTimeout fired');
      fileRead.then((seenByReadFile) => {
        log(`promise .then ran; the fs.readFile callback had seen ${seenByReadFile}`);
      });
    }, 100);
  });
}

// Requests arrive at 0, 20 and 40 ms: all three are in flight before the first one finishes.
setTimeout(() => handleRequest('req-1'), 0);
setTimeout(() => handleRequest('req-2'), 20);
setTimeout(() => handleRequest('req-3'), 40);
log('main script: three requests scheduled');
