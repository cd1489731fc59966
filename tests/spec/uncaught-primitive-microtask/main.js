// A number thrown by a queueMicrotask callback: node reports it from its AsyncResource wrapper, which has no
// source (`<anonymous_script>:0`).
queueMicrotask(() => console.log('first microtask'));
queueMicrotask(() => { throw 42; });
console.log('main done');
