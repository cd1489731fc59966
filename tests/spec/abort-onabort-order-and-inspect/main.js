// AbortSignal: onabort runs in the place it was first set among the listeners; node's inspect shapes.
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('listener 1'));
ac.signal.onabort = () => console.log('onabort (first version)');
ac.signal.addEventListener('abort', () => console.log('listener 2'));
ac.signal.onabort = () => console.log('onabort (replaced, same place)');
console.log(ac.signal);
console.log(ac);
console.log(Object.keys(ac), Object.keys(ac.signal));
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason.name);
console.log({ nested: { signal: AbortSignal.abort() } });
const ac2 = new AbortController();
ac2.signal.onabort = null;
console.log(ac2.signal.onabort);
