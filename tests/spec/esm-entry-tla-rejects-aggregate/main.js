// A top-level await on Promise.any whose promises all reject: the AggregateError has no frame of user code,
// so node shows run_main's line above it.
const attempts = [1, 2].map((n) => Promise.reject(new Error(`mirror ${n} down`)));
console.log('trying mirrors');
await Promise.any(attempts);
